package dev.unknot.core.reminder;

import static dev.unknot.core.property.RandomCases.pick;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.progress.HabitLog;
import dev.unknot.core.property.RandomCases;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The schedule against an oracle that walks the wall clock minute by minute: a reminder time
 * fires at the first minute the clock reaches or passes it, so a skipped time fires when the gap
 * ends and a repeated one fires once.
 */
class ReminderSchedulePropertyTests {

    static final List<ZoneId> ZONES = List.of(
            ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"),
            ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Asia/Kathmandu"));

    record Case(
            PersonalCalendar calendar,
            HabitLog log,
            ReminderTimes times,
            Optional<QuietHours> quiet,
            Instant from,
            Instant until) {}

    record Due(LocalDate day, Instant at) {}

    @Test
    void agreesWithTheWallClockWalk() {
        RandomCases.forAll(300, 20261206L, ReminderSchedulePropertyTests::randomCase, c -> {
            List<Due> expected = oracle(c);
            List<Due> actual =
                    ReminderSchedule.between(c.from(), c.until(), c.calendar(), c.log(), c.times(), c.quiet()).stream()
                            .map(reminder -> new Due(reminder.day(), reminder.due()))
                            .toList();
            assertThat(actual).isEqualTo(expected);
        });
    }

    @Test
    void theClockAloneNeverPassesOverAReminder() {
        java.util.concurrent.atomic.AtomicInteger reminding = new java.util.concurrent.atomic.AtomicInteger();
        RandomCases.forAll(300, 1206L, ReminderSchedulePropertyTests::randomCase, c -> {
            boolean found = !ReminderSchedule.between(c.from(), c.until(), c.calendar(), c.log(), c.times(), c.quiet())
                    .isEmpty();
            if (found) {
                reminding.incrementAndGet();
                assertThat(ReminderSchedule.mayRemind(c.from(), c.until(), c.calendar(), c.times()))
                        .isTrue();
            }
        });
        assertThat(reminding.get()).as("cases with a reminder in their window").isGreaterThan(100);
    }

    @Test
    void neverRemindsTwiceOfOneSlot() {
        RandomCases.forAll(300, 7L, ReminderSchedulePropertyTests::randomCase, c -> {
            List<Reminder> reminders =
                    ReminderSchedule.between(c.from(), c.until(), c.calendar(), c.log(), c.times(), c.quiet());
            assertThat(reminders).extracting(Reminder::slot).doesNotHaveDuplicates();
            assertThat(reminders)
                    .allSatisfy(reminder ->
                            assertThat(c.calendar().dayOf(reminder.due())).isEqualTo(reminder.day()));
        });
    }

    static Case randomCase(Random random) {
        ZoneId zone = pick(random, ZONES);
        LocalTime dayStart =
                pick(random, LocalTime.MIDNIGHT, LocalTime.of(2, 0), LocalTime.of(2, 30), LocalTime.of(4, 0));
        PersonalCalendar calendar = new PersonalCalendar(zone, dayStart);
        Instant around = Instant.parse("2024-01-01T00:00:00Z").plus(random.nextInt(5 * 365), ChronoUnit.DAYS);
        ZoneOffsetTransition change = zone.getRules().nextTransition(around);
        if (change != null && random.nextInt(4) > 0) {
            around = change.getInstant();
        }
        Instant from = around.minus(random.nextInt(48 * 60), ChronoUnit.MINUTES);
        Instant until = from.plus(1 + random.nextInt(3 * 24 * 60), ChronoUnit.MINUTES);
        LocalDate firstDay = LocalDate.ofInstant(from, zone).minusDays(2);

        Schedule schedule = switch (random.nextInt(3)) {
            case 0 -> Schedule.daily();
            case 1 -> {
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                days.add(pick(random, DayOfWeek.values()));
                days.add(pick(random, DayOfWeek.values()));
                yield new Schedule.OnWeekdays(days);
            }
            default -> {
                LocalTime windowFrom = LocalTime.of(random.nextInt(6), 30 * random.nextInt(2));
                LocalTime windowUntil = windowFrom.plusMinutes(30 + 30L * random.nextInt(30));
                yield Schedule.everyHours(1 + random.nextInt(4), windowFrom, windowUntil);
            }
        };
        Habit habit = new Habit(
                new HabitId(1),
                "Walk",
                HabitTarget.custom("Walk"),
                schedule,
                Metric.yesNo(),
                firstDay.plusDays(random.nextInt(4)),
                random.nextInt(10) == 0 ? HabitStatus.ARCHIVED : HabitStatus.ACTIVE);

        Map<LocalDate, Double> amounts = new HashMap<>();
        Set<LocalDate> skipped = new HashSet<>();
        List<DateRange> pauses = new ArrayList<>();
        for (LocalDate day = firstDay; day.isBefore(firstDay.plusDays(7)); day = day.plusDays(1)) {
            switch (random.nextInt(6)) {
                case 0 -> amounts.put(day, (double) (1 + random.nextInt(3)));
                case 1 -> skipped.add(day);
                case 2 -> pauses.add(new DateRange(day, day));
                default -> {}
            }
        }
        ReminderTimes times;
        if (schedule instanceof Schedule.EveryHours && random.nextBoolean()) {
            times = ReminderTimes.slots();
        } else {
            List<LocalTime> at = new ArrayList<>();
            for (int i = random.nextInt(4); i >= 0; i--) {
                // Mostly the small hours, where the clocks change.
                int hour = random.nextBoolean() ? random.nextInt(5) : random.nextInt(24);
                at.add(LocalTime.of(hour, 15 * random.nextInt(4)));
            }
            times = new ReminderTimes.At(at);
        }
        Optional<QuietHours> quiet = random.nextInt(3) == 0
                ? Optional.of(new QuietHours(LocalTime.of(random.nextInt(24), 0), LocalTime.of(random.nextInt(24), 30)))
                : Optional.empty();
        return new Case(calendar, new HabitLog(habit, amounts, skipped, pauses), times, quiet, from, until);
    }

    /** One reminder time on one of the person's days, and whether it is wanted at all. */
    record Target(LocalDate day, boolean wanted) {}

    static List<Due> oracle(Case c) {
        ZoneId zone = c.calendar().zone();
        LocalTime dayStart = c.calendar().dayStart();
        Habit habit = c.log().habit();
        TreeMap<LocalDateTime, List<Target>> targets = new TreeMap<>();
        LocalDate firstDate = LocalDate.ofInstant(c.from(), zone).minusDays(2);
        LocalDate lastDate = LocalDate.ofInstant(c.until(), zone).plusDays(2);
        for (LocalDate date0 = firstDate; !date0.isAfter(lastDate); date0 = date0.plusDays(1)) {
            LocalDate day = date0;
            List<LocalTime> times = timesOf(habit.schedule(), c.times());
            double amount = c.log().amounts().getOrDefault(day, 0.0);
            boolean open = habit.status() == HabitStatus.ACTIVE
                    && !day.isBefore(habit.startsOn())
                    && (!(habit.schedule() instanceof Schedule.OnWeekdays weekdays)
                            || weekdays.days().contains(day.getDayOfWeek()))
                    && !c.log().skipped().contains(day)
                    && c.log().pauses().stream().noneMatch(p -> !day.isBefore(p.first()) && !day.isAfter(p.last()))
                    && amount < times(habit.schedule());
            for (int k = 0; k < times.size(); k++) {
                LocalTime time = times.get(k);
                boolean wanted = open && (!(c.times() instanceof ReminderTimes.Slots) || Math.floor(amount) <= k);
                LocalDate date = time.isBefore(dayStart) ? day.plusDays(1) : day;
                targets.computeIfAbsent(date.atTime(time), key -> new ArrayList<>())
                        .add(new Target(day, wanted));
            }
        }
        List<Due> dues = new ArrayList<>();
        Instant start = c.from().minus(4, ChronoUnit.HOURS);
        LocalDateTime previous = LocalDateTime.ofInstant(start.minus(1, ChronoUnit.MINUTES), zone);
        for (Instant minute = start; minute.isBefore(c.until()); minute = minute.plus(1, ChronoUnit.MINUTES)) {
            LocalDateTime wallClock = LocalDateTime.ofInstant(minute, zone);
            if (wallClock.isAfter(previous)) {
                Set<LocalDate> remindedDays = new HashSet<>();
                var reached = targets.subMap(previous, false, wallClock, true);
                for (List<Target> list : reached.values()) {
                    for (Target target : list) {
                        boolean quiet =
                                c.quiet().isPresent() && isQuiet(c.quiet().get(), wallClock.toLocalTime());
                        if (target.wanted() && !quiet && !minute.isBefore(c.from()) && remindedDays.add(target.day())) {
                            dues.add(new Due(target.day(), minute));
                        }
                    }
                }
                reached.clear();
                previous = wallClock;
            }
        }
        dues.sort((a, b) -> a.at().compareTo(b.at()));
        return dues;
    }

    static boolean isQuiet(QuietHours quiet, LocalTime time) {
        int t = time.toSecondOfDay();
        int from = quiet.from().toSecondOfDay();
        int until = quiet.until().toSecondOfDay();
        return from < until ? t >= from && t < until : t >= from || t < until;
    }

    static List<LocalTime> timesOf(Schedule schedule, ReminderTimes times) {
        if (times instanceof ReminderTimes.At at) {
            return at.times();
        }
        Schedule.EveryHours every = (Schedule.EveryHours) schedule;
        List<LocalTime> slots = new ArrayList<>();
        for (LocalTime t = every.from().plusHours(every.hours());
                !t.isAfter(every.until()) && t.isAfter(every.from());
                t = t.plusHours(every.hours())) {
            slots.add(t);
        }
        return slots.isEmpty() ? List.of(every.until()) : slots;
    }

    static double times(Schedule schedule) {
        return schedule instanceof Schedule.EveryHours every
                ? timesOf(every, ReminderTimes.slots()).size()
                : 1;
    }
}
