package dev.unknot.web.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionTests {

    static Session.Phase timed(String label, long seconds) {
        return new Session.Phase(1, "Box breathing", label, Optional.of(Duration.ofSeconds(seconds)));
    }

    @Test
    void countsDownEachPhaseThenMovesOn() {
        Session session = new Session(List.of(timed("Inhale", 4), timed("Hold", 4)));

        session.tick(3);
        assertThat(session.phase().label()).isEqualTo("Inhale");
        assertThat(session.remainingSeconds()).isEqualTo(1);

        session.tick(1);
        assertThat(session.phase().label()).isEqualTo("Hold");
        assertThat(session.remainingSeconds()).isEqualTo(4);

        session.tick(10);
        assertThat(session.finished()).isTrue();
        assertThat(session.elapsed()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void anUntimedStepWaitsForNext() {
        Session session = new Session(
                List.of(new Session.Phase(1, "Bridges", "10 reps × 2 sets", Optional.empty()), timed("Hold", 5)));

        session.tick(30);
        assertThat(session.phase().label()).isEqualTo("10 reps × 2 sets");

        session.next();
        session.tick(2);
        assertThat(session.remainingSeconds()).isEqualTo(3);
    }

    @Test
    void skipEndsThePhaseAtOnce() {
        Session session = new Session(List.of(timed("Inhale", 4), timed("Hold", 4)));

        session.next();
        session.next();

        assertThat(session.finished()).isTrue();
        assertThat(session.elapsed()).isZero();
    }
}
