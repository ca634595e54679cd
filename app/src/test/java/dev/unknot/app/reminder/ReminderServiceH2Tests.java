package dev.unknot.app.reminder;

import dev.unknot.app.testing.TestDatabase;

class ReminderServiceH2Tests extends ReminderServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
