package dev.unknot.app.plugin;

import dev.unknot.app.testing.TestDatabase;
import dev.unknot.store.testing.EnabledIfPostgres;

@EnabledIfPostgres
class PluginServicePostgresTests extends PluginServiceTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
