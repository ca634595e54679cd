package dev.unknot.api.reminder;

import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.store.testing.EnabledIfPostgres;

@EnabledIfPostgres
class PushApiPostgresTests extends PushApiTests {

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.postgres();
    }
}
