package dev.unknot.store.plan;

import dev.unknot.store.testing.TestDatabase;

class PlanServiceH2Tests extends PlanServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
