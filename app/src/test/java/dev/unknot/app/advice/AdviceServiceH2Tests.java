package dev.unknot.app.advice;

import dev.unknot.app.testing.TestDatabase;

class AdviceServiceH2Tests extends AdviceServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
