package dev.unknot.store.reminder;

import dev.unknot.store.db.Batches;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A person's deliveries claimed and recorded in batches: one round trip to the database for all of
 * them rather than one per reminder and channel. A row is inserted (claimed) before anything is
 * sent: its unique key (habit, slot, channel, snoozes) lets one server in and keeps the others out.
 */
@Singleton
public class DeliveryBatches {

    /** One reminder on one channel to claim. */
    public record Claim(long habitId, String slot, String channel, int snoozes, Instant dueAt) {}

    /** How an attempt at a claimed delivery went. */
    public record Outcome(
            long id,
            String status,
            int attempts,
            @Nullable Instant nextAttemptAt,
            Instant at,
            @Nullable String error) {}

    private static final String CLAIM = """
            INSERT INTO reminder_delivery (person_id, habit_id, slot, channel, snoozes, due_at, status, attempts,
                                           updated_at)
            VALUES (?, ?, ?, ?, ?, ?, 'SENDING', 0, ?)
            ON CONFLICT DO NOTHING""";

    private static final String RECORD = """
            UPDATE reminder_delivery
            SET status = ?, attempts = ?, next_attempt_at = ?, updated_at = ?, last_error = ?
            WHERE id = ?""";

    private final Batches batches;
    private final DeliveryRepository deliveries;

    DeliveryBatches(Batches batches, DeliveryRepository deliveries) {
        this.batches = batches;
        this.deliveries = deliveries;
    }

    /**
     * Inserts a row being sent for each of {@code claims} that no server (nor an earlier run) has
     * claimed, in this order. Call it in a transaction: the ids are read after the inserts.
     *
     * @return for each claim, in order, the id of the row inserted, or empty when the claim was taken
     */
    public List<Optional<Long>> claim(long personId, List<Claim> claims, Instant now) {
        if (claims.isEmpty()) {
            return List.of();
        }
        List<List<Object>> rows = new ArrayList<>(claims.size());
        Set<Long> habits = new HashSet<>();
        Set<String> slots = new HashSet<>();
        for (Claim claim : claims) {
            rows.add(List.of(
                    personId, claim.habitId(), claim.slot(), claim.channel(), claim.snoozes(), claim.dueAt(), now));
            habits.add(claim.habitId());
            slots.add(claim.slot());
        }
        int[] inserted = batches.run(CLAIM, rows);
        Map<String, Long> ids = new HashMap<>();
        for (DeliveryRow row : deliveries.findByHabitIdInAndSlotIn(habits, slots)) {
            ids.put(key(row.habitId(), row.slot(), row.channel(), row.snoozes()), row.id());
        }
        List<Optional<Long>> claimed = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            claimed.add(
                    inserted[i] == 1
                            ? Optional.of(ids.get(key(claim.habitId(), claim.slot(), claim.channel(), claim.snoozes())))
                            : Optional.empty());
        }
        return claimed;
    }

    /** Records how the attempts went, in one round trip. */
    public void record(List<Outcome> outcomes) {
        List<List<Object>> rows = new ArrayList<>(outcomes.size());
        for (Outcome outcome : outcomes) {
            // Arrays.asList, not List.of: the next attempt and the error may be null.
            rows.add(Arrays.asList(
                    outcome.status(),
                    outcome.attempts(),
                    outcome.nextAttemptAt(),
                    outcome.at(),
                    outcome.error(),
                    outcome.id()));
        }
        batches.run(RECORD, rows);
    }

    private static String key(long habitId, String slot, String channel, int snoozes) {
        return habitId + "/" + slot + "/" + channel + "/" + snoozes;
    }
}
