package dev.unknot.api.own;

import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.store.testing.EnabledIfPostgres;

@EnabledIfPostgres
class OwnExercisesApiPostgresTests extends OwnExercisesApiTests {

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.postgres();
    }
}
