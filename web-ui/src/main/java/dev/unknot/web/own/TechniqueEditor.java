package dev.unknot.web.own;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.unknot.app.own.DoseInput;
import dev.unknot.app.own.OwnExercises;
import dev.unknot.app.own.OwnTechnique;
import dev.unknot.core.library.BodyArea;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Sides;
import dev.unknot.core.library.Technique;
import dev.unknot.core.plugin.Library;
import dev.unknot.web.form.FieldErrors;
import dev.unknot.web.session.SignedIn;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** The form of one own technique, new or changed; what is wrong shows next to its field. */
class TechniqueEditor extends OwnItemEditor<Technique> {

    private static final List<String> KINDS = List.of("hold", "seconds", "minutes", "reps", "once");

    final TextField name = new TextField("Name");
    final TextArea steps = new TextArea("Steps, one a line");
    final Select<String> doseKind = new Select<>();
    final IntegerField from = new IntegerField("From");
    final IntegerField to = new IntegerField("To");
    final IntegerField count = new IntegerField("Times");
    final Checkbox eachSide = new Checkbox("On each side, left then right");
    final CheckboxGroup<BodyArea> areas = new CheckboxGroup<>("Body areas");
    final TextArea cautions = new TextArea("Cautions, one a line");
    final Select<Pillar> pillar = new Select<>();
    final TextField summary = new TextField("Summary");

    TechniqueEditor(OwnExercises own, Library plugins, Optional<Technique> technique, Consumer<Technique> saved) {
        super(technique.map(t -> "Edit " + t.name()).orElse("New technique"), "technique-editor");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(OwnExercises.MAX_NAME);
        steps.setRequiredIndicatorVisible(true);
        steps.setMinHeight("7em");
        doseKind.setLabel("Dose");
        doseKind.setItems(KINDS);
        doseKind.setItemLabelGenerator(TechniqueEditor::kindLabel);
        doseKind.setValue("hold");
        doseKind.addValueChangeListener(change -> showDoseFields());
        from.setMin(1);
        to.setMin(1);
        count.setMin(1);
        areas.setItems(BodyArea.values());
        areas.setItemLabelGenerator(BodyArea::label);
        areas.addClassName("body-areas");
        pillar.setLabel("Pillar");
        pillar.setItems(plugins.pillars());
        pillar.setItemLabelGenerator(Pillar::name);
        plugins.pillars().stream()
                .filter(p -> p.id().value().equals("stretching"))
                .findFirst()
                .or(() -> plugins.pillars().stream().findFirst())
                .ifPresent(pillar::setValue);
        summary.setHelperText("What it does, in a sentence; the first step if you leave it empty.");
        technique.ifPresent(this::fill);
        showDoseFields();
        FormLayout form =
                new FormLayout(name, pillar, steps, doseKind, from, to, count, eachSide, areas, cautions, summary);
        form.setColspan(steps, 2);
        form.setColspan(areas, 2);
        form.setColspan(cautions, 2);
        form.setColspan(summary, 2);
        FieldErrors errors = new FieldErrors()
                .on("name", name)
                .on("steps", steps)
                .on("dose", from)
                .on("body areas", areas)
                .on("cautions", cautions)
                .on("pillar", pillar)
                .on("summary", summary)
                .on("exercise", name);
        save.addClassName("save-technique");
        layOut(
                form,
                errors,
                () -> {
                    OwnTechnique input = new OwnTechnique(
                            name.getValue(),
                            summary.getValue(),
                            pillar.getValue() == null
                                    ? ""
                                    : pillar.getValue().id().value(),
                            lines(steps.getValue()),
                            new DoseInput(doseKind.getValue(), from.getValue(), to.getValue(), count.getValue(), null),
                            eachSide.getValue(),
                            areas.getValue().stream()
                                    .map(area -> area.name().toLowerCase(Locale.ROOT))
                                    .toList(),
                            lines(cautions.getValue()),
                            technique.map(Technique::equipment).orElse(List.of()));
                    return technique.isPresent()
                            ? own.editTechnique(
                                    SignedIn.person(), technique.get().id().value(), input)
                            : own.createTechnique(SignedIn.person(), input);
                },
                saved);
    }

    private void fill(Technique technique) {
        name.setValue(technique.name());
        steps.setValue(String.join("\n", technique.steps()));
        cautions.setValue(String.join("\n", technique.cautions()));
        summary.setValue(technique.summary());
        eachSide.setValue(technique.sides() == Sides.EACH_SIDE);
        areas.setValue(technique.bodyAreas());
        pillar.getListDataView()
                .getItems()
                .filter(p -> p.id().equals(technique.pillar()))
                .findFirst()
                .ifPresent(pillar::setValue);
        Dose dose = technique.dose();
        DoseInput.of(dose).filter(input -> KINDS.contains(input.kind())).ifPresent(input -> {
            doseKind.setValue(input.kind());
            from.setValue(input.from());
            to.setValue(input.to() == null || input.to().equals(input.from()) ? null : input.to());
            count.setValue(input.count() == null || input.count() == 1 ? null : input.count());
        });
    }

    /** Only the numbers a dose kind takes: a hold's seconds and times, a time's range, reps and sets. */
    private void showDoseFields() {
        String kind = doseKind.getValue();
        boolean numbers = !"once".equals(kind);
        from.setVisible(numbers);
        to.setVisible(numbers && !"reps".equals(kind));
        count.setVisible("hold".equals(kind) || "reps".equals(kind));
        from.setLabel("reps".equals(kind) ? "Reps" : "From (" + unit(kind) + ")");
        to.setLabel("To (" + unit(kind) + "), if a range");
        count.setLabel("reps".equals(kind) ? "Sets" : "Holds in a row");
    }

    private static String unit(String kind) {
        return "minutes".equals(kind) ? "minutes" : "seconds";
    }

    private static String kindLabel(String kind) {
        return switch (kind) {
            case "hold" -> "Hold a position (seconds)";
            case "seconds" -> "Keep going (seconds)";
            case "minutes" -> "Keep going (minutes)";
            case "reps" -> "Repetitions";
            default -> "Once, then keep it up";
        };
    }

    static List<String> lines(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
