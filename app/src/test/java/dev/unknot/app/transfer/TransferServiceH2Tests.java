package dev.unknot.app.transfer;

import dev.unknot.app.testing.TestDatabase;

class TransferServiceH2Tests extends TransferServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
