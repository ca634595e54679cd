package dev.unknot.web.settings;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.reminder.Channel;
import dev.unknot.app.reminder.ReminderDelivery;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.app.reminder.ReminderSettings;
import dev.unknot.app.reminder.TestReminderNotSentException;
import dev.unknot.core.reminder.QuietHours;
import dev.unknot.web.form.FieldErrors;
import dev.unknot.web.session.SignedIn;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Prototype;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How the person is reminded: in the open app, by email, through ntfy; quiet hours; a test per
 * server channel; and the calendar feed's secret address. Every rule is {@link ReminderService}'s;
 * a test goes through {@link ReminderDelivery#sendTest}, as the API's does.
 */
@Prototype
public class RemindersSection extends Section {

    private final ReminderService reminders;
    private final ReminderDelivery delivery;
    private final Optional<String> publicAddress;

    final Checkbox inApp = new Checkbox("In the open app: a banner on Today and a browser notification");
    final Button allowNotifications = new Button("Allow browser notifications");
    final CheckboxGroup<Channel> channels = new CheckboxGroup<>("From the server");
    final EmailField email = new EmailField("Email address");
    final TextField ntfyTopic = new TextField("ntfy topic's address");
    final TimePicker quietFrom = new TimePicker("Quiet from");
    final TimePicker quietUntil = new TimePicker("Quiet until");
    final Button save = new Button("Save reminders");
    final Button testEmail = new Button("Send a test email");
    final Button testNtfy = new Button("Send a test to ntfy");
    final Paragraph testResult = new Paragraph();
    final TextField calendarLink = new TextField("Calendar feed");
    final Button copyLink = new Button("Copy");
    final Button newLink = new Button("Make a new link");
    private final FieldErrors errors;

    public RemindersSection(
            ReminderService reminders,
            ReminderDelivery delivery,
            @Property(name = "unknot.public-url") Optional<String> publicAddress) {
        this.reminders = reminders;
        this.delivery = delivery;
        this.publicAddress = publicAddress.filter(address -> !address.isBlank());
        addClassNames("page-section", "reminder-settings");
        Paragraph help = new Paragraph("A habit reminds at the times set in its editor (Habits, Edit). Choose how "
                + "the reminders reach you; a snoozed reminder comes back on each of them.");
        help.addClassName("section-help");

        inApp.setId("remind-in-app");
        allowNotifications.setId("allow-notifications");
        allowNotifications.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        // Asked on a click only: browsers refuse, and people dislike, a request on page load.
        allowNotifications.addClickListener(click -> allowNotifications
                .getElement()
                .executeJs("return window.unknotReminders ? window.unknotReminders.ask() : 'unsupported'")
                .then(String.class, this::permissionAnswered));
        Div app = new Div(inApp, allowNotifications);
        app.addClassName("reminder-app");

        channels.setId("remind-channels");
        channels.setItems(Channel.values());
        channels.setItemLabelGenerator(channel -> channel == Channel.EMAIL ? "Email" : "ntfy");
        email.setId("remind-email");
        email.setMaxLength(254);
        ntfyTopic.setId("remind-ntfy-topic");
        ntfyTopic.setPlaceholder("https://ntfy.sh/your-topic");
        ntfyTopic.setHelperText("ntfy.sh or your own ntfy server; the ntfy app on a phone shows what arrives.");
        ntfyTopic.setMaxLength(500);
        quietFrom.setId("quiet-from");
        quietUntil.setId("quiet-until");
        quietFrom.setStep(Duration.ofMinutes(30));
        quietUntil.setStep(Duration.ofMinutes(30));
        quietFrom.setHelperText("Nothing reminds in these hours; leave both empty for none.");
        Div quiet = new Div(quietFrom, quietUntil);
        quiet.addClassName("reminder-quiet");
        save.setId("save-reminders");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());

        testEmail.setId("test-email");
        testEmail.addClickListener(click -> sendTest(Channel.EMAIL));
        testNtfy.setId("test-ntfy");
        testNtfy.addClickListener(click -> sendTest(Channel.NTFY));
        testResult.addClassName("reminder-test-result");
        testResult.setVisible(false);
        Div tests = new Div(testEmail, testNtfy);
        tests.addClassName("reminder-tests");

        calendarLink.setId("calendar-link");
        calendarLink.setReadOnly(true);
        calendarLink.setWidthFull();
        calendarLink.setHelperText("Subscribe in any calendar app: the next two weeks, with an alarm at each "
                + "reminder. Anyone with the link sees your habits' names: make a new one if it got out.");
        copyLink.setId("copy-calendar-link");
        copyLink.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copyLink.addClickListener(click -> copyLink.getElement()
                .executeJs(
                        "var v = $0; return navigator.clipboard ? navigator.clipboard.writeText(v).then("
                                + "function () { return true; }, function () { return false; }) : false;",
                        calendarLink.getValue())
                .then(
                        Boolean.class,
                        copied -> Notification.show(
                                Boolean.TRUE.equals(copied) ? "Copied." : "Select the link and copy it yourself.",
                                2000,
                                Notification.Position.BOTTOM_CENTER)));
        newLink.setId("new-calendar-link");
        newLink.addThemeVariants(ButtonVariant.LUMO_SMALL);
        newLink.addClickListener(click -> newLink());
        Div calendarActions = new Div(copyLink, newLink);
        calendarActions.addClassName("calendar-link-actions");

        errors = new FieldErrors()
                .on("channels", channels)
                .on("email", email)
                .on("ntfyTopic", ntfyTopic)
                .on("quietHours", quietFrom);

        add(
                new H2("Reminders"),
                help,
                app,
                channels,
                email,
                ntfyTopic,
                quiet,
                save,
                new H3("Check that they arrive"),
                tests,
                testResult,
                new H3("Calendar"),
                calendarLink,
                calendarActions);
        show();
    }

    private void show() {
        PersonId person = SignedIn.person();
        ReminderSettings settings = reminders.settings(person);
        inApp.setValue(settings.inApp());
        channels.setValue(settings.channels());
        email.setValue(settings.email().orElse(""));
        ntfyTopic.setValue(settings.ntfyTopic().map(URI::toString).orElse(""));
        quietFrom.setValue(settings.quiet().map(QuietHours::from).orElse(null));
        quietUntil.setValue(settings.quiet().map(QuietHours::until).orElse(null));
        reminders.emailUnavailable().ifPresent(why -> email.setHelperText("Email cannot be chosen: " + why + "."));
        showCalendarLink(reminders.calendarSecret(person));
    }

    private void showCalendarLink(Optional<String> secret) {
        copyLink.setEnabled(secret.isPresent());
        newLink.setText(secret.isPresent() ? "Make a new link" : "Make a link");
        if (secret.isEmpty()) {
            calendarLink.setValue("");
            calendarLink.setPlaceholder("No link yet");
            return;
        }
        String path = "/calendar/" + secret.get() + ".ics";
        if (publicAddress.isPresent()) {
            calendarLink.setValue(publicAddress.get().replaceAll("/+$", "") + path);
        } else {
            // The address the browser reached this server at, as nothing else names it.
            calendarLink.setValue(path);
            Optional.ofNullable(UI.getCurrent())
                    .ifPresent(ui -> ui.getPage()
                            .fetchCurrentURL(url ->
                                    calendarLink.setValue(url.getProtocol() + "://" + url.getAuthority() + path)));
        }
    }

    /** The settings the fields ask for. */
    ReminderSettings wanted() {
        Optional<QuietHours> quiet;
        if (quietFrom.getValue() == null && quietUntil.getValue() == null) {
            quiet = Optional.empty();
        } else if (quietFrom.getValue() == null || quietUntil.getValue() == null) {
            throw new InvalidInputException("quietHours", "give both ends of the quiet hours, or neither");
        } else {
            try {
                quiet = Optional.of(new QuietHours(quietFrom.getValue(), quietUntil.getValue()));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("quietHours", e);
            }
        }
        Optional<URI> topic;
        try {
            topic = Optional.of(ntfyTopic.getValue().strip())
                    .filter(text -> !text.isEmpty())
                    .map(URI::create);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "ntfyTopic", "an ntfy topic's address looks like https://ntfy.sh/your-topic");
        }
        return new ReminderSettings(
                channels.getValue(),
                Optional.of(email.getValue().strip()).filter(text -> !text.isEmpty()),
                topic,
                quiet,
                inApp.getValue());
    }

    void save() {
        if (!errors.check()) {
            return;
        }
        try {
            reminders.changeSettings(SignedIn.person(), wanted());
            Notification.show("Reminders saved.", 3000, Notification.Position.BOTTOM_CENTER);
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }

    /** Sends a test to where the saved settings say, and says plainly whether it went. */
    void sendTest(Channel channel) {
        testResult.setVisible(true);
        testResult.removeClassNames("test-sent", "test-failed");
        try {
            delivery.sendTest(SignedIn.person(), channel);
            testResult.setText(
                    channel == Channel.EMAIL
                            ? "Sent a test email to "
                                    + reminders
                                            .settings(SignedIn.person())
                                            .email()
                                            .orElse("you") + ". If it does not arrive, look in the spam folder."
                            : "Sent a test to your ntfy topic.");
            testResult.addClassName("test-sent");
        } catch (TestReminderNotSentException e) {
            testResult.setText(sentence(e.getMessage()));
            testResult.addClassName("test-failed");
        }
    }

    void newLink() {
        showCalendarLink(Optional.of(reminders.newCalendarSecret(SignedIn.person())));
        Notification.show(
                "A new calendar link: the old one no longer works.", 4000, Notification.Position.BOTTOM_CENTER);
    }

    private void permissionAnswered(String answer) {
        String words = switch (answer == null ? "" : answer) {
            case "granted" -> "Browser notifications are on in this browser.";
            case "denied" -> "This browser blocks Unknot's notifications: allow them in its site settings.";
            case "unsupported" -> "This browser cannot show notifications; the banner on Today still does.";
            default -> "Browser notifications stay off for now.";
        };
        Notification.show(words, 4000, Notification.Position.BOTTOM_CENTER);
    }

    private static String sentence(String message) {
        String trimmed = message.strip();
        String capital = Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
        return capital.endsWith(".") ? capital : capital + ".";
    }
}
