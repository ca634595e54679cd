package dev.unknot.app.reminder;

import dev.unknot.app.testing.TestDatabase;
import dev.unknot.store.testing.EnabledIfPostgres;

@EnabledIfPostgres
class WebPushPostgresTests extends WebPushTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
