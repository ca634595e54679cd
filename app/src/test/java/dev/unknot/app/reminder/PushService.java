package dev.unknot.app.reminder;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A push service for tests: a real HTTP server on the loopback address that keeps every message
 * posted to {@code /push/NAME} and answers 201, or the status set for that name (410 for a
 * subscription it has dropped, 503 when it is down).
 */
final class PushService implements AutoCloseable {

    /** One message as the push service received it. */
    record Received(String path, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> answers = new ConcurrentHashMap<>();

    PushService() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/push/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body));
            int status = answers.getOrDefault(path.substring("/push/".length()), 201);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** A browser's endpoint at this service. */
    URI endpoint(String name) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/push/" + name);
    }

    /** The origin a VAPID token must name as its audience. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(String name, int status) {
        answers.put(name, status);
    }

    List<Received> received(String name) {
        return received.stream()
                .filter(one -> one.path().equals("/push/" + name))
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
