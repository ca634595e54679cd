package dev.unknot.web.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.unknot.app.tracker.Outages;

/**
 * Says so in a person's words when an action fails because the database cannot be reached
 * (nothing of it was saved), instead of failing silently; other failures go to Vaadin's default
 * handling, which logs them. Pages that fail to open get {@link FailurePage}. Registered in
 * {@code META-INF/services}.
 */
public class OutageNotice implements VaadinServiceInitListener {

    static final String MESSAGE =
            "Unknot cannot reach its database right now, so this was not saved. Try again in a minute.";

    private static final DefaultErrorHandler DEFAULT = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(OutageNotice::handle));
    }

    static void handle(ErrorEvent error) {
        UI ui = UI.getCurrent();
        if (ui != null && Outages.of(error.getThrowable()).isPresent()) {
            Notification notice = new Notification(MESSAGE, 8_000, Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notice.addClassName("outage-notice");
            notice.open();
            return;
        }
        DEFAULT.error(error);
    }
}
