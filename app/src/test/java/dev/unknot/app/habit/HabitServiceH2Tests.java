package dev.unknot.app.habit;

import dev.unknot.app.testing.TestDatabase;

class HabitServiceH2Tests extends HabitServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
