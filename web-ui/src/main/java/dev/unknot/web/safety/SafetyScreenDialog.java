package dev.unknot.web.safety;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.unknot.app.advice.AdviceService;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.safety.SafetyScreens;
import dev.unknot.core.advice.SafetyScreen;
import dev.unknot.core.checkin.Symptom;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The safety screen as a dialog: each question a box to tick for yes, the last answers ticked
 * already. Saving keeps the answers and shows at once, in {@link UrgentAdvice}, an emergency or
 * urgent advice they bring; "Later" puts the screen off.
 */
public final class SafetyScreenDialog extends Dialog {

    final Map<Symptom, Checkbox> answers = new LinkedHashMap<>();
    final Button save = new Button("Save answers");
    final Button later = new Button("Later");

    public SafetyScreenDialog(SafetyScreens screens, AdviceService advice, PersonId person, Runnable afterwards) {
        addClassName("safety-screen");
        setHeaderTitle("Safety screen");
        Paragraph lead = new Paragraph("A few yes/no questions about signs that need a doctor rather than "
                + "exercises. Tick each one that is true for you now; leave the others.");
        lead.addClassName("safety-lead");
        Div questions = new Div();
        questions.addClassName("safety-questions");
        Set<Symptom> before = screens.answers(person).map(SafetyScreen::yes).orElse(Set.of());
        for (Symptom question : SafetyScreen.QUESTIONS) {
            Checkbox box = new Checkbox(question.question(), before.contains(question));
            box.addClassNames("safety-question", "safety-" + question.id());
            box.getElement().setAttribute("data-symptom", question.id());
            answers.put(question, box);
            questions.add(box);
        }
        add(lead, questions);
        save.addClassName("save-safety-screen");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            screens.answer(person, ticked());
            close();
            afterwards.run();
            UrgentAdvice.acknowledge(advice.advice(person));
        });
        later.addClassName("later-safety-screen");
        later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        later.addClickListener(click -> {
            screens.putOff(person);
            close();
            afterwards.run();
        });
        getFooter().add(later, save);
    }

    /** The questions ticked yes. */
    Set<Symptom> ticked() {
        Set<Symptom> yes = EnumSet.noneOf(Symptom.class);
        answers.forEach((symptom, box) -> {
            if (box.getValue()) {
                yes.add(symptom);
            }
        });
        return yes;
    }

    /** What the person answered last, in a line: "Not taken yet." or the yes answers. */
    public static String summary(Optional<SafetyScreen> screen) {
        return screen.map(taken -> taken.yes().isEmpty()
                        ? "Last answered: no to every question."
                        : "Last answered yes to: "
                                + String.join(
                                        "; ",
                                        taken.yes().stream().map(Symptom::label).toList()) + ".")
                .orElse("Not taken yet.");
    }
}
