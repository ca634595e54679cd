package dev.unknot.app.progress;

import dev.unknot.app.testing.TestDatabase;

class StandingsH2Tests extends StandingsTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
