package dev.unknot.web.safety;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.unknot.core.advice.Advisory;
import java.util.List;

/**
 * Urgent advice and emergencies are not tips: a dialog that stays until the person says they have
 * read it, headed as an emergency when one is among them.
 */
public final class UrgentAdvice {

    private UrgentAdvice() {}

    /** The advisories that need acknowledging: emergencies and urgent ones. */
    public static List<Advisory> needingAcknowledgement(List<Advisory> advice) {
        return advice.stream()
                .filter(advisory -> advisory.severity() == Advisory.Severity.EMERGENCY
                        || advisory.severity() == Advisory.Severity.URGENT)
                .toList();
    }

    /** Opens the dialog for those of {@code advice} that need it; nothing when none do. */
    public static void acknowledge(List<Advisory> advice) {
        List<Advisory> urgent = needingAcknowledgement(advice);
        if (urgent.isEmpty()) {
            return;
        }
        boolean emergency = urgent.stream().anyMatch(advisory -> advisory.severity() == Advisory.Severity.EMERGENCY);
        Dialog dialog = new Dialog();
        dialog.addClassName("urgent-advice");
        if (emergency) {
            dialog.addClassName("emergency-advice");
        }
        dialog.setHeaderTitle(emergency ? "Emergency: get care now" : "Act now");
        dialog.setCloseOnEsc(false);
        dialog.setCloseOnOutsideClick(false);
        urgent.forEach(advisory -> {
            H3 title = new H3(advisory.title());
            if (advisory.severity() == Advisory.Severity.EMERGENCY) {
                title.addClassName("emergency-title");
            }
            dialog.add(title, new Paragraph(advisory.message()));
        });
        Button understood = new Button("I understand", click -> dialog.close());
        understood.addClassName("acknowledge-advice");
        understood.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (emergency) {
            understood.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        dialog.getFooter().add(understood);
        dialog.open();
    }
}
