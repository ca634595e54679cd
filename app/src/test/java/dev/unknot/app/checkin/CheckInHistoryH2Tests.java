package dev.unknot.app.checkin;

import dev.unknot.app.testing.TestDatabase;

class CheckInHistoryH2Tests extends CheckInHistoryTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
