package dev.unknot.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Person;
import dev.unknot.app.testing.AppTest;
import dev.unknot.app.testing.TestClock;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.reminder.QuietHours;
import dev.unknot.core.reminder.Reminder;
import dev.unknot.core.reminder.ReminderTimes;
import dev.unknot.store.reminder.DeliveryRepository;
import dev.unknot.store.reminder.DeliveryRow;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.context.ApplicationContext;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminder times, settings and delivery by email to a GreenMail server started here. The test
 * clock reads Monday 2025-03-10, 12:00 in Berlin.
 */
abstract class ReminderServiceTests extends AppTest {

    /** 12:30 in Berlin on the test clock's day. */
    static final Instant HALF_PAST_TWELVE = Instant.parse("2025-03-10T11:30:00Z");

    private GreenMail mail;

    @Override
    protected Map<String, Object> moreProperties() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        }
        return mailProperties();
    }

    private Map<String, Object> mailProperties() {
        return Map.of(
                "unknot.smtp.url", "smtp://127.0.0.1:" + mail.getSmtp().getPort(),
                "unknot.mail.from", "unknot@example.org",
                "unknot.public-url", "https://unknot.example.org/");
    }

    @AfterAll
    void stopMail() {
        if (mail != null) {
            mail.stop();
        }
    }

    @BeforeEach
    void emptyMailbox() throws Exception {
        mail.purgeEmailFromAllMailboxes();
        // Each test's runs start afresh, whatever time the test before ran its last at.
        bean(ReminderDelivery.class).forgetRuns();
    }

    ReminderService reminders() {
        return bean(ReminderService.class);
    }

    Habit daily(Person person, String name) {
        return bean(HabitService.class)
                .create(person.id(), NewHabit.custom(name).named(name));
    }

    ReminderSettings byEmail(Person person) {
        return new ReminderSettings(
                Set.of(Channel.EMAIL),
                Optional.of(person.username() + "@example.org"),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void aHabitRemindsAtTheTimesSetForIt() {
        Person person = newPerson();
        Habit habit = daily(person, "Walk");
        assertThat(reminders().times(person.id(), habit.id())).isEqualTo(ReminderTimes.off());

        reminders().changeTimes(person.id(), habit.id(), ReminderService.parseTimes("14:00,09:00"));

        assertThat(reminders().times(person.id(), habit.id()).text()).isEqualTo("09:00,14:00");
        List<UpcomingReminder> upcoming = reminders().upcoming(person.id(), 24);
        assertThat(upcoming)
                .extracting(next -> next.reminder().slot().toString())
                .containsExactly("2025-03-10T14:00", "2025-03-11T09:00");
    }

    @Test
    void slotsAreRefusedForAHabitWithoutSlots() {
        Person person = newPerson();
        Habit habit = daily(person, "Walk");
        assertThatThrownBy(() -> reminders().changeTimes(person.id(), habit.id(), ReminderTimes.slots()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("need an every-N-hours habit")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("remind");
        assertThatThrownBy(() -> ReminderService.parseTimes("25:00"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'25:00' is not a time of day");
    }

    @Test
    void anotherPersonsHabitIsNotFound() {
        Person owner = newPerson();
        Habit habit = daily(owner, "Walk");
        Person other = newPerson();
        assertThatThrownBy(() -> reminders().changeTimes(other.id(), habit.id(), ReminderTimes.at(LocalTime.NOON)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyHoursHabitsRemindAtTheirSlotsUntilCheckedIn() {
        Person person = newPerson();
        Habit habit = bean(HabitService.class)
                .create(
                        person.id(),
                        NewHabit.custom("Stand up")
                                .on(Schedule.everyHours(2, LocalTime.of(8, 0), LocalTime.of(16, 0))));
        reminders().changeTimes(person.id(), habit.id(), ReminderTimes.slots());
        // Slots at 10, 12, 14 and 16; two check-ins cover the first two.
        bean(CheckInService.class).record(person.id(), CheckInRequest.of(habit.id()));
        bean(CheckInService.class).record(person.id(), CheckInRequest.of(habit.id()));
        assertThat(reminders().upcoming(person.id(), 5))
                .extracting(next -> next.reminder().slot().toLocalTime().toString())
                .containsExactly("14:00", "16:00");
    }

    @Test
    void settingsKeepChannelsAddressesAndQuietHours() {
        Person person = newPerson();
        assertThat(reminders().settings(person.id())).isEqualTo(ReminderSettings.none());
        ReminderSettings wanted = new ReminderSettings(
                Set.of(Channel.EMAIL, Channel.NTFY),
                Optional.of("me@example.org"),
                Optional.of(URI.create("https://ntfy.sh/my-back")),
                Optional.of(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 30))));
        reminders().changeSettings(person.id(), wanted);
        assertThat(reminders().settings(person.id())).isEqualTo(wanted);

        assertThatThrownBy(() -> reminders()
                        .changeSettings(
                                person.id(),
                                new ReminderSettings(
                                        Set.of(Channel.NTFY), Optional.empty(), Optional.empty(), Optional.empty())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("give an ntfy topic's address to be reminded through ntfy");
        assertThatThrownBy(() -> reminders()
                        .changeSettings(
                                person.id(),
                                new ReminderSettings(
                                        Set.of(), Optional.of("not an address"), Optional.empty(), Optional.empty())))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("email");
        assertThatThrownBy(() -> reminders()
                        .changeSettings(
                                person.id(),
                                new ReminderSettings(
                                        Set.of(),
                                        Optional.empty(),
                                        Optional.of(URI.create("file:///etc/passwd")),
                                        Optional.empty())))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("ntfyTopic");
    }

    @Test
    void aNewCalendarLinkStopsTheOldOneAtOnce() {
        Person person = newPerson();
        assertThat(reminders().calendarSecret(person.id())).isEmpty();
        String first = reminders().newCalendarSecret(person.id());
        assertThat(reminders().calendarOwner(first)).contains(person.id());
        String second = reminders().newCalendarSecret(person.id());
        assertThat(second).isNotEqualTo(first).hasSizeGreaterThanOrEqualTo(32);
        assertThat(reminders().calendarOwner(first)).isEmpty();
        assertThat(reminders().calendarOwner(second)).contains(person.id());
        assertThat(reminders().calendarSecret(person.id())).contains(second);
    }

    @Test
    void aDueReminderIsMailedOnceAndNotForADoneDay() throws Exception {
        Person person = newPerson();
        Habit walk = daily(person, "Walk");
        Habit stretch = daily(person, "Stretch");
        reminders().changeSettings(person.id(), byEmail(person));
        reminders().changeTimes(person.id(), walk.id(), ReminderTimes.at(LocalTime.of(12, 30)));
        reminders().changeTimes(person.id(), stretch.id(), ReminderTimes.at(LocalTime.of(12, 30)));
        bean(CheckInService.class).record(person.id(), CheckInRequest.of(stretch.id()));

        ReminderDelivery delivery = bean(ReminderDelivery.class);
        delivery.deliverDue(HALF_PAST_TWELVE.plusSeconds(5));
        delivery.deliverDue(HALF_PAST_TWELVE.plusSeconds(20));

        MimeMessage[] received = mail.getReceivedMessagesForDomain("example.org");
        List<MimeMessage> mine = List.of(received).stream()
                .filter(message -> recipient(message).equals(person.username() + "@example.org"))
                .toList();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).getSubject()).isEqualTo("Time for: Walk");
        assertThat(mine.get(0).getFrom()[0].toString()).isEqualTo("unknot@example.org");
        assertThat((String) mine.get(0).getContent())
                .contains("Walk is due (Mon 10 Mar, 12:30)")
                .contains("https://unknot.example.org/");
        assertThat(bean(DeliveryRepository.class)
                        .findByPersonIdOrderById(person.id().value()))
                .extracting(DeliveryRow::status, DeliveryRow::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SENT", 1));
    }

    List<MimeMessage> mailTo(Person person) {
        return List.of(mail.getReceivedMessagesForDomain("example.org")).stream()
                .filter(message -> recipient(message).equals(person.username() + "@example.org"))
                .toList();
    }

    @Test
    void aSnoozedReminderIsNotSentUntilTheSnoozeEndsThenOnce() {
        Person person = newPerson();
        Habit walk = daily(person, "Walk");
        reminders().changeSettings(person.id(), byEmail(person));
        reminders().changeTimes(person.id(), walk.id(), ReminderTimes.at(LocalTime.of(12, 30)));
        ReminderActions actions = bean(ReminderActions.class);
        ReminderDelivery delivery = bean(ReminderDelivery.class);
        assertThat(actions.remindingNow(person.id())).isEmpty();

        // Due, snoozed from the open app before the job's run: nothing goes out at 12:30.
        clock.set(HALF_PAST_TWELVE.plusSeconds(2));
        assertThat(actions.remindingNow(person.id()))
                .extracting(reminder -> reminder.slot().toString())
                .containsExactly("2025-03-10T12:30");
        Instant back = actions.snooze(person.id(), walk.id(), 10);
        assertThat(back).isEqualTo(HALF_PAST_TWELVE.plusSeconds(2 + 600));
        assertThat(actions.remindingNow(person.id())).isEmpty();
        delivery.deliverDue(HALF_PAST_TWELVE.plusSeconds(5));
        delivery.deliverDue(HALF_PAST_TWELVE.plusSeconds(300));
        assertThat(mailTo(person)).isEmpty();

        // Back after ten minutes: sent once, however often the job runs.
        clock.set(back.plusSeconds(3));
        assertThat(actions.remindingNow(person.id())).extracting(Reminder::due).containsExactly(back);
        delivery.deliverDue(back.plusSeconds(3));
        delivery.deliverDue(back.plusSeconds(13));
        delivery.deliverDue(back.plusSeconds(60));
        assertThat(mailTo(person)).hasSize(1);
        assertThat(bean(DeliveryRepository.class)
                        .findByPersonIdOrderById(person.id().value()))
                .extracting(DeliveryRow::status, DeliveryRow::snoozes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SENT", 1));
    }

    @Test
    void aReminderSentAndSnoozedComesBackOnceMoreAndNotOnceDone() throws Exception {
        Person person = newPerson();
        Habit walk = daily(person, "Walk");
        Habit stretch = daily(person, "Stretch");
        reminders().changeSettings(person.id(), byEmail(person));
        reminders().changeTimes(person.id(), walk.id(), ReminderTimes.at(LocalTime.of(12, 30)));
        reminders().changeTimes(person.id(), stretch.id(), ReminderTimes.at(LocalTime.of(12, 30)));
        ReminderActions actions = bean(ReminderActions.class);
        ReminderDelivery delivery = bean(ReminderDelivery.class);
        delivery.deliverDue(HALF_PAST_TWELVE.plusSeconds(5));
        assertThat(mailTo(person)).hasSize(2);
        assertThat((String) mailTo(person).get(0).getContent())
                .containsPattern("https://unknot.example.org/\\?remind=("
                        + walk.id().value() + "|" + stretch.id().value() + ")");

        clock.set(HALF_PAST_TWELVE.plusSeconds(60));
        Instant walkBack = actions.snooze(person.id(), walk.id(), 60);
        Instant stretchBack = actions.snooze(person.id(), stretch.id(), 10);
        // Done before its snooze ends: an ordinary check-in, and the reminder does not come back.
        clock.set(HALF_PAST_TWELVE.plusSeconds(120));
        CheckInService.Outcome done = actions.done(person.id(), stretch.id());
        assertThat(done.created()).isTrue();
        assertThat(done.checkIn().checkIn().amount()).isEqualTo(1.0);
        delivery.deliverDue(stretchBack.plusSeconds(5));
        assertThat(mailTo(person)).hasSize(2);
        delivery.deliverDue(walkBack.plusSeconds(5));
        delivery.deliverDue(walkBack.plusSeconds(15));
        assertThat(mailTo(person)).hasSize(3);
        assertThat(mailTo(person).get(2).getSubject()).isEqualTo("Time for: Walk");
    }

    @Test
    void onlyAReminderRemindingNowSnoozesAndOnlyFor10Or60Minutes() {
        Person person = newPerson();
        Habit walk = daily(person, "Walk");
        reminders().changeTimes(person.id(), walk.id(), ReminderTimes.at(LocalTime.of(12, 30)));
        ReminderActions actions = bean(ReminderActions.class);
        assertThatThrownBy(() -> actions.snooze(person.id(), walk.id(), 10))
                .isInstanceOf(dev.unknot.wire.error.ConflictException.class)
                .hasMessage("Walk is not reminding you now: nothing to snooze");
        clock.set(HALF_PAST_TWELVE);
        assertThatThrownBy(() -> actions.snooze(person.id(), walk.id(), 5))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("a reminder snoozes for 10 or 60 minutes, was 5");
        assertThatThrownBy(() -> actions.snooze(newPerson().id(), walk.id(), 10))
                .isInstanceOf(NotFoundException.class);
        // An hour after it fell due, it no longer reminds.
        clock.set(HALF_PAST_TWELVE.plusSeconds(3601));
        assertThat(actions.remindingNow(person.id())).isEmpty();
    }

    @Test
    void aReminderMoreThanAnHourLateIsNotSent() {
        Person person = newPerson();
        Habit walk = daily(person, "Walk");
        reminders().changeSettings(person.id(), byEmail(person));
        reminders().changeTimes(person.id(), walk.id(), ReminderTimes.at(LocalTime.of(10, 0)));
        // 10:00 in Berlin was 09:00Z; an hour and a half later.
        bean(ReminderDelivery.class).deliverDue(Instant.parse("2025-03-10T10:30:00Z"));
        assertThat(bean(DeliveryRepository.class)
                        .findByPersonIdOrderById(person.id().value()))
                .isEmpty();
    }

    @Test
    void aRefusedSendIsRetriedWithBackoffThenRecordedAsFailed() {
        Person person = newPerson();
        Habit walk = daily(person, "Walk");
        reminders().changeSettings(person.id(), byEmail(person));
        reminders().changeTimes(person.id(), walk.id(), ReminderTimes.at(LocalTime.of(12, 30)));
        Map<String, Object> properties = new HashMap<>(databaseProperties());
        // Nothing listens on port 1.
        properties.put("unknot.smtp.url", "smtp://127.0.0.1:1");
        properties.put("unknot.mail.from", "unknot@example.org");
        try (ApplicationContext refusing = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(properties)
                .start()) {
            ReminderDelivery delivery = refusing.getBean(ReminderDelivery.class);
            Instant now = HALF_PAST_TWELVE.plusSeconds(1);
            assertThat(delivery.deliverDue(now).retrying()).isGreaterThanOrEqualTo(1);
            DeliveryRow row = bean(DeliveryRepository.class)
                    .findByPersonIdOrderById(person.id().value())
                    .get(0);
            assertThat(row.status()).isEqualTo("RETRY");
            assertThat(row.lastError()).contains("refused the reminder");
            assertThat(row.nextAttemptAt()).isEqualTo(now.plusSeconds(30));
            // Not before its time.
            delivery.deliverDue(now.plusSeconds(10));
            assertThat(bean(DeliveryRepository.class)
                            .findByPersonIdOrderById(person.id().value())
                            .get(0)
                            .attempts())
                    .isEqualTo(1);
            delivery.deliverDue(now.plusSeconds(30));
            delivery.deliverDue(now.plusSeconds(30 + 120));
            delivery.deliverDue(now.plusSeconds(30 + 120 + 480));
            row = bean(DeliveryRepository.class)
                    .findByPersonIdOrderById(person.id().value())
                    .get(0);
            assertThat(row.status()).isEqualTo("FAILED");
            assertThat(row.attempts()).isEqualTo(ReminderDelivery.ATTEMPTS);
        }
    }

    @Test
    void emailCannotBeChosenWhenTheServerCannotSendIt() {
        Person person = newPerson();
        try (ApplicationContext unconfigured = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(databaseProperties())
                .start()) {
            assertThatThrownBy(() ->
                            unconfigured.getBean(ReminderService.class).changeSettings(person.id(), byEmail(person)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(EmailSender.NOT_CONFIGURED);
        }
    }

    /**
     * Two servers on one database, 500 reminders due in the same minute: each mailed exactly once,
     * counted at the mail server.
     */
    @Test
    void twoServersMailEachOfFiveHundredRemindersOnce() throws Exception {
        clock.set(Instant.parse("2025-03-11T06:00:00Z"));
        Set<String> expected = new HashSet<>();
        for (int p = 0; p < 50; p++) {
            Person person = newPerson();
            reminders().changeSettings(person.id(), byEmail(person));
            for (int h = 0; h < 10; h++) {
                Habit habit = daily(person, "Habit " + h);
                reminders().changeTimes(person.id(), habit.id(), ReminderTimes.at(LocalTime.of(9, 0)));
                expected.add(person.username() + "@example.org|Time for: Habit " + h);
            }
        }
        Map<String, Object> properties = new HashMap<>(databaseProperties());
        properties.putAll(mailProperties());
        Instant nineOClock = Instant.parse("2025-03-11T08:00:00Z");
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try (ApplicationContext second = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(properties)
                .start()) {
            List<Callable<ReminderDelivery.Run>> runs = new ArrayList<>();
            for (ReminderDelivery delivery :
                    List.of(bean(ReminderDelivery.class), second.getBean(ReminderDelivery.class))) {
                runs.add(() -> {
                    ReminderDelivery.Run total = new ReminderDelivery.Run(0, 0, 0, 0);
                    for (int tick = 0; tick < 4; tick++) {
                        ReminderDelivery.Run run = delivery.deliverDue(nineOClock.plusSeconds(5L * tick));
                        total = new ReminderDelivery.Run(
                                total.sent() + run.sent(), total.retrying() + run.retrying(), 0, 0);
                    }
                    return total;
                });
            }
            int sent = 0;
            for (Future<ReminderDelivery.Run> run : servers.invokeAll(runs)) {
                sent += run.get().sent();
            }
            assertThat(sent).isEqualTo(500);
        } finally {
            servers.shutdownNow();
        }
        mail.waitForIncomingEmail(10_000, 500);
        List<String> received = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            received.add(recipient(message) + "|" + message.getSubject());
        }
        assertThat(received).hasSize(500).doesNotHaveDuplicates();
        assertThat(new HashSet<>(received)).isEqualTo(expected);
    }

    @Test
    void nothingIsDueForSomeoneWithoutReminders() {
        Person person = newPerson();
        daily(person, "Walk");
        List<Reminder> due =
                reminders().due(person.id(), TestClock.DEFAULT_NOW, TestClock.DEFAULT_NOW.plusSeconds(86_400));
        assertThat(due).isEmpty();
        assertThat(reminders().remindedBetween(TestClock.DEFAULT_NOW, TestClock.DEFAULT_NOW.plusSeconds(86_400)))
                .doesNotContainKey(person.id());
    }

    @Test
    void theDeliveryJobReadsOnlyThePeopleWithATimeNear() {
        Person nine = newPerson();
        reminders().changeSettings(nine.id(), byEmail(nine));
        reminders().changeTimes(nine.id(), daily(nine, "Walk").id(), ReminderTimes.at(LocalTime.of(9, 0)));
        Person three = newPerson();
        reminders().changeSettings(three.id(), byEmail(three));
        reminders().changeTimes(three.id(), daily(three, "Walk").id(), ReminderTimes.at(LocalTime.of(15, 0)));
        Person silent = newPerson();
        reminders().changeTimes(silent.id(), daily(silent, "Walk").id(), ReminderTimes.at(LocalTime.of(9, 0)));
        // 09:00 in Berlin on 11 March 2025 is 08:00 UTC.
        Instant nineOClock = Instant.parse("2025-03-11T08:00:00Z");

        assertThat(reminders().remindedBetween(nineOClock.minusSeconds(30), nineOClock.plusSeconds(30)))
                .containsKey(nine.id())
                .doesNotContainKeys(three.id(), silent.id());
        assertThat(reminders().remindedBetween(nineOClock.plusSeconds(30), nineOClock.plusSeconds(3600)))
                .doesNotContainKeys(nine.id(), three.id(), silent.id());
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
