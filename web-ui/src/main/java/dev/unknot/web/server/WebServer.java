package dev.unknot.web.server;

import com.vaadin.flow.server.InitParameters;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Jetty 12 (ee10) server running Vaadin on the Micronaut context.
 *
 * <p>Jetty, not Micronaut, hosts the servlet: Micronaut's servlet servers are either unavailable
 * for this Micronaut version or too old for Vaadin 24 (see STACK-NOTES.md). The web application
 * is discovered the way a servlet container would: Jetty scans the jars on {@code java.class.path}
 * (and {@code target/classes}, for tests) for Vaadin's initializers and {@code @Route} classes.
 * Start the server from {@code java -cp "unknot-web-ui.jar:lib/*"}: a manifest {@code Class-Path}
 * is not scanned.
 *
 * <p>The JSON API runs on Micronaut's own HTTP server (Netty) from the same context, on the loopback
 * address and its own port ({@code UNKNOT_API_PORT}, else a free one; see
 * {@code UnknotApi.serverProperties()}); Jetty passes {@code /api/*} on to it, so one port serves both.
 */
@Singleton
public class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** Every jar and classes directory on the class path takes part in annotation scanning. */
    static final String SCANNED_CLASS_PATH = ".*\\.jar|.*/classes/.*";

    /** How long a session lasts without a request. */
    static final int SESSION_TIMEOUT_SECONDS = 30 * 60;

    private final BeanContext beans;
    private final String port;
    private Server server;
    private EmbeddedServer api;

    /**
     * @param port {@code unknot.port}, which Micronaut also reads from {@code UNKNOT_PORT}; checked
     *     on {@link #start()}, so that a bad value fails with one clear line
     */
    public WebServer(BeanContext beans, @Value("${unknot.port:8080}") String port) {
        this.beans = beans;
        this.port = port;
    }

    /**
     * Starts listening; port 0 picks a free port, which {@link #uri()} then reports.
     *
     * @throws IllegalStateException when the port is not a port number or cannot be bound
     */
    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("the web server is already started");
        }
        int port = portNumber(this.port);
        EmbeddedServer apiServer = startApi();
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setPort(port);
        jetty.addConnector(connector);
        jetty.setHandler(new ContextHandlerCollection(apiContext(apiServer.getPort()), webApplication(jetty)));
        jetty.setStopTimeout(5_000);
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly(jetty);
            apiServer.stop();
            throw new IllegalStateException("cannot start the web server on port " + port + ": " + e.getMessage(), e);
        }
        server = jetty;
        api = apiServer;
    }

    /** {@code /api} and everything under it, passed on to the API's server on {@code apiPort}. */
    static ContextHandler apiContext(int apiPort) {
        ContextHandler api = new ContextHandler(new ApiProxy(apiPort), "/api");
        // "/api" itself goes to the API too (a 404 there), not through a redirect to "/api/".
        api.setAllowNullPathInContext(true);
        return api;
    }

    private EmbeddedServer startApi() {
        EmbeddedServer apiServer = beans.getBean(EmbeddedServer.class);
        try {
            apiServer.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot start the API server: " + e.getMessage(), e);
        }
        LOG.info("The API server listens on {} (UNKNOT_API_PORT sets its port); /api/* on the web port reaches it",
                apiServer.getURL());
        return apiServer;
    }

    static int portNumber(String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new IllegalStateException(
                "UNKNOT_PORT must be a port number from 0 (any free port) to 65535, was '" + value + "'");
    }

    private WebAppContext webApplication(Server jetty) {
        WebAppContext webapp = new WebAppContext();
        webapp.setContextPath("/");
        webapp.setBaseResource(ResourceFactory.of(jetty).newClassLoaderResource("webapp"));
        webapp.setAttribute(MetaInfConfiguration.CONTAINER_JAR_PATTERN, SCANNED_CLASS_PATH);
        webapp.setConfigurationDiscovered(true);
        webapp.setThrowUnavailableOnStartupException(true);
        // Logback's own initializer would stop logging when the web application stops, which
        // silences everything said during shutdown; the JVM, not the web app, owns logging here.
        webapp.setInitParameter("logbackDisableServletContainerInitializer", "true");
        // A session ends after 30 minutes without a request; with closeIdleSessions, an open but
        // untouched tab's heartbeats do not keep it alive.
        webapp.getSessionHandler().setMaxInactiveInterval(SESSION_TIMEOUT_SECONDS);
        webapp.getSessionHandler().setHttpOnly(true);
        webapp.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        ServletHolder vaadin = new ServletHolder("vaadin", new MicronautVaadinServlet(beans));
        vaadin.setAsyncSupported(true);
        vaadin.setInitOrder(1);
        // Only dev mode collects usage statistics, and it cannot reach their host from here anyway.
        vaadin.setInitParameter(InitParameters.SERVLET_PARAMETER_DEVMODE_STATISTICS, "false");
        vaadin.setInitParameter(InitParameters.SERVLET_PARAMETER_CLOSE_IDLE_SESSIONS, "true");
        webapp.addServlet(vaadin, "/*");
        return webapp;
    }

    /** Where the server listens, e.g. {@code http://localhost:8080/}. */
    public synchronized URI uri() {
        if (server == null) {
            throw new IllegalStateException("the web server is not started");
        }
        int actualPort = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return URI.create("http://localhost:" + actualPort + "/");
    }

    /** Where the API's own server listens, e.g. {@code http://127.0.0.1:41234/}; the web port proxies {@code /api/*} to it. */
    public synchronized URI apiUri() {
        if (api == null) {
            throw new IllegalStateException("the web server is not started");
        }
        return URI.create("http://127.0.0.1:" + api.getPort() + "/");
    }

    /** Blocks until the server stops. */
    public void join() {
        Server running;
        synchronized (this) {
            running = server;
        }
        if (running == null) {
            return;
        }
        try {
            running.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the server; the context calls this when it closes. */
    @PreDestroy
    public synchronized void stop() {
        if (server != null) {
            stopQuietly(server);
            server = null;
            api.stop();
            api = null;
            LOG.info("Unknot stopped");
        }
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("Jetty did not stop cleanly", e);
        }
    }
}
