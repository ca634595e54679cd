package dev.unknot.app.own;

import dev.unknot.app.testing.TestDatabase;

class OwnExercisesH2Tests extends OwnExercisesTests {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
