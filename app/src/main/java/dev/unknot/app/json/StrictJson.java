package dev.unknot.app.json;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import java.util.Map;

/**
 * Configures Jackson's parser in every context the application runs in: a key given twice in one
 * object is an error, not a silent choice of one of the two values. The values' own types are read
 * strictly by {@link StrictScalars}.
 */
@ContextConfigurer
public final class StrictJson implements ApplicationContextConfigurer {

    /** The setting, as Micronaut Serde's Jackson configuration names it. */
    public static final String DUPLICATE_KEYS = "micronaut.serde.jackson.parser-features.STRICT_DUPLICATE_DETECTION";

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.properties(Map.of(DUPLICATE_KEYS, "true"));
    }
}
