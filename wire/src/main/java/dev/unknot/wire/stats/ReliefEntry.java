package dev.unknot.wire.stats;

import dev.unknot.core.progress.PainRelief;
import dev.unknot.core.progress.Relief;
import dev.unknot.wire.habit.TargetEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One place in "what helps you": {@code target} as in a habit; {@code name} the person's habits
 * that do it, by their own names; {@code averageBefore} the mean tightness before over the same
 * check-ins; {@code sentence} says whether the tightness after is better, about the same or worse
 * by the meaningful-change rule (2 points or 30%). The {@code pain…} fields say the same of pain,
 * over the check-ins that rated pain before and after ({@code painCheckIns}, counted on their
 * own); all null while fewer than five did, as pain is optional.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record ReliefEntry(
        String name,
        TargetEntry target,
        double averageDrop,
        int checkIns,
        double averageBefore,
        String change,
        String sentence,

        @Schema(description = "mean pain before; null while fewer than five check-ins rated pain before and after")
        @Nullable
        Double painAverageBefore,

        @Schema(description = "mean drop in pain, before minus after; null as painAverageBefore") @Nullable
        Double painAverageDrop,

        @Schema(description = "how many check-ins rated pain before and after; null as painAverageBefore") @Nullable
        Integer painCheckIns,

        @Schema(description = "better, about the same or worse; null as painAverageBefore") @Nullable
        String painChange,

        @Schema(description = "the sentence on pain; null as painAverageBefore") @Nullable
        String painSentence) {

    public static ReliefEntry of(Relief relief) {
        Optional<PainRelief> pain = relief.painRestingOnEnough();
        return new ReliefEntry(
                relief.habits(),
                TargetEntry.of(relief.target()),
                relief.averageDrop(),
                relief.checkIns(),
                relief.averageBefore(),
                relief.direction().inWords(),
                relief.sentence(),
                pain.map(PainRelief::averageBefore).orElse(null),
                pain.map(PainRelief::averageDrop).orElse(null),
                pain.map(PainRelief::checkIns).orElse(null),
                pain.map(each -> each.direction().inWords()).orElse(null),
                relief.painSentence().orElse(null));
    }
}
