package dev.unknot.web.layout;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/**
 * The page around every view: Unknot's theme (Lumo plus {@code themes/unknot/styles.css}, which
 * keeps Vaadin on its pre-built production bundle), the icon, and light or dark as the person
 * chose in this browser ({@link Appearance}), following the system by default; and what makes it
 * installable as an app (webapp/manifest.webmanifest, webapp/unknot-sw.js).
 */
@Theme("unknot")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/unknot.svg", "any");
        settings.addMetaTag("description", "Unknot: habits that release tight back muscles and keep them loose.");
        settings.addMetaTag("color-scheme", "light dark");
        // Installable as an app: a manifest, icons and a service worker, all plain static files.
        // The worker has a name of its own: the pre-built bundle's /sw.js is Vaadin's, which
        // expects a precache list only @PWA's build writes.
        settings.addLink("manifest", "manifest.webmanifest");
        settings.addMetaTag("theme-color", "#1f7a70");
        settings.addLink("apple-touch-icon", "icons/unknot-192.png");
        settings.addInlineWithContents(
                Inline.Position.APPEND,
                "if ('serviceWorker' in navigator) { navigator.serviceWorker.register('unknot-sw.js').catch(function () {}); }",
                Inline.Wrapping.JAVASCRIPT);
        // Before the first paint, so that a dark page never flashes white.
        settings.addInlineWithContents(Inline.Position.PREPEND, Appearance.SCRIPT, Inline.Wrapping.JAVASCRIPT);
    }
}
