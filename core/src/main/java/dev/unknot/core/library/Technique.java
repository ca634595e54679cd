package dev.unknot.core.library;

import static org.apiguardian.api.API.Status.STABLE;

import dev.unknot.core.Require;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One thing a person can do for their back, written like a page of a good exercise book.
 *
 * <p>Made with {@link #builder(String)}, which refuses blank text, no step, no body area and an
 * impossible dose; when its plugin loads, the id must be in the plugin's namespace
 * ({@link TechniqueId}), the pillar must be provided by a loaded plugin ({@link PillarId}) and
 * the dose sane ({@link Dose}).
 *
 * @param id namespaced by the plugin that provides it, e.g. {@code stretching/childs-pose}
 * @param name display name
 * @param pillar the pillar it belongs to; any loaded plugin may provide that pillar
 * @param summary one or two sentences: what it does and why it helps
 * @param steps how to do it, in order; at least one
 * @param dose how much of it to do
 * @param sides whether it is done once or on each side
 * @param equipment what is needed; empty when nothing is
 * @param bodyAreas where it works; at least one
 * @param causes which causes of tightness it addresses; may be empty
 * @param cautions when to take care or skip it; may be empty
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Technique(
        TechniqueId id,
        String name,
        PillarId pillar,
        String summary,
        List<String> steps,
        Dose dose,
        Sides sides,
        List<String> equipment,
        Set<BodyArea> bodyAreas,
        Set<Cause> causes,
        List<String> cautions) {

    public Technique {
        Require.present(id, "technique id");
        name = Require.text(name, "name of " + id);
        Require.present(pillar, "pillar of " + id);
        summary = Require.text(summary, "summary of " + id);
        steps = Require.texts(steps, "step of " + id);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException(id + " needs at least one step");
        }
        Require.present(dose, "dose of " + id);
        Require.present(sides, "sides of " + id);
        equipment = Require.texts(equipment, "equipment of " + id);
        bodyAreas = immutableEnumSet(Require.present(bodyAreas, "body areas of " + id), BodyArea.class);
        if (bodyAreas.isEmpty()) {
            throw new IllegalArgumentException(id + " needs at least one body area");
        }
        causes = immutableEnumSet(Require.present(causes, "causes of " + id), Cause.class);
        cautions = Require.texts(cautions, "caution of " + id);
    }

    /** The phases a guided timer walks through for this technique at its own dose. */
    public List<TimerPhase> phases() {
        return dose.phases(sides);
    }

    /** How long one go of this technique takes at its own dose; zero when it is not timed. */
    public Duration time() {
        return dose.time(sides);
    }

    public static Builder builder(String id) {
        return new Builder(TechniqueId.of(id));
    }

    private static <E extends Enum<E>> Set<E> immutableEnumSet(Set<E> values, Class<E> type) {
        return Collections.unmodifiableSet(values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values));
    }

    /** Builds a technique step by step, so that plugin code reads like the page it describes. */
    public static final class Builder {
        private final TechniqueId id;
        private String name;
        private PillarId pillar;
        private String summary;
        private final List<String> steps = new ArrayList<>();
        private Dose dose;
        private Sides sides = Sides.NONE;
        private final List<String> equipment = new ArrayList<>();
        private final Set<BodyArea> bodyAreas = EnumSet.noneOf(BodyArea.class);
        private final Set<Cause> causes = EnumSet.noneOf(Cause.class);
        private final List<String> cautions = new ArrayList<>();

        private Builder(TechniqueId id) {
            this.id = id;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder pillar(String pillar) {
            this.pillar = PillarId.of(pillar);
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder steps(String... steps) {
            this.steps.addAll(List.of(steps));
            return this;
        }

        public Builder dose(Dose dose) {
            this.dose = dose;
            return this;
        }

        public Builder eachSide() {
            this.sides = Sides.EACH_SIDE;
            return this;
        }

        public Builder equipment(String... equipment) {
            this.equipment.addAll(List.of(equipment));
            return this;
        }

        public Builder bodyAreas(BodyArea... areas) {
            this.bodyAreas.addAll(List.of(areas));
            return this;
        }

        public Builder causes(Cause... causes) {
            this.causes.addAll(List.of(causes));
            return this;
        }

        public Builder cautions(String... cautions) {
            this.cautions.addAll(List.of(cautions));
            return this;
        }

        public Technique build() {
            return new Technique(id, name, pillar, summary, steps, dose, sides, equipment, bodyAreas, causes, cautions);
        }
    }
}
