package dev.unknot.store.habit;

import dev.unknot.store.testing.EnabledIfPostgres;
import dev.unknot.store.testing.TestDatabase;

@EnabledIfPostgres
class HabitServicePostgresTests extends HabitServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
