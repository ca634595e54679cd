package dev.unknot.web.library;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** Where a page sits in the library: {@code Library › Stretching}. */
class Breadcrumb extends Nav {

    Breadcrumb(RouterLink... links) {
        addClassName("breadcrumb");
        getElement().setAttribute("aria-label", "Breadcrumb");
        for (int i = 0; i < links.length; i++) {
            if (i > 0) {
                Span separator = new Span("›");
                separator.addClassName("breadcrumb-separator");
                separator.getElement().setAttribute("aria-hidden", "true");
                add(separator);
            }
            add(links[i]);
        }
    }
}
