package dev.unknot.store.habit;

import dev.unknot.store.testing.TestDatabase;

class HabitServiceH2Tests extends HabitServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
