package dev.unknot.core.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class AdvisoryTests {

    @Test
    void keepsItsTextStripped() {
        Advisory advisory = new Advisory(
                " safety/red-flags ", Advisory.Severity.URGENT, " See a doctor ", " Numbness needs a check. ");

        assertThat(advisory)
                .isEqualTo(new Advisory(
                        "safety/red-flags", Advisory.Severity.URGENT, "See a doctor", "Numbness needs a check."));
    }

    @Test
    void blankTextIsRejectedNamingTheField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Advisory(" ", Advisory.Severity.INFO, "t", "m"))
                .withMessage("advice rule must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Advisory("r", Advisory.Severity.INFO, "", "m"))
                .withMessage("advisory title must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Advisory("r", Advisory.Severity.INFO, "t", "\n"))
                .withMessage("advisory message must not be blank");
        assertThatNullPointerException()
                .isThrownBy(() -> new Advisory("r", null, "t", "m"))
                .withMessage("severity must not be null");
    }
}
