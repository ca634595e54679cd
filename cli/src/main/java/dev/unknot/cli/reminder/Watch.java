package dev.unknot.cli.reminder;

import dev.unknot.wire.reminder.UpcomingReminder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code unknot remind --watch} shows when: it keeps the reminders last fetched, forgets one
 * that is no longer coming (done, skipped, or its time changed), and shows each once when its time
 * has come.
 */
final class Watch {

    private final Map<String, UpcomingReminder> waiting = new LinkedHashMap<>();
    private final Set<String> shown = new HashSet<>();

    /** Takes in what is coming as fetched at {@code now}, and answers what to show now. */
    List<UpcomingReminder> at(Instant now, List<UpcomingReminder> fetched) {
        Set<String> coming = new HashSet<>();
        for (UpcomingReminder reminder : fetched) {
            coming.add(key(reminder));
            waiting.putIfAbsent(key(reminder), reminder);
        }
        // Not fetched any more though its time has not come: it will not remind.
        waiting.values()
                .removeIf(reminder -> !coming.contains(key(reminder))
                        && Instant.parse(reminder.at()).isAfter(now));
        List<UpcomingReminder> due = new ArrayList<>();
        waiting.values().removeIf(reminder -> {
            if (Instant.parse(reminder.at()).isAfter(now)) {
                return false;
            }
            if (shown.add(key(reminder))) {
                due.add(reminder);
            }
            return true;
        });
        return due;
    }

    /** When the next reminder waiting falls due. */
    Optional<Instant> next() {
        return waiting.values().stream()
                .map(reminder -> Instant.parse(reminder.at()))
                .min(Instant::compareTo);
    }

    private static String key(UpcomingReminder reminder) {
        return reminder.habitId() + "@" + reminder.at();
    }
}
