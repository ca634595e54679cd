package dev.unknot.store.token;

import dev.unknot.store.testing.TestDatabase;

class TokenServiceH2Tests extends TokenServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
