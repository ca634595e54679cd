package dev.unknot.web.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.util.Optional;

/** The account pages' fields, which are this package's own, for tests of other features. */
public final class AccountPages {

    private AccountPages() {}

    /** What the sign-up page says instead of its form, if it refuses. */
    public static Optional<String> signUpRefusal() {
        SignUpView view = _get(SignUpView.class);
        return view.refusal.isVisible() ? Optional.of(view.refusal.getText()) : Optional.empty();
    }

    public static void signUp(String username, String password) {
        SignUpView view = _get(SignUpView.class);
        view.username.setValue(username);
        view.password.setValue(password);
        view.repeated.setValue(password);
        _click(view.create);
    }

    /** Chooses a new password on the reset page. */
    public static void choose(String password) {
        ResetPasswordView view = _get(ResetPasswordView.class);
        view.password.setValue(password);
        view.repeated.setValue(password);
        _click(view.save);
    }
}
