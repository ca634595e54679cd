package dev.unknot.api;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import java.util.Map;

/**
 * Configures every context the API runs in (the web server's, the tests'): the documents' rule
 * "every field is always present" (cli/JSON.md) needs serde to write nulls and empty lists, which
 * it leaves out by default. The CLI sets the same for its {@code --json}.
 */
@ContextConfigurer
public final class ApiContext implements ApplicationContextConfigurer {

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.properties(Map.of("micronaut.serde.serialization.inclusion", "always"));
    }
}
