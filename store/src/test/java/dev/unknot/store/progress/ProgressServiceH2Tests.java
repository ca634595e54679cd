package dev.unknot.store.progress;

import dev.unknot.store.testing.TestDatabase;

class ProgressServiceH2Tests extends ProgressServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
