package dev.unknot.store.advice;

import dev.unknot.store.testing.TestDatabase;

class AdviceServiceH2Tests extends AdviceServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
