package dev.unknot.store.db;

import dev.unknot.store.testing.EnabledIfPostgres;
import dev.unknot.store.testing.TestDatabase;

@EnabledIfPostgres
class SchemaPostgresTests extends SchemaTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
