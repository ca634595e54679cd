package dev.unknot.web.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Fills in the reset page's fields, which are the account package's own, for tests elsewhere. */
public final class ResetPasswordViewAccess {

    private ResetPasswordViewAccess() {}

    public static void choose(String password) {
        ResetPasswordView view = _get(ResetPasswordView.class);
        view.password.setValue(password);
        view.repeated.setValue(password);
        _click(view.save);
    }
}
