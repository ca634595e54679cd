package dev.unknot.app.transfer;

import dev.unknot.app.testing.TestDatabase;

class HistoryImportH2Tests extends HistoryImportTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
