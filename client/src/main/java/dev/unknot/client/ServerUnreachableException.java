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

    private final boolean requestMayHaveArrived;

    /**
     * @param requestMayHaveArrived whether the server may have received the request (a time-out,
     *     a lost connection) rather than certainly not (refused, unknown host)
     */
    public ServerUnreachableException(String message, Throwable network, boolean requestMayHaveArrived) {
        super(message);
        this.requestMayHaveArrived = requestMayHaveArrived;
        if (network != null) {
            addSuppressed(network);
        }
    }

    /** Whether the request may have reached the server, so that only an idempotent one should be sent again. */
    public boolean requestMayHaveArrived() {
        return requestMayHaveArrived;
    }
}
