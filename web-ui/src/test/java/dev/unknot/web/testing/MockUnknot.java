package dev.unknot.web.testing;

import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockInstantiator;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.auth.MenuAccessControl;
import dev.unknot.web.server.BeanInstantiator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.BeanContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Vaadin without a browser or a server (Karibu-Testing), on a real Micronaut context: views are
 * built by the same {@link BeanInstantiator} the running application uses.
 */
public final class MockUnknot {

    private static final Routes ROUTES = routes();

    private MockUnknot() {}

    /** A Micronaut context whose data and plugin directory live in {@code home}. */
    public static ApplicationContext context(Path home) {
        return context(home, Map.of());
    }

    public static ApplicationContext context(Path home, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("unknot.home", home.toString());
        return ApplicationContext.run(all);
    }

    /** Opens a mocked UI; call {@link #tearDown()} after each test. */
    public static void setUp(BeanContext beans) {
        MockVaadin.setup(MockedUI::new, new MicronautMockServlet(ROUTES, beans));
    }

    public static void tearDown() {
        MockVaadin.tearDown();
    }

    public static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /** The component the UI shows now, inside its layout. */
    public static HasElement currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private static Routes routes() {
        Routes routes = new Routes().autoDiscoverViews("dev.unknot.web");
        // Our own not-found page replaces Karibu's, which throws instead of rendering.
        routes.getErrorRoutes().remove(MockRouteNotFoundError.class);
        return routes;
    }

    private static final class MicronautMockServlet extends MockVaadinServlet {

        private final transient BeanContext beans;

        MicronautMockServlet(Routes routes, BeanContext beans) {
            super(routes, MockedUI::new);
            this.beans = beans;
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                throws ServiceException {
            VaadinServletService service = new MockService(this, configuration, MockedUI::new) {
                private BeanInstantiator instantiator;

                @Override
                protected Instantiator createInstantiator() {
                    instantiator = new BeanInstantiator(this, beans);
                    return instantiator;
                }

                @Override
                public Instantiator getInstantiator() {
                    // Karibu's wrapper (Kotlin delegation) skips Java default methods, whose
                    // interface versions would try to instantiate these interfaces.
                    return new MockInstantiator(super.getInstantiator()) {
                        @Override
                        public I18NProvider getI18NProvider() {
                            return instantiator.getI18NProvider();
                        }

                        @Override
                        public MenuAccessControl getMenuAccessControl() {
                            return instantiator.getMenuAccessControl();
                        }
                    };
                }
            };
            service.init();
            getRoutes().register((VaadinServletContext) service.getContext());
            return service;
        }
    }
}
