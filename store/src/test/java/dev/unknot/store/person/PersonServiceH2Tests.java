package dev.unknot.store.person;

import dev.unknot.store.testing.TestDatabase;

class PersonServiceH2Tests extends PersonServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
