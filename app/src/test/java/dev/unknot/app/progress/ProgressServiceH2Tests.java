package dev.unknot.app.progress;

import dev.unknot.app.testing.TestDatabase;

class ProgressServiceH2Tests extends ProgressServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
