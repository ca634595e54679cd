package dev.unknot.web.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import dev.unknot.web.session.PublicView;

/**
 * A plain "not found" page inside the main layout, with status 404. Views that cannot find what
 * the address names (an unknown pillar, say) reroute here with a message of their own.
 */
@ParentLayout(MainLayout.class)
@PublicView
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        addClassNames("page", "not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String message = parameter.hasCustomMessage()
                ? parameter.getCustomMessage()
                : "There is no page at /" + event.getLocation().getPath() + ".";
        removeAll();
        Paragraph text = new Paragraph(message);
        text.addClassName("not-found-message");
        Anchor home = new Anchor("library", "Back to the library");
        home.addClassName("back-link");
        add(new H1("Not found"), text, home);
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return "Not found · Unknot";
    }
}
