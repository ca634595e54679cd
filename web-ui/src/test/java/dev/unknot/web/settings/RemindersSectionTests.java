package dev.unknot.web.settings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.person.Person;
import dev.unknot.app.reminder.Channel;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.app.reminder.ReminderSettings;
import dev.unknot.core.reminder.QuietHours;
import dev.unknot.web.testing.UnknotUi;
import java.net.URI;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Reminders section of Settings, on a server without mail. */
class RemindersSectionTests {

    @RegisterExtension
    static final UnknotUi ui =
            new UnknotUi().with(java.util.Map.of("unknot.public-url", "https://unknot.example.org/"));

    RemindersSection open(String username) {
        ui.open(username, "settings");
        return _get(RemindersSection.class);
    }

    ReminderSettings settings(String username) {
        return ui.bean(ReminderService.class).settings(ui.account(username).id());
    }

    @Test
    void savesChannelsAndQuietHoursAndSaysWhyEmailCannotBeChosen() {
        RemindersSection section = open("remind.settings");
        assertThat(section.inApp.getValue()).isTrue();
        assertThat(section.email.getHelperText()).contains("Email cannot be chosen: this server cannot send email");

        section.channels.setValue(Set.of(Channel.EMAIL));
        _setValue(section.email, "ada@example.org");
        _click(section.save);
        assertThat(section.channels.isInvalid()).isTrue();
        assertThat(section.channels.getErrorMessage()).contains("UNKNOT_SMTP_URL");
        assertThat(settings("remind.settings").channels()).isEmpty();

        section.channels.setValue(Set.of(Channel.NTFY));
        _click(section.save);
        assertThat(section.ntfyTopic.isInvalid()).isTrue();
        assertThat(section.ntfyTopic.getErrorMessage()).startsWith("Give an ntfy topic's address");

        _setValue(section.ntfyTopic, "https://ntfy.sh/unknot-ada");
        section.quietFrom.setValue(LocalTime.of(22, 0));
        _click(section.save);
        assertThat(section.quietFrom.isInvalid()).isTrue();
        assertThat(section.quietFrom.getErrorMessage()).isEqualTo("Give both ends of the quiet hours, or neither.");

        section.quietUntil.setValue(LocalTime.of(7, 0));
        section.inApp.setValue(false);
        _click(section.save);
        assertThat(settings("remind.settings"))
                .isEqualTo(new ReminderSettings(
                        Set.of(Channel.NTFY),
                        Optional.of("ada@example.org"),
                        Optional.of(URI.create("https://ntfy.sh/unknot-ada")),
                        Optional.of(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0))),
                        false));

        RemindersSection again = open("remind.settings");
        assertThat(again.inApp.getValue()).isFalse();
        assertThat(again.channels.getValue()).containsExactly(Channel.NTFY);
        assertThat(again.quietUntil.getValue()).isEqualTo(LocalTime.of(7, 0));
    }

    @Test
    void aTestSaysPlainlyWhyItDidNotGo() {
        RemindersSection section = open("remind.test");
        _click(section.testEmail);
        assertThat(section.testResult.isVisible()).isTrue();
        assertThat(section.testResult.getClassNames()).contains("test-failed");
        assertThat(section.testResult.getText())
                .isEqualTo("The test reminder by email did not go: this server cannot send email: its operator has "
                        + "not set UNKNOT_SMTP_URL and UNKNOT_MAIL_FROM.");

        _click(section.testNtfy);
        assertThat(section.testResult.getText())
                .isEqualTo("The test reminder by ntfy did not go: no ntfy topic is set.");
    }

    @Test
    void aNewCalendarLinkStopsTheOldOne() {
        RemindersSection section = open("remind.calendar");
        assertThat(section.calendarLink.getValue()).isEmpty();
        assertThat(section.copyLink.isEnabled()).isFalse();
        assertThat(section.newLink.getText()).isEqualTo("Make a link");

        _click(section.newLink);
        String first = section.calendarLink.getValue();
        assertThat(first).matches("https://unknot\\.example\\.org/calendar/[A-Za-z0-9_-]{32}\\.ics");
        assertThat(section.newLink.getText()).isEqualTo("Make a new link");
        assertThat(section.copyLink.isEnabled()).isTrue();

        _click(section.newLink);
        String second = section.calendarLink.getValue();
        assertThat(second).isNotEqualTo(first);
        ReminderService reminders = ui.bean(ReminderService.class);
        Person person = ui.account("remind.calendar");
        assertThat(reminders.calendarOwner(secret(first))).isEmpty();
        assertThat(reminders.calendarOwner(secret(second))).contains(person.id());
    }

    private static String secret(String link) {
        return link.substring(link.lastIndexOf('/') + 1, link.length() - ".ics".length());
    }
}
