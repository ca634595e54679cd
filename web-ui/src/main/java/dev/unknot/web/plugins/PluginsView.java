package dev.unknot.web.plugins;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.unknot.app.admin.AdminService;
import dev.unknot.app.plugin.PluginOverview;
import dev.unknot.app.plugin.PluginService;
import dev.unknot.core.plugin.FailedPlugin;
import dev.unknot.core.plugin.LoadedPlugin;
import dev.unknot.web.layout.MainLayout;
import dev.unknot.web.session.PublicView;
import dev.unknot.web.session.SignedIn;
import io.micronaut.context.annotation.Prototype;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plugins Unknot loaded, what each provides and whether it is degraded (its advice rule
 * threw), and the ones it refused, each with every problem.
 */
@Route(value = "plugins", layout = MainLayout.class)
@PageTitle("Plugins · Unknot")
@Menu(title = "Plugins", order = 90, icon = "vaadin:plug")
@Prototype
@PublicView
public class PluginsView extends Div {

    /** Whether the administrator looks: only they see where the server keeps its files. */
    private final boolean admin;

    public PluginsView(PluginService plugins, AdminService admins) {
        this.admin = SignedIn.current()
                .filter(signedIn -> admins.isAdmin(signedIn.personId()))
                .isPresent();
        PluginOverview registry = plugins.plugins();
        addClassNames("page", "plugins-page");
        Paragraph lead = new Paragraph(summary(registry));
        lead.addClassName("lead");
        Paragraph directory = admin
                ? new Paragraph(
                        new Text("To add a plugin, put its jar in "),
                        new Code(registry.pluginsDir().toString()),
                        new Text(" and restart Unknot."))
                : new Paragraph("The administrator of this Unknot adds plugins.");
        directory.addClassName("plugins-directory");
        add(new H1("Plugins"), lead, directory);
        if (!registry.failed().isEmpty()) {
            add(failed(registry.failed()));
        }
        add(loaded(registry));
    }

    private static String summary(PluginOverview registry) {
        String loaded = count(registry.loaded().size(), "plugin", "plugins") + " loaded";
        if (!registry.degraded().isEmpty()) {
            loaded += " (" + registry.degraded().size() + " degraded)";
        }
        return registry.failed().isEmpty()
                ? loaded + "."
                : loaded + ", " + registry.failed().size() + " could not be loaded.";
    }

    private Component loaded(PluginOverview registry) {
        List<LoadedPlugin> plugins = registry.loaded();
        Section section = section("Loaded", "loaded-plugins");
        if (plugins.isEmpty()) {
            section.add(new Paragraph("No plugin is loaded, so the library is empty."));
            return section;
        }
        Div cards = new Div();
        cards.addClassNames("cards", "plugin-cards");
        plugins.forEach(plugin -> cards.add(loadedCard(plugin, registry.degraded(plugin.id()))));
        section.add(cards);
        return section;
    }

    private Component loadedCard(LoadedPlugin plugin, Optional<String> degraded) {
        Div card = new Div();
        card.addClassNames("card", "plugin-card");
        card.getElement().setAttribute("data-plugin-id", plugin.id());
        H3 name = new H3(plugin.descriptor().name());
        name.addClassName("card-title");
        Span version = new Span("v" + plugin.descriptor().version());
        version.addClassNames("tag", "tag-primary", "plugin-version");
        Div heading = new Div(name, version);
        heading.addClassName("card-heading");
        degraded.ifPresent(reason -> {
            card.addClassName("degraded-plugin-card");
            Span tag = new Span("Degraded");
            tag.addClassNames("tag", "tag-warning", "plugin-health");
            heading.add(tag);
        });

        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        fact(facts, "Id", new Code(plugin.id()));
        fact(facts, "Author", new Span(plugin.descriptor().author()));
        fact(facts, "Plugin SPI", new Span(plugin.descriptor().spiVersion().toString()));
        fact(facts, "Provides", new Span(provides(plugin)));
        fact(facts, "Source", source(plugin.source()));
        card.add(heading);
        degraded.ifPresent(reason -> {
            Paragraph why = new Paragraph(
                    "Part of this plugin failed while Unknot ran, so it is skipped; the rest still works: " + reason);
            why.addClassName("degraded-reason");
            card.add(why);
        });
        card.add(facts);
        return card;
    }

    private static String provides(LoadedPlugin plugin) {
        List<String> parts = new ArrayList<>();
        parts.add(count(plugin.pillars().size(), "pillar", "pillars"));
        parts.add(count(plugin.techniques().size(), "technique", "techniques"));
        parts.add(count(plugin.routines().size(), "routine", "routines"));
        parts.add(count(plugin.habitTemplates().size(), "habit template", "habit templates"));
        return String.join(" · ", parts);
    }

    private Component failed(List<FailedPlugin> failures) {
        Section section = section("Could not be loaded", "failed-plugins");
        Div cards = new Div();
        cards.addClassNames("cards", "plugin-cards");
        for (FailedPlugin failure : failures) {
            Div card = new Div();
            card.addClassNames("card", "failed-plugin-card");
            H3 name = new H3(failure.pluginId().orElseGet(() -> fileName(failure.source())));
            name.addClassName("card-title");
            // Every problem, so that an author fixes them all in one round.
            UnorderedList problems = new UnorderedList();
            problems.addClassName("failure-problems");
            failure.problems().forEach(problem -> {
                ListItem item = new ListItem(problem);
                item.addClassName("failure-reason");
                problems.add(item);
            });
            DescriptionList facts = new DescriptionList();
            facts.addClassName("facts");
            fact(facts, "Source", source(failure.source()));
            card.add(name, problems, facts);
            cards.add(card);
        }
        section.add(cards);
        return section;
    }

    /** The jar's file name: where the server keeps its files is the administrator's business alone. */
    private Component source(String source) {
        Code code = new Code(admin ? source : fileName(source));
        code.addClassName("plugin-source");
        return code;
    }

    private static String fileName(String source) {
        try {
            Path file = Path.of(source).getFileName();
            return file == null ? source : file.toString();
        } catch (RuntimeException e) {
            return source;
        }
    }

    private static void fact(DescriptionList facts, String term, Component value) {
        facts.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private static Section section(String heading, String className) {
        Section section = new Section(new H2(heading));
        section.addClassNames("page-section", className);
        return section;
    }

    private static String count(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
