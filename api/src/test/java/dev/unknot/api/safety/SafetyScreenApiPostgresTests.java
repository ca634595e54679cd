package dev.unknot.api.safety;

import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.store.testing.EnabledIfPostgres;

@EnabledIfPostgres
class SafetyScreenApiPostgresTests extends SafetyScreenApiTests {

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.postgres();
    }
}
