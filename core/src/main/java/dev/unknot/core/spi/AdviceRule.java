package dev.unknot.core.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.advice.Advisory;
import dev.unknot.core.advice.History;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A rule over a person's own history that may give advice. Plugins provide rules through
 * {@link TechniquePlugin#adviceRules()}; a rule must be pure and quick, since
 * it runs after every check-in.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface AdviceRule {

    /** A namespaced id such as {@code specialist/red-flags}. */
    String id();

    /** The advice this history calls for; empty when none. */
    List<Advisory> assess(History history);
}
