package dev.unknot.web.server;

import com.vaadin.flow.server.InitParameters;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.netty.NettyEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.ee10.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unknot's web server: Micronaut's Netty server on the public port as the front door, and an
 * embedded Jetty 12 (ee10) running Vaadin on the Micronaut context behind it.
 *
 * <p>The JSON API is the hot path, so Netty serves {@code /api} and everything under it itself;
 * {@link FrontDoor} passes every other request on to Jetty, which listens on the loopback address
 * only, on a free port, and believes the front door's forwarding headers only with this process's
 * secret ({@link FrontDoorForwarding}).
 *
 * <p>Jetty, not Micronaut, hosts the servlet: Micronaut's servlet servers are either unavailable
 * for this Micronaut version or too old for Vaadin 24 (see STACK-NOTES.md). The web application
 * is discovered the way a servlet container would: Jetty scans the web UI's, Vaadin's and Atmosphere's
 * jars on {@code java.class.path} (and {@code target/classes}, for tests) for the classes Vaadin's
 * initializers ask for, such as the {@code @Route} classes ({@link #SCANNED_CLASS_PATH}).
 * Start the server from {@code java -cp "unknot-web-ui.jar:lib/*"}: a manifest {@code Class-Path}
 * is not scanned.
 */
@Singleton
public class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /**
     * The jars and classes directories that take part in annotation scanning (and whose
     * {@code META-INF/resources} Jetty serves): the web UI's own, Vaadin's and Atmosphere's, the only
     * ones with classes that Vaadin's and Atmosphere's initializers ask for, and the ones those
     * classes extend. Scanning every jar on the class path (Micronaut, H2, Netty...) found nothing
     * more and was most of the server's start.
     */
    static final String SCANNED_CLASS_PATH =
            ".*/(unknot-web-ui[^/]*|flow-[^/]*|vaadin-[^/]*|atmosphere-runtime-[^/]*)\\.jar|.*/classes/.*";

    /** How long a session lasts without a request. */
    static final int SESSION_TIMEOUT_SECONDS = 30 * 60;

    private final BeanContext beans;
    private final String port;
    private Server jetty;
    private EmbeddedServer frontDoor;

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
    public void start() {
        start(this::webApplication);
    }

    /** Starts with {@code application} (made for the given Jetty) behind the front door instead of Vaadin. */
    synchronized void start(Function<Server, Handler> application) {
        if (jetty != null) {
            throw new IllegalStateException("the web server is already started");
        }
        int port = portNumber(this.port);
        // The front door first: a port in use fails at once, before Vaadin's few seconds of start-up.
        FrontDoor door = beans.getBean(FrontDoor.class);
        door.starting();
        EmbeddedServer netty;
        try {
            netty = frontDoor(port);
        } catch (RuntimeException e) {
            door.close();
            throw new IllegalStateException("cannot start the web server on port " + port + ": " + e.getMessage(), e);
        }
        String secret = FrontDoorForwarding.newSecret();
        Server web = webServer(application, secret);
        try {
            web.start();
        } catch (Exception e) {
            door.close();
            stopServerOnly(netty);
            stopQuietly(web);
            throw new IllegalStateException("cannot start the web UI's server: " + e.getMessage(), e);
        }
        door.open(localUri(web), secret);
        jetty = web;
        frontDoor = netty;
        LOG.info(
                "The front door listens on port {} and serves /api itself; the web UI's Jetty behind it on {}",
                netty.getPort(),
                localUri(web));
    }

    /** Jetty on the loopback address and a free port, reached through the front door only. */
    private static Server webServer(Function<Server, Handler> application, String secret) {
        Server jetty = new Server();
        HttpConfiguration http = new HttpConfiguration();
        // Neither the software nor its version in any answer.
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.addCustomizer(new FrontDoorForwarding(secret));
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        jetty.setHandler(application.apply(jetty));
        jetty.setErrorHandler(new PlainErrorPages());
        jetty.setStopTimeout(5_000);
        return jetty;
    }

    /**
     * Micronaut's Netty server on {@code port}, every address: the port is set before the server is
     * made, which reads it once. No host is set ({@code unknot.api.standalone=false} in
     * application.properties keeps the API's own default, the loopback address, away).
     */
    private EmbeddedServer frontDoor(int port) {
        HttpServerConfiguration settings = beans.getBean(HttpServerConfiguration.class);
        settings.setPort(port == 0 ? HttpServerConfiguration.DEFAULT_RANDOM_PORT : port);
        EmbeddedServer netty = beans.getBean(EmbeddedServer.class);
        netty.start();
        if (!netty.isRunning()) {
            throw new IllegalStateException("the server did not start");
        }
        return netty;
    }

    private static URI localUri(Server jetty) {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/");
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

    private Handler webApplication(Server jetty) {
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
        sessions(webapp.getSessionHandler());
        webapp.setErrorHandler(new PlainErrorPages());
        ServletHolder vaadin = new ServletHolder("vaadin", new MicronautVaadinServlet(beans));
        vaadin.setAsyncSupported(true);
        vaadin.setInitOrder(1);
        // Only dev mode collects usage statistics, and it cannot reach their host from here anyway.
        vaadin.setInitParameter(InitParameters.SERVLET_PARAMETER_DEVMODE_STATISTICS, "false");
        vaadin.setInitParameter(InitParameters.SERVLET_PARAMETER_CLOSE_IDLE_SESSIONS, "true");
        webapp.addServlet(vaadin, "/*");
        return webapp;
    }

    /** The session cookie's settings and a session's lifetime, for the web UI (and the tests' stand-in for it). */
    static void sessions(SessionHandler sessions) {
        sessions.setMaxInactiveInterval(SESSION_TIMEOUT_SECONDS);
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
    }

    /** Where the server listens (the front door), e.g. {@code http://localhost:8080/}. */
    public synchronized URI uri() {
        if (frontDoor == null) {
            throw new IllegalStateException("the web server is not started");
        }
        return URI.create("http://localhost:" + frontDoor.getPort() + "/");
    }

    /** Where Jetty listens behind the front door, e.g. {@code http://127.0.0.1:41234/}. */
    synchronized URI webApplicationUri() {
        if (jetty == null) {
            throw new IllegalStateException("the web server is not started");
        }
        return localUri(jetty);
    }

    /** Jetty behind the front door, for tests that stop it. */
    synchronized Server jetty() {
        return jetty;
    }

    /** Blocks until the server stops. */
    public void join() {
        Server running;
        synchronized (this) {
            running = jetty;
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

    /** Stops the server, the front door first; the context calls this when it closes. */
    @PreDestroy
    public synchronized void stop() {
        if (jetty != null) {
            Server web = jetty;
            EmbeddedServer netty = frontDoor;
            jetty = null;
            frontDoor = null;
            beans.getBean(FrontDoor.class).close();
            stopServerOnly(netty);
            stopQuietly(web);
            LOG.info("Unknot stopped");
        }
    }

    /** Micronaut's {@code stop()} would close the whole context too, which is the context's business. */
    private static void stopServerOnly(EmbeddedServer netty) {
        if (netty instanceof NettyEmbeddedServer server) {
            server.stopServerOnly();
        } else {
            netty.stop();
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
