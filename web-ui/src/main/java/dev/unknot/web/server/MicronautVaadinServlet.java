package dev.unknot.web.server;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.BeanContext;

/** Vaadin's servlet with a service that builds views and components through Micronaut. */
public class MicronautVaadinServlet extends VaadinServlet {

    private final transient BeanContext beans;

    public MicronautVaadinServlet(BeanContext beans) {
        this.beans = beans;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new MicronautVaadinService(this, configuration, beans);
        service.init();
        return service;
    }
}
