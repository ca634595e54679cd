package dev.unknot.cli.library;

import dev.unknot.core.library.BodyArea;
import dev.unknot.core.library.Cause;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Sides;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TimerPhase;
import dev.unknot.core.plugin.Library;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Locale;

/**
 * The JSON documents of the library commands, documented in {@code cli/JSON.md}. Field names are
 * part of the contract: add fields, never rename or remove one. Ids and enum values are strings;
 * durations are whole seconds in fields ending in {@code Seconds}.
 */
final class LibraryJson {

    private LibraryJson() {}

    /** {@code unknot pillars --json}. */
    @Serdeable
    record Pillars(List<PillarEntry> pillars) {}

    @Serdeable
    record PillarEntry(String id, String name, String summary, int techniqueCount) {

        static PillarEntry of(Pillar pillar, Library library) {
            return new PillarEntry(pillar.id().value(), pillar.name(), pillar.summary(),
                    library.techniques(pillar.id()).size());
        }
    }

    /** {@code unknot techniques --json}: full details, as {@code unknot technique ID --json} prints one. */
    @Serdeable
    record Techniques(List<TechniqueDetail> techniques) {}

    @Serdeable
    record TechniqueDetail(
            String id,
            String name,
            String pillar,
            String summary,
            List<String> steps,
            DoseEntry dose,
            String sides,
            long timeSeconds,
            List<String> equipment,
            List<String> bodyAreas,
            List<String> causes,
            List<String> cautions,
            List<PhaseEntry> phases) {

        static TechniqueDetail of(Technique technique) {
            return new TechniqueDetail(
                    technique.id().value(),
                    technique.name(),
                    technique.pillar().value(),
                    technique.summary(),
                    technique.steps(),
                    DoseEntry.of(technique.dose()),
                    sidesId(technique.sides()),
                    technique.time().toSeconds(),
                    technique.equipment(),
                    technique.bodyAreas().stream().map(LibraryJson::bodyAreaId).toList(),
                    technique.causes().stream().map(Cause::id).toList(),
                    technique.cautions(),
                    technique.phases().stream().map(PhaseEntry::of).toList());
        }
    }

    /**
     * @param kind {@code hold}, {@code timed}, {@code reps}, {@code cycles}, {@code amount} or {@code once}
     * @param description as a person reads it, e.g. {@code hold 20–30 s}
     */
    @Serdeable
    record DoseEntry(String kind, String description) {

        static DoseEntry of(Dose dose) {
            return new DoseEntry(kindOf(dose), dose.describe());
        }

        private static String kindOf(Dose dose) {
            if (dose instanceof Dose.Hold) {
                return "hold";
            } else if (dose instanceof Dose.Timed) {
                return "timed";
            } else if (dose instanceof Dose.Reps) {
                return "reps";
            } else if (dose instanceof Dose.Cycles) {
                return "cycles";
            } else if (dose instanceof Dose.Amount) {
                return "amount";
            } else {
                return "once";
            }
        }
    }

    @Serdeable
    record PhaseEntry(String label, long durationSeconds) {

        static PhaseEntry of(TimerPhase phase) {
            return new PhaseEntry(phase.label(), phase.duration().toSeconds());
        }
    }

    /** {@code unknot routines --json}. */
    @Serdeable
    record Routines(List<RoutineEntry> routines) {}

    @Serdeable
    record RoutineEntry(String id, String name, String summary, long totalTimeSeconds, List<RoutineStepEntry> steps) {

        static RoutineEntry of(Routine routine, Library library) {
            return new RoutineEntry(routine.id().value(), routine.name(), routine.summary(),
                    routine.totalTime().toSeconds(),
                    routine.steps().stream().map(step -> RoutineStepEntry.of(step, library)).toList());
        }
    }

    /**
     * @param technique the technique's id
     * @param name the technique's name
     */
    @Serdeable
    record RoutineStepEntry(String technique, String name, DoseEntry dose, String sides, long timeSeconds) {

        static RoutineStepEntry of(RoutineStep step, Library library) {
            return new RoutineStepEntry(step.technique().value(), RoutinesCommand.nameOf(step, library),
                    DoseEntry.of(step.dose()), sidesId(step.sides()), step.time().toSeconds());
        }
    }

    /** {@code none} or {@code each-side}. */
    static String sidesId(Sides sides) {
        return idOf(sides);
    }

    /** E.g. {@code lower-back}, the same style as cause ids. */
    static String bodyAreaId(BodyArea area) {
        return idOf(area);
    }

    private static String idOf(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
