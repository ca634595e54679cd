package dev.unknot.store.checkin;

import dev.unknot.store.testing.TestDatabase;

class CheckInHistoryH2Tests extends CheckInHistoryTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
