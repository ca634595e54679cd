package dev.unknot.app.admin;

/** An administrator's action asked for by someone else: the API answers 403, the web UI shows nothing of it. */
public final class NotAdministratorException extends RuntimeException {

    public NotAdministratorException() {
        super("only the administrator of this Unknot may do this", null, false, false);
    }
}
