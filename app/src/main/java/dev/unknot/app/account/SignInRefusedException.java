package dev.unknot.app.account;

/** A sign-in that did not succeed, with the message to show (never which of username or password was wrong). */
public class SignInRefusedException extends RuntimeException {

    public SignInRefusedException(String message) {
        super(message, null, false, false);
    }
}
