package dev.unknot.web.server;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.BeanContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Vaadin's servlet service with a Micronaut {@link BeanInstantiator} and static resources that
 * also work from inside a jar.
 */
public class MicronautVaadinService extends VaadinServletService {

    private final transient BeanContext beans;

    public MicronautVaadinService(VaadinServlet servlet, DeploymentConfiguration configuration, BeanContext beans) {
        super(servlet, configuration);
        this.beans = beans;
    }

    @Override
    protected Instantiator createInstantiator() {
        return new BeanInstantiator(this, beans);
    }

    /**
     * Vaadin checks that a static resource exists with {@code Path.of(url.toURI())} under Jetty 12,
     * which throws {@code FileSystemNotFoundException} for {@code jar:} URLs; open those instead.
     */
    @Override
    public URL getStaticResource(String path) {
        URL url;
        try {
            url = getServlet().getServletContext().getResource(path);
        } catch (MalformedURLException e) {
            return null;
        }
        return url != null && exists(url) ? url : null;
    }

    static boolean exists(URL url) {
        if ("file".equals(url.getProtocol())) {
            try {
                return Files.isRegularFile(Path.of(url.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return false;
            }
        }
        try (InputStream ignored = url.openStream()) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
