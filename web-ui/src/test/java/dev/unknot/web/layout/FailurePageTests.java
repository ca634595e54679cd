package dev.unknot.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.router.ErrorParameter;
import dev.unknot.wire.error.UnavailableException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FailurePageTests {

    private static String textOf(FailurePage page) {
        return page.getChildren()
                .filter(HasText.class::isInstance)
                .map(child -> ((HasText) child).getText())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aDatabaseThatCannotBeReachedGetsAPlainPageAnd503() {
        FailurePage page = new FailurePage();
        Exception outage = new IllegalStateException(
                "wrapped", new UnavailableException("the database is unavailable; try again later", null));

        int status = page.setErrorParameter(null, new ErrorParameter<>(Exception.class, outage));

        assertThat(status).isEqualTo(503);
        assertThat(textOf(page))
                .contains("Unknot cannot reach its database")
                .contains("Try again in a minute.")
                .doesNotContain("Exception", "wrapped");
        assertThat(page.getPageTitle()).isEqualTo("Unavailable · Unknot");
    }

    @Test
    void anyOtherFailureGetsAPlainPageAnd500WithoutItsCause() {
        FailurePage page = new FailurePage();

        int status = page.setErrorParameter(
                null, new ErrorParameter<>(Exception.class, new IllegalStateException("secret internals")));

        assertThat(status).isEqualTo(500);
        assertThat(textOf(page)).contains("Something went wrong").doesNotContain("secret internals");
    }
}
