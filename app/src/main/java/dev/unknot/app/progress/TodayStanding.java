package dev.unknot.app.progress;

import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.progress.AgendaItem;
import dev.unknot.core.progress.Standing;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A person's day: what is due, done, overdue, skipped or paused, and where each active habit stands.
 *
 * @param day today in the person's calendar
 * @param calendar the person's calendar, which the agenda's times are in
 * @param agenda the active habits, in the agenda's order
 * @param standings each active habit's streaks and strength today
 */
public record TodayStanding(
        LocalDate day, PersonalCalendar calendar, List<AgendaItem> agenda, Map<HabitId, Standing> standings) {

    public TodayStanding {
        agenda = List.copyOf(agenda);
        standings = Map.copyOf(standings);
    }
}
