package dev.unknot.client;

import org.apiguardian.api.API;

/**
 * The server did not answer: refused, timed out, unknown host. The message names the server and
 * what happened, on one line; the network's own exception is attached as suppressed (shown with
 * {@code --verbose}), not as the cause, so that the one line stays readable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ServerUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServerUnreachableException(String message, Throwable network) {
        super(message);
        if (network != null) {
            addSuppressed(network);
        }
    }
}
