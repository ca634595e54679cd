package dev.unknot.client;

import org.apiguardian.api.API;

/**
 * The server answered with something other than what the API promises for a well-formed request:
 * 401 (the token is unknown or revoked), a 5xx, or a body that is not the API's. One line, naming
 * the server.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ServerRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ServerRefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status, e.g. 401. */
    public int status() {
        return status;
    }

    /** Whether the server refused the token (401). */
    public boolean unauthorized() {
        return status == 401;
    }
}
