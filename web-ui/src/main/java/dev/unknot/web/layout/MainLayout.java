package dev.unknot.web.layout;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteAliasData;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import dev.unknot.app.admin.AdminService;
import dev.unknot.web.session.SignedIn;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The frame of every page: the "Unknot" header, a menu built from the views' {@code @Menu}
 * entries, so that a new feature appears in the menu by annotating its view, and the view itself
 * inside the page's one {@code <main>} landmark. The brand is not a heading: each view's title is
 * the page's one {@code <h1>}.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Div account = new Div();
    private final Main main = new Main();

    public MainLayout() {
        setPrimarySection(Section.NAVBAR);
        account.addClassName("account");
        main.addClassName("main-content");
        main.setId("main-content");
        // A <header>: the page's banner landmark, so that a screen reader finds the brand and the account.
        Header bar = new Header(new DrawerToggle(), brand(), account);
        bar.addClassName("top-bar");
        addToNavbar(bar);
        addToDrawer(menu());
        setContent(main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    /** Who is signed in, with a way out; or a way in. The layout outlives a navigation, so this is redone on each. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        account.removeAll();
        SignedIn.current()
                .ifPresentOrElse(
                        signedIn -> {
                            Span name = new Span(signedIn.username());
                            name.addClassName("account-name");
                            Button logOut = new Button("Log out", click -> {
                                // The page leaves first: the session it would answer from ends with the sign-out.
                                UI.getCurrent().getPage().setLocation("login");
                                SignedIn.forget();
                            });
                            logOut.setId("log-out");
                            logOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                            account.add(name, logOut);
                        },
                        () -> account.add(new Anchor("login", "Sign in")));
    }

    private static Anchor brand() {
        Image logo = new Image("icons/unknot.svg", "");
        logo.addClassName("brand-logo");
        Span name = new Span("Unknot");
        name.addClassName("brand-name");
        Anchor brand = new Anchor("", logo, name);
        brand.addClassName("brand");
        return brand;
    }

    private static SideNav menu() {
        SideNav nav = new SideNav();
        nav.addClassName("main-menu");
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            if (!entry.path().isEmpty()) {
                // library/stretching still belongs to "Library".
                item.setMatchNested(true);
            }
            item.setPathAliases(aliases(entry, routes));
            nav.addItem(item);
        }
        // The administrator's page is in the menu for the administrator alone (the page itself checks again).
        SignedIn.current()
                .filter(signedIn -> VaadinService.getCurrent()
                        .getInstantiator()
                        .getOrCreate(AdminService.class)
                        .isAdmin(signedIn.personId()))
                .ifPresent(signedIn -> {
                    SideNavItem item = new SideNavItem("Administration", "admin");
                    item.setPrefixComponent(new Icon("vaadin:key"));
                    item.addClassName("admin-menu-item");
                    nav.addItem(item);
                });
        return nav;
    }

    private static Set<String> aliases(MenuEntry entry, List<RouteData> routes) {
        return routes.stream()
                .filter(route -> route.getNavigationTarget().equals(entry.menuClass()))
                .flatMap(route -> route.getRouteAliases().stream())
                .map(RouteAliasData::getTemplate)
                .collect(Collectors.toSet());
    }
}
