package dev.unknot.api.reminder;

import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.store.testing.EnabledIfPostgres;

@EnabledIfPostgres
class ReminderActionsApiPostgresTests extends ReminderActionsApiTests {

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.postgres();
    }
}
