package dev.unknot.app.own;

import dev.unknot.app.testing.TestDatabase;
import dev.unknot.store.testing.EnabledIfPostgres;

@EnabledIfPostgres
class OwnExercisesPostgresTests extends OwnExercisesTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
