package dev.unknot.web.own;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.unknot.app.own.DoseInput;
import dev.unknot.app.own.OwnExercises;
import dev.unknot.app.own.OwnRoutine;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Technique;
import dev.unknot.core.plugin.Library;
import dev.unknot.web.form.FieldErrors;
import dev.unknot.web.session.SignedIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The form of one own routine: its steps are lines of technique ids, each with another dose after
 * '=' if wanted ({@code stretching/childs-pose = hold 20-30}); a technique picked from the list is
 * added as a line.
 */
class RoutineEditor extends OwnItemEditor<Routine> {

    final TextField name = new TextField("Name");
    final ComboBox<Technique> pick = new ComboBox<>("Add a technique");
    final TextArea steps = new TextArea("Steps, one technique a line");
    final TextField summary = new TextField("Summary");

    RoutineEditor(OwnExercises own, Library library, Optional<Routine> routine, Consumer<Routine> saved) {
        super(routine.map(r -> "Edit " + r.name()).orElse("New routine"), "routine-editor");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(OwnExercises.MAX_NAME);
        pick.setItems(library.techniques());
        pick.setItemLabelGenerator(technique -> technique.name() + " (" + technique.id() + ")");
        pick.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                String text = steps.getValue().strip();
                steps.setValue(
                        (text.isEmpty() ? "" : text + "\n") + change.getValue().id());
                pick.clear();
            }
        });
        steps.setRequiredIndicatorVisible(true);
        steps.setMinHeight("7em");
        steps.setHelperText("A technique's id, e.g. my/wall-slide; another dose after '=', e.g."
                + " stretching/childs-pose = hold 20-30.");
        summary.setHelperText("What it is for; the steps' names if you leave it empty.");
        routine.ifPresent(r -> {
            name.setValue(r.name());
            summary.setValue(r.summary());
            List<String> lines = new ArrayList<>();
            for (RoutineStep step : r.steps()) {
                Optional<Technique> technique = library.technique(step.technique());
                boolean ownDose =
                        technique.map(t -> t.dose().equals(step.dose())).orElse(false);
                lines.add(step.technique() + (ownDose ? "" : " = " + DoseInput.text(step.dose())));
            }
            steps.setValue(String.join("\n", lines));
        });
        FormLayout form = new FormLayout(name, pick, steps, summary);
        form.setColspan(steps, 2);
        form.setColspan(summary, 2);
        FieldErrors errors = new FieldErrors()
                .on("name", name)
                .on("steps", steps)
                .on("dose", steps)
                .on("summary", summary)
                .on("exercise", steps);
        save.addClassName("save-routine");
        layOut(
                form,
                errors,
                () -> {
                    List<OwnRoutine.Step> given = new ArrayList<>();
                    for (String line : TechniqueEditor.lines(steps.getValue())) {
                        String[] parts = line.split("=", 2);
                        given.add(new OwnRoutine.Step(
                                parts[0].strip(), parts.length == 2 ? DoseInput.parse(parts[1]) : null));
                    }
                    OwnRoutine input = new OwnRoutine(name.getValue(), summary.getValue(), given);
                    return routine.isPresent()
                            ? own.editRoutine(
                                    SignedIn.person(), routine.get().id().value(), input)
                            : own.createRoutine(SignedIn.person(), input);
                },
                saved);
    }
}
