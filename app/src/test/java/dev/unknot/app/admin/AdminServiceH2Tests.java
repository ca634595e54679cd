package dev.unknot.app.admin;

import dev.unknot.app.testing.TestDatabase;

class AdminServiceH2Tests extends AdminServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
