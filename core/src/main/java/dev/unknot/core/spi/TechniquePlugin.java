package dev.unknot.core.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.Technique;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The service interface every Unknot plugin implements: the public, versioned contract for third
 * parties.
 *
 * <p>A plugin is a plain jar that depends on {@code unknot-core} alone, contains a class
 * implementing this interface with a public no-argument constructor, and names that class in
 * {@code META-INF/services/dev.unknot.core.spi.TechniquePlugin}. Unknot finds it through
 * {@link java.util.ServiceLoader}, on the classpath or in the plugin directory
 * ({@code $UNKNOT_HOME/plugins}, or {@code UNKNOT_PLUGINS_DIR}).
 *
 * <p>Unknot calls each method once when it loads the plugin and keeps what it returned, so the
 * methods should return fixed content quickly and without side effects. The rules a plugin must
 * keep to load ({@code dev.unknot.core.plugin.PluginValidator}):
 *
 * <ul>
 *   <li>it targets an {@link SpiVersion} this Unknot runs: the same major version, a minor
 *       version no newer;
 *   <li>every technique, routine and habit template id starts with the plugin's
 *       {@link PluginDescriptor#id() id} and a slash ({@code yoga/downward-dog});
 *   <li>no id is used twice, in the plugin or across the loaded plugins (pillars included);
 *   <li>every reference resolves among the loaded plugins: a technique's pillar, a routine step's
 *       technique, a habit template's technique or routine;
 *   <li>every dose is in {@link dev.unknot.core.library.Dose sane ranges}, and a routine step
 *       does its technique on the technique's own {@link dev.unknot.core.library.Sides sides};
 *   <li>it provides at least one pillar, technique, routine or habit template;
 *   <li>every plugin its descriptor {@link PluginDescriptor#requires() requires} is loaded, at a
 *       version in range, and this Unknot's version is in its {@link PluginDescriptor#host() host range}.
 * </ul>
 *
 * <p>A plugin of content alone can also be a YAML or JSON document ({@link PluginFormat}).
 *
 * <p>A plugin that throws or breaks a rule is reported as failed, with every problem, and all
 * other plugins keep working; so is a plugin whose references only resolved through a plugin that
 * failed. The {@code unknot-plugin-tck} module checks all of this in a plugin's own build, and
 * {@code unknot plugin check JAR} checks a built jar against the installed plugins.
 *
 * <p>A plugin jar gets a class loader of its own, which looks in the jar first. A plugin may rely
 * on {@code unknot-core} and the JDK alone: it depends on {@code unknot-core} in {@code provided}
 * scope, and a library it needs goes inside its jar.
 *
 * <p>Compatibility: within one major {@link SpiVersion}, the SPI only grows, by {@code default}
 * methods, so a plugin keeps working on every later minor version.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public interface TechniquePlugin {

    /** Who this plugin is and which SPI version it was built for. */
    PluginDescriptor descriptor();

    /** Pillars this plugin introduces; most plugins add techniques to existing pillars instead. */
    default List<Pillar> pillars() {
        return List.of();
    }

    /** The techniques this plugin teaches. */
    default List<Technique> techniques() {
        return List.of();
    }

    /** Routines built from this plugin's techniques and, where useful, other plugins'. */
    default List<Routine> routines() {
        return List.of();
    }

    /** Habits this plugin suggests people adopt. */
    default List<HabitTemplate> habitTemplates() {
        return List.of();
    }

    /**
     * Rules over a person's own history that may give advice, such as the red flags that call
     * for a specialist. Unknot runs every loaded plugin's rules after each check-in; a rule that
     * throws is skipped.
     *
     * @since 0.1
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    default List<AdviceRule> adviceRules() {
        return List.of();
    }
}
