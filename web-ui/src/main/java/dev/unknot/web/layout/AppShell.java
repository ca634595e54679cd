package dev.unknot.web.layout;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/**
 * The page around every view: Unknot's theme (Lumo plus {@code themes/unknot/styles.css}, which
 * keeps Vaadin on its pre-built production bundle), the icon, and light or dark as the person
 * chose in this browser ({@link Appearance}), following the system by default.
 */
@Theme("unknot")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/unknot.svg", "any");
        settings.addMetaTag("description", "Unknot: habits that release tight back muscles and keep them loose.");
        settings.addMetaTag("color-scheme", "light dark");
        // Before the first paint, so that a dark page never flashes white.
        settings.addInlineWithContents(Inline.Position.PREPEND, Appearance.SCRIPT, Inline.Wrapping.JAVASCRIPT);
    }
}
