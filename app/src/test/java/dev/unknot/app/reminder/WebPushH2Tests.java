package dev.unknot.app.reminder;

import dev.unknot.app.testing.TestDatabase;

class WebPushH2Tests extends WebPushTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
