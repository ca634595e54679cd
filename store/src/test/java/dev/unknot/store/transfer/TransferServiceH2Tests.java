package dev.unknot.store.transfer;

import dev.unknot.store.testing.TestDatabase;

class TransferServiceH2Tests extends TransferServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
