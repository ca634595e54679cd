package dev.unknot.api.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import org.junit.jupiter.api.Test;

class SettingsApiTests extends ApiServerTest {

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    @Test
    void settingsAreThePersonsCalendar() {
        Caller caller = newCaller();

        Answer answer = get("/api/v1/settings", caller);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.body())
                .isEqualTo(
                        "{\"timeZone\":\"" + caller.person().calendar().zone().getId() + "\",\"dayStart\":\"00:00\"}");
    }

    @Test
    void putChangesWhatIsGivenAndLeavesNullsAlone() {
        Caller caller = newCaller();

        Answer zone = send("PUT", "/api/v1/settings", caller, "{\"timeZone\":\"America/New_York\",\"dayStart\":null}");
        Answer dayStart = send("PUT", "/api/v1/settings", caller, "{\"dayStart\":\"04:00\"}");

        assertThat(zone.body()).isEqualTo("{\"timeZone\":\"America/New_York\",\"dayStart\":\"00:00\"}");
        assertThat(dayStart.body()).isEqualTo("{\"timeZone\":\"America/New_York\",\"dayStart\":\"04:00\"}");
        assertThat(get("/api/v1/settings", caller).body()).isEqualTo(dayStart.body());
    }

    @Test
    void aBadTimeZoneIs400NamingTheFieldAndChangesNothing() {
        Caller caller = newCaller();
        String before = get("/api/v1/settings", caller).body();

        Answer answer = send("PUT", "/api/v1/settings", caller, "{\"timeZone\":\"Mars/Olympus\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("error")).isEqualTo("invalid-input");
        assertThat(answer.text("field")).isEqualTo("timeZone");
        assertThat(answer.text("message")).contains("Europe/Berlin").contains("Mars/Olympus");
        assertThat(get("/api/v1/settings", caller).body()).isEqualTo(before);
    }

    @Test
    void aBadDayStartIs400NamingTheField() {
        Answer answer = send("PUT", "/api/v1/settings", newCaller(), "{\"dayStart\":\"25:00\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("field")).isEqualTo("dayStart");
        assertThat(answer.text("message")).contains("04:00");
    }

    @Test
    void oneTokenChangesOnlyItsOwnPersonsSettings() {
        Caller a = newCaller();
        Caller b = newCaller();
        String aBefore = get("/api/v1/settings", a).body();

        send("PUT", "/api/v1/settings", b, "{\"timeZone\":\"Asia/Tokyo\",\"dayStart\":\"05:00\"}");

        assertThat(get("/api/v1/settings", a).body()).isEqualTo(aBefore);
        assertThat(get("/api/v1/settings", b).text("timeZone")).isEqualTo("Asia/Tokyo");
    }
}
