package dev.unknot.app.account;

import dev.unknot.app.testing.TestDatabase;

class OidcSignInH2Tests extends OidcSignInTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
