package dev.unknot.web.settings;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.transfer.HistoryImport;
import dev.unknot.app.transfer.ImportSummary;
import dev.unknot.app.transfer.TransferService;
import dev.unknot.web.layout.Appearance;
import dev.unknot.web.layout.MainLayout;
import dev.unknot.web.session.SignedIn;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.context.annotation.Prototype;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The person's calendar (time zone and the hour their day starts), their data out and in, reminders, and their API tokens. */
@Route(value = "settings", layout = MainLayout.class)
@PageTitle("Settings · Unknot")
@Menu(title = "Settings", order = 80, icon = "vaadin:cog")
@Prototype
public class SettingsView extends Div implements BeforeEnterObserver {

    static final int MAX_IMPORT_BYTES = 20 * 1024 * 1024;

    private final PersonService people;
    private final TransferService transfer;
    private final HistoryImport imports;

    final ComboBox<String> zone = new ComboBox<>("Time zone");
    final TimePicker dayStart = new TimePicker("My day starts at");
    final Button save = new Button("Save");
    final Checkbox cueSound = new Checkbox("Sound cues in the routine player");

    private final PasswordSection password;
    private final AccessTokensSection accessTokens;
    private final ProviderSection provider;
    private final RemindersSection reminders;

    public SettingsView(
            PersonService people,
            TransferService transfer,
            HistoryImport imports,
            PasswordSection password,
            AccessTokensSection accessTokens,
            ProviderSection provider,
            RemindersSection reminders) {
        this.people = people;
        this.transfer = transfer;
        this.imports = imports;
        this.password = password;
        this.accessTokens = accessTokens;
        this.provider = provider;
        this.reminders = reminders;
        addClassNames("page", "settings-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        PersonId person = SignedIn.person();
        Person current = people.get(person);
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setAllowCustomValue(true);
        zone.addCustomValueSetListener(custom -> zone.setValue(custom.getDetail()));
        zone.setValue(current.calendar().zone().getId());
        zone.setId("time-zone");
        dayStart.setValue(current.calendar().dayStart());
        dayStart.setStep(java.time.Duration.ofMinutes(30));
        dayStart.setHelperText("Check-ins before this time count for the day before: useful for night owls.");
        dayStart.setId("day-start");
        save.setId("save-calendar");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveCalendar());
        Section calendar = new Section(new H2("Your days"), zone, dayStart, save);
        calendar.addClassNames("page-section", "calendar-settings");

        Anchor json = new Anchor(
                download(person, "unknot-export.json", "application/json", true),
                AttachmentType.DOWNLOAD,
                "Export everything (JSON)");
        json.addClassName("export-json");
        Anchor csv = new Anchor(
                download(person, "unknot-check-ins.csv", "text/csv", false),
                AttachmentType.DOWNLOAD,
                "Export check-ins (CSV)");
        csv.addClassName("export-csv");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String name = metadata.fileName() == null ? "" : metadata.fileName();
            getUI().ifPresent(ui -> ui.access(() -> preview(bytes, name)));
        }));
        upload.setAcceptedFileTypes(".json", ".csv", ".db", ".zip", "application/json", "text/csv", "application/zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_IMPORT_BYTES);
        upload.addClassName("import-upload");
        Paragraph importHelp = new Paragraph("Import a Loop Habit Tracker backup (.db) or CSV export (.zip), a CSV of "
                + "check-ins from any tracker (date, habit, amount, note), or an Unknot export (JSON into an "
                + "account without habits, CSV into any). You see what it would add before anything is written; "
                + "importing a file twice adds nothing.");
        Section data = new Section(new H2("Your data"), new Div(json, csv), importHelp, upload);
        data.addClassNames("page-section", "data-settings");
        add(new H1("Settings"), calendar, appearance(), data);
        // The sections of their own, in the order they appear.
        add(reminders);
        add(com.vaadin.flow.di.Instantiator.get(event.getUI()).getOrCreate(PushSection.class));
        add(password, provider, accessTokens);
    }

    /** Light, dark, or as the system prefers: kept in this browser, applied at once. */
    private Section appearance() {
        RadioButtonGroup<Appearance> choice = new RadioButtonGroup<>("Appearance");
        choice.setId("appearance");
        choice.setItems(Appearance.values());
        choice.setItemLabelGenerator(Appearance::label);
        choice.setHelperText("Kept in this browser: a phone and a desk can differ.");
        choice.setValue(Appearance.SYSTEM);
        Optional.ofNullable(UI.getCurrent()).ifPresent(ui -> Appearance.read(ui, choice::setValue));
        choice.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                change.getValue().apply(change.getSource().getUI().orElseThrow());
            }
        });
        // The player's mute, kept for the person: the same switch as the player's own.
        cueSound.setId("cue-sound-setting");
        cueSound.setHelperText("Kept for you: every browser you sign in from starts the same way.");
        cueSound.setValue(!people.cuesMuted(SignedIn.person()));
        cueSound.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                people.muteCues(SignedIn.person(), !change.getValue());
            }
        });
        // On a line of its own: the radio buttons and a checkbox side by side read as one choice.
        Section section = new Section(new H2("Appearance and sound"), choice, new Div(cueSound));
        section.addClassNames("page-section", "appearance-settings");
        return section;
    }

    private DownloadHandler download(PersonId person, String name, String type, boolean json) {
        // The person is fixed when the page is built: the download can act for nobody else.
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes =
                    (json ? transfer.exportJson(person) : transfer.exportCsv(person)).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
        });
    }

    void saveCalendar() {
        try {
            Person saved = people.changeCalendar(
                    SignedIn.person(),
                    zone.getValue(),
                    dayStart.getValue() == null
                            ? ""
                            : dayStart.getValue().format(DateTimeFormatter.ofPattern("HH:mm")));
            Notification.show(
                    "Saved: your days start at " + saved.calendar().dayStart() + " in "
                            + saved.calendar().zone().getId() + ".",
                    3000,
                    Notification.Position.BOTTOM_CENTER);
        } catch (InvalidInputException e) {
            error(e.getMessage());
        }
    }

    /** Shows what importing the file would write, and imports it when the person confirms; null when it cannot. */
    ImportDialog preview(byte[] file, String name) {
        PersonId person = SignedIn.person();
        try {
            ImportDialog dialog =
                    new ImportDialog(imports.preview(person, file, name), () -> apply(person, file, name));
            dialog.open();
            return dialog;
        } catch (InvalidInputException | ConflictException e) {
            error(e.getMessage());
            return null;
        }
    }

    private void apply(PersonId person, byte[] file, String name) {
        try {
            ImportSummary summary = imports.apply(person, file, name);
            Notification.show(
                    "Imported " + summary.habits() + " habits and " + summary.checkIns() + " check-ins"
                            + (summary.alreadyPresent() > 0 ? " (" + summary.alreadyPresent() + " already here)" : "")
                            + ".",
                    5000,
                    Notification.Position.BOTTOM_CENTER);
        } catch (InvalidInputException | ConflictException e) {
            error(e.getMessage());
        }
    }

    private static void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("error-notification");
    }
}
