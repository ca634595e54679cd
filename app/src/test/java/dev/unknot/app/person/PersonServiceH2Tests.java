package dev.unknot.app.person;

import dev.unknot.app.testing.TestDatabase;

class PersonServiceH2Tests extends PersonServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
