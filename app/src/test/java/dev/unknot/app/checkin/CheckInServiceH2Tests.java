package dev.unknot.app.checkin;

import dev.unknot.app.testing.TestDatabase;

class CheckInServiceH2Tests extends CheckInServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
