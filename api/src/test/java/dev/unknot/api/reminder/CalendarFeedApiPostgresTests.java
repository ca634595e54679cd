package dev.unknot.api.reminder;

import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.store.testing.EnabledIfPostgres;

@EnabledIfPostgres
class CalendarFeedApiPostgresTests extends CalendarFeedApiTests {

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.postgres();
    }
}
