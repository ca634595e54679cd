package dev.unknot.store.progress;

import dev.unknot.store.testing.EnabledIfPostgres;
import dev.unknot.store.testing.TestDatabase;

@EnabledIfPostgres
class ProgressServicePostgresTests extends ProgressServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
