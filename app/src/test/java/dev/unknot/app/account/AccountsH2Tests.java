package dev.unknot.app.account;

import dev.unknot.app.testing.TestDatabase;

class AccountsH2Tests extends AccountsTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
