package dev.unknot.store.checkin;

import dev.unknot.store.testing.TestDatabase;

class CheckInServiceH2Tests extends CheckInServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
