package dev.unknot.store.plan;

import dev.unknot.store.testing.EnabledIfPostgres;
import dev.unknot.store.testing.TestDatabase;

@EnabledIfPostgres
class PlanServicePostgresTests extends PlanServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
