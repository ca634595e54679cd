package dev.unknot.plugindata;

import dev.unknot.core.library.BodyArea;
import dev.unknot.core.library.Cause;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Sides;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TimerPhase;
import dev.unknot.core.spi.PluginDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes pillars, techniques and routines as version 1 of the data plugin format, in YAML that
 * {@link DataPluginReader} reads back to equal content. Ids are written whole ({@code anna/cat-cow}),
 * and every routine step with its technique, dose and sides.
 */
final class DataPluginWriter {

    private DataPluginWriter() {}

    static String write(
            PluginDescriptor descriptor, List<Pillar> pillars, List<Technique> techniques, List<Routine> routines) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("unknot-plugin", DataPluginReader.FORMAT_VERSION);
        document.put("id", descriptor.id());
        document.put("name", descriptor.name());
        document.put("version", descriptor.version());
        document.put("author", descriptor.author());
        if (!pillars.isEmpty()) {
            document.put(
                    "pillars", pillars.stream().map(DataPluginWriter::pillar).toList());
        }
        if (!techniques.isEmpty()) {
            document.put(
                    "techniques",
                    techniques.stream().map(DataPluginWriter::technique).toList());
        }
        if (!routines.isEmpty()) {
            document.put(
                    "routines", routines.stream().map(DataPluginWriter::routine).toList());
        }
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(2)
                .setIndicatorIndent(2)
                .setIndentWithIndicator(true)
                .setWidth(100)
                .build();
        return new Dump(settings).dumpToString(document);
    }

    private static Map<String, Object> pillar(Pillar pillar) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", pillar.id().value());
        fields.put("name", pillar.name());
        fields.put("summary", pillar.summary());
        return fields;
    }

    private static Map<String, Object> technique(Technique technique) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", technique.id().value());
        fields.put("name", technique.name());
        fields.put("pillar", technique.pillar().value());
        fields.put("summary", technique.summary());
        fields.put("steps", technique.steps());
        fields.put("dose", dose(technique.dose()));
        fields.put("sides", sides(technique.sides()));
        if (!technique.equipment().isEmpty()) {
            fields.put("equipment", technique.equipment());
        }
        fields.put(
                "body-areas",
                technique.bodyAreas().stream()
                        .map(BodyArea::name)
                        .map(DataPluginWriter::constant)
                        .toList());
        if (!technique.causes().isEmpty()) {
            fields.put(
                    "causes",
                    technique.causes().stream()
                            .map(Cause::name)
                            .map(DataPluginWriter::constant)
                            .toList());
        }
        if (!technique.cautions().isEmpty()) {
            fields.put("cautions", technique.cautions());
        }
        return fields;
    }

    private static Map<String, Object> routine(Routine routine) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", routine.id().value());
        fields.put("name", routine.name());
        fields.put("summary", routine.summary());
        List<Object> steps = new ArrayList<>();
        for (RoutineStep step : routine.steps()) {
            Map<String, Object> written = new LinkedHashMap<>();
            written.put("technique", step.technique().value());
            written.put("dose", dose(step.dose()));
            written.put("sides", sides(step.sides()));
            steps.add(written);
        }
        fields.put("steps", steps);
        return fields;
    }

    static Object dose(Dose dose) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (dose instanceof Dose.Hold hold) {
            fields.put("hold", range(seconds(hold.min()), seconds(hold.max())));
            if (hold.holds() > 1) {
                fields.put("times", hold.holds());
            }
        } else if (dose instanceof Dose.Timed timed) {
            if (timed.min().toSecondsPart() == 0 && timed.max().toSecondsPart() == 0) {
                fields.put("minutes", range(timed.min().toMinutes(), timed.max().toMinutes()));
            } else {
                fields.put("seconds", range(seconds(timed.min()), seconds(timed.max())));
            }
        } else if (dose instanceof Dose.Reps reps) {
            fields.put("reps", reps.reps());
            fields.put("sets", reps.sets());
        } else if (dose instanceof Dose.Cycles cycles) {
            fields.put("cycles", cycles.cycles());
            List<Object> phases = new ArrayList<>();
            for (TimerPhase phase : cycles.pattern()) {
                Map<String, Object> written = new LinkedHashMap<>();
                written.put("label", phase.label());
                written.put("seconds", seconds(phase.duration()));
                phases.add(written);
            }
            fields.put("phases", phases);
        } else if (dose instanceof Dose.Amount amount) {
            fields.put("daily", amount.amount());
            fields.put("unit", amount.unit());
        } else {
            return "once";
        }
        return fields;
    }

    private static long seconds(Duration duration) {
        return duration.toSeconds();
    }

    private static Object range(long least, long most) {
        return least == most ? (Object) least : List.of(least, most);
    }

    private static String sides(Sides sides) {
        return sides == Sides.EACH_SIDE ? "each-side" : "none";
    }

    private static String constant(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
