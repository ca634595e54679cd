package dev.unknot.web.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.unknot.app.transfer.FileKind;
import dev.unknot.app.transfer.ImportPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import would write, shown before it does: the habits it creates (with their schedules)
 * or adds to, how many check-ins each gets, the days they span and what is left out. Nothing is
 * written until the person presses Import.
 */
class ImportDialog extends Dialog {

    final Button confirm;
    final Button cancel;

    ImportDialog(ImportPlan plan, Runnable onConfirm) {
        setHeaderTitle("Import " + plan.kind().label());
        addClassName("import-preview");
        setWidth("min(40rem, 100vw)");
        add(new Paragraph(summary(plan)));
        Div habits = new Div();
        habits.addClassName("import-habits");
        for (ImportPlan.Habit habit : plan.habits()) {
            habits.add(habit(habit));
        }
        add(habits);
        if (!plan.notMapped().isEmpty()) {
            UnorderedList left = new UnorderedList();
            plan.notMapped().forEach(line -> left.add(new ListItem(line)));
            left.addClassName("import-not-mapped");
            add(new H4("Not imported"), left);
        }
        // Unknot's own export also sets the calendar, so it always has something to write.
        boolean nothing = plan.kind() != FileKind.UNKNOT_JSON
                && plan.habitsToCreate() == 0
                && plan.checkIns() == 0
                && plan.habits().stream().allMatch(habit -> habit.skippedDays() == 0);
        cancel = new Button("Cancel", click -> close());
        cancel.setId("cancel-import");
        confirm = new Button(nothing ? "Nothing new to import" : "Import", click -> {
            close();
            onConfirm.run();
        });
        confirm.setId("confirm-import");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(!nothing);
        getFooter().add(cancel, confirm);
    }

    static String summary(ImportPlan plan) {
        List<String> parts = new ArrayList<>();
        parts.add(plan.habitsToCreate() + (plan.habitsToCreate() == 1 ? " habit" : " habits") + " to create");
        parts.add(plan.checkIns() + (plan.checkIns() == 1 ? " check-in" : " check-ins") + " to add"
                + plan.first()
                        .map(first -> " from " + first + " to " + plan.last().orElse(first))
                        .orElse(""));
        if (plan.alreadyPresent() > 0) {
            parts.add(plan.alreadyPresent() + " already here");
        }
        return String.join(", ", parts) + ".";
    }

    private static Div habit(ImportPlan.Habit habit) {
        Span name = new Span(habit.name());
        name.addClassName("import-habit-name");
        Span badge = new Span(habit.create() ? "new" : "adds to yours");
        badge.addClassNames("import-habit-badge", habit.create() ? "new" : "existing");
        Div title = new Div(name, badge);
        title.addClassName("import-habit-title");
        String details = habit.schedule() + " · " + habit.metric() + (habit.archived() ? " · archived" : "")
                + habit.reminder()
                        .map(times -> " · reminds at " + times.replace(",", ", "))
                        .orElse("") + " · "
                + habit.checkIns() + (habit.checkIns() == 1 ? " check-in" : " check-ins")
                + (habit.skippedDays() > 0 ? ", " + habit.skippedDays() + " skipped" : "")
                + (habit.alreadyPresent() > 0 ? ", " + habit.alreadyPresent() + " already here" : "");
        Div row = new Div(title, new Div(details));
        habit.mapping().ifPresent(mapping -> {
            Div note = new Div(mapping);
            note.addClassName("import-habit-mapping");
            row.add(note);
        });
        row.addClassName("import-habit");
        return row;
    }
}
