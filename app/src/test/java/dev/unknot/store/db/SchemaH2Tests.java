package dev.unknot.store.db;

import dev.unknot.app.testing.TestDatabase;

class SchemaH2Tests extends SchemaTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
