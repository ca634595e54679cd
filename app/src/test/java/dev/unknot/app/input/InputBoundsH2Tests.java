package dev.unknot.app.input;

import dev.unknot.app.testing.TestDatabase;

class InputBoundsH2Tests extends InputBoundsTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
