package dev.unknot.web.server;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.server.VaadinService;
import io.micronaut.context.BeanContext;

/**
 * Builds what Vaadin asks for from the Micronaut {@link BeanContext} when Micronaut knows the type
 * (views annotated {@code @Prototype} next to {@code @Route} get constructor injection), and the
 * way Vaadin would otherwise.
 */
public class BeanInstantiator extends DefaultInstantiator {

    private final transient BeanContext beans;

    public BeanInstantiator(VaadinService service, BeanContext beans) {
        super(service);
        this.beans = beans;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        if (beans.findBeanDefinition(type).isPresent()) {
            return beans.getBean(type);
        }
        return super.getOrCreate(type);
    }

    @Override
    public <T extends Component> T createComponent(Class<T> componentClass) {
        if (beans.findBeanDefinition(componentClass).isPresent()) {
            return beans.getBean(componentClass);
        }
        return super.createComponent(componentClass);
    }
}
