package dev.unknot.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.testing.AppTest;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.reminder.ReminderTimes;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * The links behind a reminder's buttons: a token lets its bearer say "Done" to, or snooze, one
 * reminder of one habit of one person until the reminder's day is over, and nothing else. The test
 * clock reads Monday 2025-03-10, 12:00 in Berlin; the person's day ends at midnight there.
 */
abstract class ReminderActionTokensTests extends AppTest {

    /** 12:30 in Berlin on the test clock's day. */
    static final Instant HALF_PAST_TWELVE = Instant.parse("2025-03-10T11:30:00Z");

    static final LocalDateTime SLOT = LocalDateTime.parse("2025-03-10T12:30");

    /** Midnight in Berlin, when Monday is over. */
    static final Instant MONDAY_OVER = Instant.parse("2025-03-10T23:00:00Z");

    ReminderActionTokens tokens() {
        return bean(ReminderActionTokens.class);
    }

    Habit remindingAtHalfPastTwelve(Person person, String name) {
        Habit habit = bean(HabitService.class)
                .create(person.id(), NewHabit.custom(name).named(name));
        bean(ReminderService.class).changeTimes(person.id(), habit.id(), ReminderTimes.at(LocalTime.of(12, 30)));
        return habit;
    }

    ThrowableAssert.ThrowingCallable readingOf(String token) {
        return () -> tokens().read(token);
    }

    static void refused(ThrowableAssert.ThrowingCallable call, ReminderActionTokens.Refusal refusal) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ReminderActionTokens.RefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(refusal));
    }

    @Test
    void aTokenGrantsItsReminderUntilTheDayIsOver() {
        Person person = newPerson();
        Habit walk = remindingAtHalfPastTwelve(person, "Walk");
        clock.set(HALF_PAST_TWELVE.plusSeconds(3));

        String token = tokens().issue(person.id(), walk.id(), SLOT);

        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
        assertThat(tokens().read(token))
                .isEqualTo(new ReminderActionTokens.Grant(person.id(), walk.id(), SLOT, MONDAY_OVER));
        assertThat(tokens().links(person.id(), walk.id(), SLOT).done())
                .startsWith("/api/v1/reminder-actions/")
                .endsWith("/done");
        clock.set(MONDAY_OVER.minusSeconds(1));
        assertThat(tokens().read(token).habit()).isEqualTo(walk.id());
        clock.set(MONDAY_OVER);
        refused(readingOf(token), ReminderActionTokens.Refusal.EXPIRED);
        refused(() -> tokens().done(token), ReminderActionTokens.Refusal.EXPIRED);
        assertThat(bean(CheckInHistory.class).all(person.id())).isEmpty();
    }

    @Test
    void aReminderLateInTheDayKeepsItsButtonsForAnHour() {
        Person person = newPerson();
        Habit walk = remindingAtHalfPastTwelve(person, "Walk");
        clock.set(MONDAY_OVER.minusSeconds(600));

        String token = tokens().issue(person.id(), walk.id(), LocalDateTime.parse("2025-03-10T23:50"));

        assertThat(tokens().read(token).expires())
                .isEqualTo(MONDAY_OVER.minusSeconds(600).plusSeconds(3600));
    }

    @Test
    void doneChecksInWithTheDefaultAmountOncePerReminderWhateverPressesIt() {
        Person person = newPerson();
        Habit walk = remindingAtHalfPastTwelve(person, "Walk");
        clock.set(HALF_PAST_TWELVE.plusSeconds(3));
        String token = tokens().issue(person.id(), walk.id(), SLOT);

        CheckInService.Outcome banner = bean(ReminderActions.class).done(person.id(), walk.id());
        assertThat(banner.created()).isTrue();
        assertThat(banner.checkIn().checkIn().amount()).isEqualTo(1.0);
        assertThat(tokens().done(token))
                .as("the notification's Done of the same reminder")
                .isFalse();

        Habit stretch = remindingAtHalfPastTwelve(person, "Stretch");
        String stretches = tokens().issue(person.id(), stretch.id(), SLOT);
        assertThat(tokens().done(stretches)).isTrue();
        assertThat(tokens().done(stretches)).as("pressed again").isFalse();
        assertThat(bean(CheckInHistory.class).all(person.id()))
                .extracting(
                        checkIn -> checkIn.checkIn().habit(),
                        checkIn -> checkIn.checkIn().amount())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(walk.id(), 1.0),
                        org.assertj.core.groups.Tuple.tuple(stretch.id(), 1.0));
    }

    @Test
    void snoozeSnoozesTheTokensReminderOnlyWhileItReminds() {
        Person person = newPerson();
        Habit walk = remindingAtHalfPastTwelve(person, "Walk");
        clock.set(HALF_PAST_TWELVE.plusSeconds(3));
        String token = tokens().issue(person.id(), walk.id(), SLOT);

        assertThatThrownBy(() -> tokens().snooze(token, 5))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("a reminder snoozes for 10 or 60 minutes, was 5");
        ReminderActionTokens.Snoozed snoozed = tokens().snooze(token, 10);

        assertThat(snoozed.until()).isEqualTo(HALF_PAST_TWELVE.plusSeconds(3 + 600));
        assertThat(snoozed.untilLocal()).isEqualTo(LocalDateTime.parse("2025-03-10T12:40:03"));
        assertThat(bean(ReminderActions.class).remindingNow(person.id())).isEmpty();
        // Snoozed already: the answer names no habit.
        assertThatThrownBy(() -> tokens().snooze(token, 60))
                .isInstanceOf(ConflictException.class)
                .hasMessage("this reminder is not reminding now: nothing to snooze");
    }

    @Test
    void aTokenForAnotherSlotDoesNotSnoozeTheReminderRemindingNow() {
        Person person = newPerson();
        Habit walk = remindingAtHalfPastTwelve(person, "Walk");
        clock.set(HALF_PAST_TWELVE.plusSeconds(3));
        String older = tokens().issue(person.id(), walk.id(), LocalDateTime.parse("2025-03-10T09:30"));

        assertThatThrownBy(() -> tokens().snooze(older, 10)).isInstanceOf(ConflictException.class);
        assertThat(bean(ReminderActions.class).remindingNow(person.id())).hasSize(1);
    }

    @Test
    void aTamperedTokenIsUnknown() {
        Person person = newPerson();
        Habit walk = remindingAtHalfPastTwelve(person, "Walk");
        Habit stretch = remindingAtHalfPastTwelve(person, "Stretch");
        clock.set(HALF_PAST_TWELVE.plusSeconds(3));
        String token = tokens().issue(person.id(), walk.id(), SLOT);
        String other = tokens().issue(person.id(), stretch.id(), SLOT);
        String payload = token.substring(0, token.indexOf('.'));
        String mac = token.substring(token.indexOf('.') + 1);

        // The walk's payload with the stretch's MAC, and the other way round.
        refused(readingOf(payload + other.substring(other.indexOf('.'))), ReminderActionTokens.Refusal.UNKNOWN);
        refused(readingOf(other.substring(0, other.indexOf('.')) + "." + mac), ReminderActionTokens.Refusal.UNKNOWN);
        // One character changed, in the payload or in the MAC.
        refused(readingOf(flipped(payload) + "." + mac), ReminderActionTokens.Refusal.UNKNOWN);
        refused(readingOf("A" + payload.substring(1) + "." + mac), ReminderActionTokens.Refusal.UNKNOWN);
        refused(readingOf(payload + "." + flipped(mac)), ReminderActionTokens.Refusal.UNKNOWN);
        // A later expiry, written in: not signed.
        String stretched = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((person.id().value() + "|" + walk.id().value() + "|" + SLOT + "|9999999999")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        refused(readingOf(stretched + "." + mac), ReminderActionTokens.Refusal.UNKNOWN);
        for (String garbage : new String[] {"", "abc", "a.b", payload, token + "x", token.replace('.', '-')}) {
            refused(readingOf(garbage), ReminderActionTokens.Refusal.UNKNOWN);
        }
        refused(readingOf(null), ReminderActionTokens.Refusal.UNKNOWN);
        assertThat(tokens().read(token).habit()).isEqualTo(walk.id());
    }

    @Test
    void aTokenActsOnItsOwnHabitOfItsOwnPersonOnly() {
        Person person = newPerson();
        Habit walk = remindingAtHalfPastTwelve(person, "Walk");
        Habit stretch = remindingAtHalfPastTwelve(person, "Stretch");
        Person someoneElse = newPerson();
        Habit theirs = remindingAtHalfPastTwelve(someoneElse, "Their walk");
        clock.set(HALF_PAST_TWELVE.plusSeconds(3));

        // Signed by the server, but naming a habit the person does not have: as if unknown.
        String crossed = tokens().sign(new ReminderActionTokens.Grant(person.id(), theirs.id(), SLOT, MONDAY_OVER));
        refused(() -> tokens().done(crossed), ReminderActionTokens.Refusal.UNKNOWN);
        refused(() -> tokens().snooze(crossed, 10), ReminderActionTokens.Refusal.UNKNOWN);
        assertThat(bean(CheckInHistory.class).all(someoneElse.id())).isEmpty();
        assertThat(bean(ReminderActions.class).remindingNow(someoneElse.id())).hasSize(1);

        // The walk's token checks in the walk and snoozes nothing else.
        String walks = tokens().issue(person.id(), walk.id(), SLOT);
        tokens().snooze(walks, 10);
        assertThat(tokens().done(walks)).isTrue();
        assertThat(bean(CheckInHistory.class).all(person.id()))
                .extracting(checkIn -> checkIn.checkIn().habit())
                .containsExactly(walk.id());
        assertThat(bean(ReminderActions.class).remindingNow(person.id()))
                .extracting(reminder -> reminder.habit().id())
                .containsExactly(stretch.id());
    }

    @Test
    void aDisabledAccountsTokenIsUnknownUntilItIsEnabled() {
        Person person = newPerson();
        Habit walk = remindingAtHalfPastTwelve(person, "Walk");
        clock.set(HALF_PAST_TWELVE.plusSeconds(3));
        String token = tokens().issue(person.id(), walk.id(), SLOT);
        dev.unknot.app.admin.AdminService admin = bean(dev.unknot.app.admin.AdminService.class);

        admin.disable(admin.onThisMachine(), person.id());
        refused(() -> tokens().done(token), ReminderActionTokens.Refusal.UNKNOWN);
        admin.enable(admin.onThisMachine(), person.id());
        assertThat(tokens().done(token)).isTrue();
    }

    @Test
    void theKeyIsKeptSoTokensSurviveARestartAndWorkOnEveryServer() {
        Person person = newPerson();
        Habit walk = remindingAtHalfPastTwelve(person, "Walk");
        clock.set(HALF_PAST_TWELVE.plusSeconds(3));
        String token = tokens().issue(person.id(), walk.id(), SLOT);
        try (ApplicationContext other = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(databaseProperties())
                .start()) {
            other.getBean(dev.unknot.app.testing.TestClock.class).set(HALF_PAST_TWELVE.plusSeconds(3));
            assertThat(other.getBean(ReminderActionTokens.class).read(token).habit())
                    .isEqualTo(walk.id());
        }
    }

    private static String flipped(String text) {
        char last = text.charAt(text.length() - 1);
        return text.substring(0, text.length() - 1) + (last == 'A' ? 'B' : 'A');
    }
}
