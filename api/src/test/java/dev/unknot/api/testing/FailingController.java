package dev.unknot.api.testing;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** A route with a bug, on the test class path only: what an unexpected failure looks like from outside. */
@Controller("/api/v1/test-failure")
class FailingController {

    static final String SECRET_DETAIL = "connection string jdbc:postgresql://db/secret?password=hunter2";

    @Get
    String fail() {
        throw new IllegalStateException(SECRET_DETAIL);
    }
}
