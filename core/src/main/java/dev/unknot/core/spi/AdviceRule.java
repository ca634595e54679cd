package dev.unknot.core.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.advice.Advisory;
import dev.unknot.core.advice.History;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A rule over a person's own history that may give advice. Plugins provide rules through
 * {@link TechniquePlugin#adviceRules()}; a rule must be pure and quick, since it runs after every
 * check-in and for every Today page.
 *
 * <p>What a rule sees: the person's habits and calendar, and their check-ins of the last 56 days
 * plus their very first one ({@link History}). What a person is shown: every advisory of every
 * severity, most urgent first, in the web UI, the CLI and the API alike, labelled "Act now"
 * ({@code URGENT}), "Take care" ({@code CAUTION}) or "Good to know" ({@code INFO}).
 *
 * <p>A rule that throws, or returns {@code null} or a list holding {@code null}, is skipped; its
 * plugin keeps working but is shown as <em>degraded</em>, with the failure, and the failure is
 * logged once as one line.
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
