package dev.unknot.app.habit;

import dev.unknot.app.testing.TestDatabase;
import dev.unknot.store.testing.EnabledIfPostgres;

@EnabledIfPostgres
class HabitServicePostgresTests extends HabitServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
