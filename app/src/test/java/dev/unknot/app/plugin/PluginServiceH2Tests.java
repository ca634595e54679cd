package dev.unknot.app.plugin;

import dev.unknot.app.testing.TestDatabase;

class PluginServiceH2Tests extends PluginServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
