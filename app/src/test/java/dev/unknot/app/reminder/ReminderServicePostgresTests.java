package dev.unknot.app.reminder;

import dev.unknot.app.testing.TestDatabase;
import dev.unknot.store.testing.EnabledIfPostgres;

@EnabledIfPostgres
class ReminderServicePostgresTests extends ReminderServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
