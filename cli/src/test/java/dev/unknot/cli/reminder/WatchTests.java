package dev.unknot.cli.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.wire.reminder.UpcomingReminder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchTests {

    static UpcomingReminder walkAt(String at) {
        return new UpcomingReminder(at, "2026-06-01T09:00", "1", "Walk", List.of());
    }

    @Test
    void showsEachReminderOnceWhenItsTimeComes() {
        Watch watch = new Watch();
        UpcomingReminder nine = walkAt("2026-06-01T07:00:00Z");
        assertThat(watch.at(Instant.parse("2026-06-01T06:59:30Z"), List.of(nine)))
                .isEmpty();
        assertThat(watch.next()).contains(Instant.parse("2026-06-01T07:00:00Z"));
        // Past its time it is no longer fetched, but still shown.
        assertThat(watch.at(Instant.parse("2026-06-01T07:00:00Z"), List.of())).containsExactly(nine);
        assertThat(watch.at(Instant.parse("2026-06-01T07:00:30Z"), List.of())).isEmpty();
        assertThat(watch.next()).isEmpty();
    }

    @Test
    void forgetsAReminderThatIsNoLongerComing() {
        Watch watch = new Watch();
        UpcomingReminder nine = walkAt("2026-06-01T07:00:00Z");
        watch.at(Instant.parse("2026-06-01T06:59:00Z"), List.of(nine));
        // Checked in meanwhile: the next read no longer has it.
        assertThat(watch.at(Instant.parse("2026-06-01T06:59:30Z"), List.of())).isEmpty();
        assertThat(watch.at(Instant.parse("2026-06-01T07:00:30Z"), List.of())).isEmpty();
    }
}
