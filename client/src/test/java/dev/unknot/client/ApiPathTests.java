package dev.unknot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApiPathTests {

    @Test
    void anIdIsOneSegmentWhateverItHolds() {
        assertThat(ApiPath.expand("/habits/{id}/archive", "3")).isEqualTo("/habits/3/archive");
        assertThat(ApiPath.expand("/habits/{id}", "a b/c?d&e#f%")).isEqualTo("/habits/a%20b%2Fc%3Fd%26e%23f%25");
        assertThat(ApiPath.expand("/habits/{id}", "Dehnung-ä")).isEqualTo("/habits/Dehnung-%C3%A4");
    }

    @Test
    void aNamespacedIdKeepsItsSlash() {
        assertThat(ApiPath.expand("/techniques/{+id}", "stretching/cat-cow"))
                .isEqualTo("/techniques/stretching/cat-cow");
        assertThat(ApiPath.expand("/techniques/{+id}", "stretching/a b")).isEqualTo("/techniques/stretching/a%20b");
    }

    @Test
    void theQueryLeavesOutWhatIsNull() {
        assertThat(ApiPath.expand("/habits{?all}", true)).isEqualTo("/habits?all=true");
        assertThat(ApiPath.expand("/habits/{id}/progress{?weeks}", "3", 12)).isEqualTo("/habits/3/progress?weeks=12");
        assertThat(ApiPath.expand(
                        "/check-ins{?from,to,habit}", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null))
                .isEqualTo("/check-ins?from=2026-03-01&to=2026-03-31");
        assertThat(ApiPath.expand("/check-ins{?from,to,habit}", null, null, "water & tea"))
                .isEqualTo("/check-ins?habit=water%20%26%20tea");
        assertThat(ApiPath.expand("/techniques{?pillar}", (Object) null)).isEqualTo("/techniques");
    }

    @Test
    void theValuesMustFitTheTemplate() {
        assertThatThrownBy(() -> ApiPath.expand("/habits/{id}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiPath.expand("/today", "3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiPath.expand("/habits/{id}", (Object) null))
                .isInstanceOf(NullPointerException.class);
    }
}
