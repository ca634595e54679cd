package dev.unknot.app.plan;

import dev.unknot.app.testing.TestDatabase;

class PlanServiceH2Tests extends PlanServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
