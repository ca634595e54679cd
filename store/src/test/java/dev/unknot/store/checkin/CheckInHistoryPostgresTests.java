package dev.unknot.store.checkin;

import dev.unknot.store.testing.EnabledIfPostgres;
import dev.unknot.store.testing.TestDatabase;

@EnabledIfPostgres
class CheckInHistoryPostgresTests extends CheckInHistoryTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
