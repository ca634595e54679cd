package dev.unknot.app.token;

import dev.unknot.app.testing.TestDatabase;

class TokenServiceH2Tests extends TokenServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
