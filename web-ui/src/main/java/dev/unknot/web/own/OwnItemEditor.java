package dev.unknot.web.own;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import dev.unknot.web.form.FieldErrors;
import dev.unknot.wire.error.InvalidInputException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The frame of the form of one own technique or routine: the fields, Cancel and Save. Save checks
 * the fields first; what the service then refuses shows next to the field it is about, and the
 * dialog stays open.
 *
 * @param <T> what is saved: a technique or a routine
 */
abstract class OwnItemEditor<T> extends Dialog {

    final Button save = new Button("Save");

    OwnItemEditor(String title, String className) {
        setHeaderTitle(title);
        addClassName(className);
    }

    /**
     * Lays {@code form} out above the buttons.
     *
     * @param store saves the fields' values through the application layer, new or changed
     * @param saved told of what was saved, once the dialog has closed
     */
    final void layOut(FormLayout form, FieldErrors errors, Supplier<T> store, Consumer<T> saved) {
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (!errors.check()) {
                return;
            }
            try {
                T result = store.get();
                close();
                saved.accept(result);
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
