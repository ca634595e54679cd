package dev.unknot.web.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.proxy.ProxyHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Passes {@code /api/*} on to the API's own server (Micronaut on Netty, bound to the loopback
 * address), so that people need one address for the web UI and the API. Jetty's reverse proxy
 * streams bodies both ways and keeps the status, the headers ({@code Authorization} included) and
 * the path with its query as they are; it only adds {@code Via} and {@code Forwarded}.
 */
final class ApiProxy extends ProxyHandler.Reverse {

    /** The API's error body, for when the API server does not answer at all. */
    private static final String UNAVAILABLE = "{\"error\":\"unavailable\",\"field\":null,"
            + "\"message\":\"the API server did not answer; try again later\"}";

    ApiProxy(int apiPort) {
        super(request -> HttpURI.build(request.getHttpURI()).scheme("http").host("127.0.0.1").port(apiPort));
        // Jetty's defaults are kept: its own client pool, one selector, keep-alive connections.
        // Running the client on the server's pool (setUseServerThreadPool) was measured with
        // bench/api-load.sh and was no faster (361 against 513 check-ins/s on a loaded machine).
    }

    @Override
    protected void onServerToProxyResponseFailure(Request clientToProxyRequest,
            org.eclipse.jetty.client.Request proxyToServerRequest, org.eclipse.jetty.client.Response serverToProxyResponse,
            Response proxyToClientResponse, Callback proxyToClientCallback, Throwable failure) {
        if (proxyToClientResponse.isCommitted()) {
            // Part of the answer has gone out already: all that is left is to cut it short.
            super.onServerToProxyResponseFailure(clientToProxyRequest, proxyToServerRequest, serverToProxyResponse,
                    proxyToClientResponse, proxyToClientCallback, failure);
            return;
        }
        proxyToClientResponse.reset();
        proxyToClientResponse.setStatus(failure instanceof TimeoutException
                ? HttpStatus.GATEWAY_TIMEOUT_504 : HttpStatus.BAD_GATEWAY_502);
        proxyToClientResponse.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        proxyToClientResponse.write(true, ByteBuffer.wrap(UNAVAILABLE.getBytes(StandardCharsets.UTF_8)),
                proxyToClientCallback);
    }
}
