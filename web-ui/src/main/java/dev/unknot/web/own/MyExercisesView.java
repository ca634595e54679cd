package dev.unknot.web.own;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.unknot.app.catalogue.Catalogue;
import dev.unknot.app.own.OwnExercises;
import dev.unknot.app.own.OwnExport;
import dev.unknot.app.own.OwnImport;
import dev.unknot.app.person.PersonId;
import dev.unknot.core.library.BodyArea;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Sides;
import dev.unknot.core.library.Technique;
import dev.unknot.core.plugin.Library;
import dev.unknot.web.layout.MainLayout;
import dev.unknot.web.session.SignedIn;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.context.annotation.Prototype;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * My exercises at {@code my-exercises}: the signed-in person's own techniques and routines, each
 * with its id ({@code my/<slug>}), to change, remove, use in a habit or play; and the file to
 * share them as, and the upload that imports one. Every rule is {@link OwnExercises}'.
 */
@Route(value = "my-exercises", layout = MainLayout.class)
@PageTitle("My exercises · Unknot")
@Prototype
public class MyExercisesView extends Div implements BeforeEnterObserver {

    /** The largest file the import takes: a data plugin is text, a few kilobytes. */
    static final long MAX_IMPORT_BYTES = 1024 * 1024;

    private final OwnExercises own;
    private final Catalogue catalogue;
    final Button newTechnique = new Button("New technique");
    final Button newRoutine = new Button("New routine");
    final Div techniques = new Div();
    final Div routines = new Div();
    final Div report = new Div();

    public MyExercisesView(OwnExercises own, Catalogue catalogue) {
        this.own = own;
        this.catalogue = catalogue;
        addClassNames("page", "my-exercises-page");
        Paragraph lead = new Paragraph("Techniques and routines of your own, such as the exercises a physiotherapist"
                + " gave you. Only you see them; use them in a habit and play them like any other.");
        lead.addClassName("lead");
        newTechnique.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newTechnique.addClassName("new-technique");
        newTechnique.addClickListener(click -> edit(Optional.empty()));
        newRoutine.addClassName("new-routine");
        newRoutine.addClickListener(click -> editRoutine(Optional.empty()));
        Div actions = new Div(newTechnique, newRoutine);
        actions.addClassName("own-actions");
        techniques.addClassNames("cards", "own-techniques");
        routines.addClassNames("cards", "own-routines");
        report.addClassName("import-report");
        add(new H1("My exercises"), lead, actions);
        add(section("Techniques", "own-technique-section", techniques));
        add(section("Routines", "own-routine-section", routines));
        add(share());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    void show() {
        PersonId person = SignedIn.person();
        Catalogue.Own mine = own.list(person);
        Library library = catalogue.of(person);
        techniques.removeAll();
        routines.removeAll();
        if (mine.techniques().isEmpty()) {
            techniques.add(new Paragraph("No techniques of your own yet: make one with 'New technique'."));
        }
        mine.techniques().forEach(technique -> techniques.add(card(technique)));
        if (mine.routines().isEmpty()) {
            routines.add(new Paragraph("No routines of your own yet: put built-in techniques and yours in order"
                    + " with 'New routine'."));
        }
        mine.routines().forEach(routine -> routines.add(card(routine, library)));
        newRoutine.setEnabled(true);
    }

    private Component card(Technique technique) {
        Div card = new Div();
        card.addClassNames("card", "own-technique");
        card.getElement().setAttribute("data-id", technique.id().value());
        Span id = new Span(technique.id().value());
        id.addClassName("own-id");
        Paragraph dose = new Paragraph(technique.dose().describe()
                + (technique.sides() == Sides.EACH_SIDE ? ", each side" : "") + " · "
                + technique.bodyAreas().stream().map(BodyArea::label).collect(Collectors.joining(", ")));
        dose.addClassName("own-dose");
        UnorderedList steps = new UnorderedList();
        technique.steps().forEach(step -> steps.add(new ListItem(step)));
        card.add(new H3(technique.name()), id, dose, steps);
        if (!technique.cautions().isEmpty()) {
            Paragraph cautions = new Paragraph("Take care: " + String.join(" ", technique.cautions()));
            cautions.addClassName("own-cautions");
            card.add(cautions);
        }
        Button edit = new Button("Edit", click -> edit(Optional.of(technique)));
        edit.addClassName("edit-own");
        Button remove = new Button("Delete", click -> remove(technique.id().value(), technique.name()));
        remove.addClassName("remove-own");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Anchor habit = new Anchor("habits?technique=" + technique.id().value(), "Use in a habit");
        habit.addClassName("own-habit");
        Anchor page = new Anchor("library/" + technique.id().value(), "Open");
        Div buttons = new Div(edit, habit, page, remove);
        buttons.addClassName("card-actions");
        card.add(buttons);
        return card;
    }

    private Component card(Routine routine, Library library) {
        Div card = new Div();
        card.addClassNames("card", "own-routine");
        card.getElement().setAttribute("data-id", routine.id().value());
        Span id = new Span(routine.id().value());
        id.addClassName("own-id");
        UnorderedList steps = new UnorderedList();
        for (RoutineStep step : routine.steps()) {
            String name = library.technique(step.technique())
                    .map(Technique::name)
                    .orElse(step.technique().value());
            steps.add(new ListItem(
                    name + ": " + step.dose().describe() + (step.sides() == Sides.EACH_SIDE ? ", each side" : "")));
        }
        Paragraph summary = new Paragraph(routine.summary());
        card.add(new H3(routine.name()), id, summary, steps);
        Anchor play = new Anchor("routine/" + routine.id().value(), "Play");
        play.addClassName("own-play");
        Anchor habit = new Anchor("habits?routine=" + routine.id().value(), "Use in a habit");
        habit.addClassName("own-habit");
        Button edit = new Button("Edit", click -> editRoutine(Optional.of(routine)));
        edit.addClassName("edit-own");
        Button remove = new Button("Delete", click -> remove(routine.id().value(), routine.name()));
        remove.addClassName("remove-own");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(play, edit, habit, remove);
        buttons.addClassName("card-actions");
        card.add(buttons);
        return card;
    }

    /** Opens the technique editor; null in tests that drive it without a browser. */
    TechniqueEditor edit(Optional<Technique> technique) {
        TechniqueEditor editor = new TechniqueEditor(own, catalogue.shared(), technique, saved -> {
            show();
            Notification.show(
                    "Saved " + saved.name() + " as " + saved.id() + ".", 3000, Notification.Position.BOTTOM_CENTER);
        });
        editor.open();
        return editor;
    }

    RoutineEditor editRoutine(Optional<Routine> routine) {
        RoutineEditor editor = new RoutineEditor(own, catalogue.of(SignedIn.person()), routine, saved -> {
            show();
            Notification.show(
                    "Saved " + saved.name() + " as " + saved.id() + ".", 3000, Notification.Position.BOTTOM_CENTER);
        });
        editor.open();
        return editor;
    }

    /** Removes one, or says in a notice what still uses it. */
    void remove(String id, String name) {
        try {
            own.remove(SignedIn.person(), id);
            Notification.show("Deleted " + name + ".", 3000, Notification.Position.BOTTOM_CENTER);
        } catch (ConflictException e) {
            Notification notice = Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE);
            notice.addClassName("own-conflict");
        }
        show();
    }

    private Section share() {
        PersonId person = SignedIn.current().map(SignedIn::personId).orElse(null);
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    // The person is fixed when the page is built: the download can act for nobody else.
                    OwnExport file = own.export(person, Optional.empty());
                    byte[] bytes = file.text().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), file.fileName(), "application/yaml", bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                "Download them as a file");
        export.addClassName("own-export");
        export.setTarget(AnchorTarget.BLANK);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> importFile(new String(bytes, StandardCharsets.UTF_8))))));
        upload.setAcceptedFileTypes(".yaml", ".yml", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_IMPORT_BYTES);
        upload.addClassName("own-import");
        Paragraph help = new Paragraph("Share your exercises as a file (a data plugin, see the docs), for someone"
                + " else to import into their own account. Importing a file adds its techniques and routines to"
                + " yours, each as my/ and its name; one you already have is skipped.");
        Section section = new Section(new H2("Share and import"), help, export, upload, report);
        section.addClassNames("page-section", "own-share");
        return section;
    }

    /** Imports {@code text} and says what was added and skipped. */
    void importFile(String text) {
        report.removeAll();
        try {
            OwnImport imported = own.importFile(SignedIn.person(), text);
            report.add(new Paragraph("Added " + imported.added().size() + ", skipped "
                    + imported.skipped().size() + "."));
            UnorderedList items = new UnorderedList();
            imported.added()
                    .forEach(item ->
                            items.add(new ListItem("Added " + item.kind() + " " + item.name() + " as " + item.id())));
            imported.skipped()
                    .forEach(item -> items.add(
                            new ListItem("Skipped " + item.kind() + " " + item.name() + ": " + item.reason())));
            report.add(items);
        } catch (InvalidInputException e) {
            Paragraph error = new Paragraph(e.getMessage());
            error.addClassName("import-error");
            report.add(error);
        }
        show();
    }

    private static Section section(String heading, String className, Component content) {
        Section section = new Section(new H2(heading), content);
        section.addClassNames("page-section", className);
        return section;
    }
}
