package dev.unknot.app;

import dev.unknot.app.testing.TestClock;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;

/** In tests the store's clock is a {@link TestClock}, unless a test asks for the real one. */
@Factory
class TestClockFactory {

    @Singleton
    @Replaces(bean = Clock.class, factory = AppFactory.class)
    @Requires(missingProperty = "unknot.test.real-clock")
    TestClock testClock() {
        return new TestClock();
    }
}
