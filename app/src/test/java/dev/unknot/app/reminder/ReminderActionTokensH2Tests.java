package dev.unknot.app.reminder;

import dev.unknot.app.testing.TestDatabase;

class ReminderActionTokensH2Tests extends ReminderActionTokensTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
