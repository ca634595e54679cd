package dev.unknot.web.packaged;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core, from its WebJar on the test class path, run on the page a browser shows: the
 * accessibility audit of the browser tests.
 *
 * <p>A violation fails when its impact is serious or critical, and also, whatever axe rates it,
 * when it breaks one of {@link #ALWAYS_FAILS}: a screen reader's person finds their way by
 * landmarks and headings, which axe rates only moderate.
 */
final class Axe {

    /** The WCAG 2.1 A and AA rules, and axe's best practices (landmarks, heading order, regions). */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    /** Rules that fail at any impact. */
    static final Set<String> ALWAYS_FAILS = Set.of(
            "label",
            "button-name",
            "link-name",
            "heading-order",
            "landmark-one-main",
            "landmark-unique",
            "landmark-no-duplicate-main",
            "landmark-main-is-top-level",
            "landmark-banner-is-top-level",
            "landmark-contentinfo-is-top-level",
            "landmark-complementary-is-top-level",
            "page-has-heading-one",
            "region",
            "color-contrast",
            "tabindex",
            "aria-allowed-attr",
            "aria-required-attr",
            "aria-valid-attr-value",
            "duplicate-id-aria",
            "nested-interactive");

    /**
     * Rules left out, each with its reason; none is today. Every other rule of {@link #TAGS} runs.
     */
    static final Map<String, String> DISABLED = Map.of();

    /*
     * Left out of the page audited: vaadin-connection-indicator, Vaadin's own element that shows
     * only while the server is slow to answer, outside any landmark (axe's "region").
     */

    private static final String SCRIPT = load();

    private Axe() {}

    /** One rule broken on one page: the rule, its impact, what axe says and where. */
    record Violation(String page, String rule, String impact, String help, List<String> targets) {

        boolean fails() {
            return FAILING_IMPACTS.contains(impact) || ALWAYS_FAILS.contains(rule);
        }

        @Override
        public String toString() {
            return page + ": " + rule + " (" + impact + ") " + help + " at " + targets;
        }
    }

    /** Audits the page {@code browser} shows; {@code page} names it in the findings. */
    @SuppressWarnings("unchecked")
    static List<Violation> audit(WebDriver browser, String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("if (!window.axe) { " + SCRIPT + "\n}");
        StringBuilder disabled = new StringBuilder("{");
        DISABLED.keySet().forEach(rule -> disabled.append("'").append(rule).append("': {enabled: false},"));
        disabled.append("}");
        Object result = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run({exclude: [['vaadin-connection-indicator']]}, {runOnly: {type: 'tag', values: arguments[0]}, rules: "
                        + disabled
                        + ", resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => ({rule: v.id, impact: v.impact || 'minor', help: v.help,"
                        + " targets: v.nodes.map(n => n.target.join(' >>> ') + ' ' + (n.failureSummary || '')"
                        + ".replace(/\\s+/g, ' ').slice(0, 300))}))))"
                        + ".catch(e => done('failed: ' + e));",
                TAGS);
        if (result instanceof String failure) {
            throw new IllegalStateException("axe did not run on " + page + ": " + failure);
        }
        return ((List<Map<String, Object>>) result)
                .stream()
                        .map(v -> new Violation(
                                page, (String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"), (List<
                                                String>)
                                        v.get("targets")))
                        .toList();
    }

    private static String load() {
        String path = "META-INF/resources/webjars/axe-core/" + version() + "/axe.min.js";
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no " + path + " on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WebJar's version, from its Maven properties, so that a new version needs no change here. */
    private static String version() {
        try (InputStream in = Axe.class
                .getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the axe-core WebJar is not on the test class path", e);
        }
    }
}
