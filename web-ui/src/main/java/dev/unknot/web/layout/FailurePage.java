package dev.unknot.web.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import dev.unknot.app.tracker.Outages;
import dev.unknot.web.session.PublicView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page for a failure while a page opens, instead of Vaadin's own: when the database cannot be
 * reached, a plain page that says so (503) and that reloading later is enough; for anything else, a
 * plain "something went wrong" (500) with the cause in the log only. It has no layout around it:
 * the main layout may need the database itself.
 */
@PublicView
public class FailurePage extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(FailurePage.class);

    private String title = "Something went wrong · Unknot";

    public FailurePage() {
        addClassNames("page", "failure-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        Anchor again = new Anchor(event == null ? "" : event.getLocation().getPathWithQueryParameters(), "Try again");
        again.addClassName("back-link");
        if (Outages.of(parameter.getCaughtException()).isPresent()) {
            LOG.warn("A page could not open: the database is unavailable");
            title = "Unavailable · Unknot";
            add(
                    new H2("Unknot cannot reach its database"),
                    new Paragraph("Your habits and check-ins are safe: everything saved before is still there. "
                            + "Nothing was changed just now. Try again in a minute."),
                    again);
            return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
        }
        LOG.error("A page failed to open", parameter.getCaughtException());
        title = "Something went wrong · Unknot";
        add(
                new H2("Something went wrong"),
                new Paragraph("This page could not be shown. The cause is in the server's log."),
                again);
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
