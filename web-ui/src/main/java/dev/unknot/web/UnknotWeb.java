package dev.unknot.web;

import dev.unknot.web.server.WebServer;
import io.micronaut.context.ApplicationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Unknot's web UI and API: a Micronaut context, then its Netty server as the front door,
 * which serves the JSON API under {@code /api} itself and passes the rest on to the Jetty server
 * that runs Vaadin on the context (see {@link WebServer}).
 *
 * <p>The port comes from {@code UNKNOT_PORT} (or the {@code unknot.port} system property),
 * 8080 by default; 0 picks a free one. Ctrl-C or SIGTERM stops both servers and closes the context.
 */
public final class UnknotWeb {

    private static final Logger LOG = LoggerFactory.getLogger(UnknotWeb.class);

    private UnknotWeb() {}

    public static void main(String[] args) {
        ApplicationContext context = ApplicationContext.builder().args(args).start();
        WebServer server;
        try {
            server = context.getBean(WebServer.class);
            server.start();
        } catch (RuntimeException e) {
            LOG.error("Unknot could not start: {}", e.getMessage());
            LOG.debug("Start-up failure", e);
            context.close();
            System.exit(1);
            return;
        }
        // Closing the context stops the server first (it is a bean with a @PreDestroy).
        Runtime.getRuntime().addShutdownHook(new Thread(context::close, "unknot-shutdown"));
        LOG.info(
                "Unknot is running at {} (the API at {}api/v1, documented at {}api/docs)",
                server.uri(),
                server.uri(),
                server.uri());
        server.join();
    }
}
