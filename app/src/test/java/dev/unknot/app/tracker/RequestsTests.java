package dev.unknot.app.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.wire.checkin.CheckInBody;
import dev.unknot.wire.habit.NewHabitBody;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestsTests {

    @Test
    void aWellFormedCheckInBecomesTheApplicationsRequest() {
        CheckInBody body =
                new CheckInBody("c-9", "3", "2026-03-01T08:30:00+01:00", null, 300L, 6, 3, "stiff", List.of("pain"));

        var request = Requests.checkIn(body, "c-9");
        assertThat(request.habit().value()).isEqualTo(3);
        assertThat(request.at())
                .hasValueSatisfying(at -> assertThat(at.toString()).isEqualTo("2026-03-01T07:30:00Z"));
        assertThat(request.amount()).isEmpty();
        assertThat(request.before()).contains(6);
        assertThat(request.duration())
                .hasValueSatisfying(duration -> assertThat(duration.toMinutes()).isEqualTo(5));
    }

    @Test
    void aCustomHabitIsItsTextOrElseItsName() {
        assertThat(Requests.newHabit(new NewHabitBody("custom", null, "Walk", null, null, null, null))
                        .target())
                .contains(new HabitTarget.Custom("Walk"));
        assertThat(Requests.newHabit(new NewHabitBody("custom", null, "Walk", null, null, null, "Walk 10 minutes"))
                        .target())
                .contains(new HabitTarget.Custom("Walk 10 minutes"));
    }
}
