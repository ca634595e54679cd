package dev.unknot.web.settings;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.reminder.Channel;
import dev.unknot.app.reminder.PushSubscription;
import dev.unknot.app.reminder.PushSubscriptions;
import dev.unknot.app.reminder.ReminderDelivery;
import dev.unknot.app.reminder.TestReminderNotSentException;
import dev.unknot.web.form.FieldErrors;
import dev.unknot.web.session.SignedIn;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.context.annotation.Prototype;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reminders by Web Push on this browser: "Get reminders on this browser" subscribes it, "Stop"
 * ends it. The browser's side (permission, service worker, subscription) runs in
 * {@code unknot-push.js}, started by the person's own click as browsers require; the subscription
 * comes back through {@link #subscribed}, a Vaadin server call, so the page needs no API token.
 */
@Prototype
public class PushSection extends Section {

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** What the page found out about this browser. */
    enum BrowserState {
        CHECKING,
        INSECURE,
        UNSUPPORTED,
        DENIED,
        OFF,
        ON
    }

    private final PushSubscriptions subscriptions;
    private final ReminderDelivery delivery;
    private final PersonService people;

    final Paragraph status = new Paragraph();
    final Button start = new Button("Get reminders on this browser");
    final Button stop = new Button("Stop");
    final Button test = new Button("Send a test");
    final UnorderedList browsers = new UnorderedList();
    BrowserState state = BrowserState.CHECKING;
    /** This browser's subscription endpoint, once the page knows it. */
    Optional<String> endpoint = Optional.empty();

    public PushSection(PushSubscriptions subscriptions, ReminderDelivery delivery, PersonService people) {
        this.subscriptions = subscriptions;
        this.delivery = delivery;
        this.people = people;
        addClassNames("page-section", "push-settings");
        setId("push-settings");
        status.addClassName("push-status");
        status.setId("push-status");
        start.setId("push-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // No server listener: the click runs in the browser (unknot-push.js), then calls subscribed.
        stop.setId("push-stop");
        stop.addClickListener(click -> stop());
        test.setId("push-test");
        test.addClickListener(click -> sendTest());
        browsers.addClassName("push-browsers");
        browsers.setId("push-browsers");
        Paragraph help = new Paragraph("Reminders of your habits arrive as notifications on this browser, even "
                + "when Unknot is closed. On a phone, add Unknot to the home screen first.");
        Div actions = new Div(start, stop, test);
        actions.addClassName("push-actions");
        add(new H2("Reminders on this browser"), help, status, actions, browsers);
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // A static file of the web app, like routine-cues.js: no build, no inline code.
        ui.getPage().addJavaScript("unknot-push.js");
        getElement()
                .executeJs(
                        "return window.unknotPush ? window.unknotPush.attach(this, $0, $1) : 'unsupported'",
                        start.getElement(),
                        subscriptions.publicKey())
                .then(String.class, this::browserState, problem -> browserState("unsupported"));
    }

    /** What {@code unknotPush.attach} found: {@code subscribed ENDPOINT}, {@code none}, {@code denied}, ... */
    void browserState(String found) {
        endpoint = Optional.empty();
        if (found.startsWith("subscribed ")) {
            String kept = found.substring("subscribed ".length());
            boolean mine = subscriptions.of(SignedIn.person()).stream()
                    .anyMatch(subscription -> subscription.endpoint().toString().equals(kept));
            // A subscription the server no longer has (dropped by its push service, or another
            // person's on a shared browser) counts as none: subscribing again hands it over.
            state = mine ? BrowserState.ON : BrowserState.OFF;
            endpoint = mine ? Optional.of(kept) : Optional.empty();
        } else {
            state = switch (found) {
                case "insecure" -> BrowserState.INSECURE;
                case "denied" -> BrowserState.DENIED;
                case "none" -> BrowserState.OFF;
                default -> BrowserState.UNSUPPORTED;
            };
        }
        render();
    }

    /** The browser subscribed: keep its subscription for the signed-in person. */
    @ClientCallable
    void subscribed(String endpoint, String p256dh, String auth) {
        try {
            PushSubscription kept = subscriptions.subscribe(SignedIn.person(), endpoint, p256dh, auth, userAgent());
            this.endpoint = Optional.of(kept.endpoint().toString());
            state = BrowserState.ON;
            render();
            Notification.show("This browser will get your reminders.", 3000, Notification.Position.BOTTOM_CENTER);
        } catch (InvalidInputException e) {
            FieldErrors.notice("This browser's subscription was refused: " + e.getMessage());
        }
    }

    /** The browser did not subscribe: {@code denied}, {@code dismissed} or its own error message. */
    @ClientCallable
    void failed(String reason) {
        switch (reason) {
            case "denied" -> {
                state = BrowserState.DENIED;
                render();
            }
            case "dismissed" ->
                FieldErrors.notice(
                        "Nothing changed: the browser's question about notifications was closed without an answer.");
            default -> FieldErrors.notice("This browser could not subscribe to reminders: " + reason);
        }
    }

    void stop() {
        endpoint.ifPresent(kept -> subscriptions.unsubscribe(SignedIn.person(), kept));
        endpoint = Optional.empty();
        state = BrowserState.OFF;
        getElement().executeJs("return window.unknotPush && window.unknotPush.unsubscribe()");
        render();
        Notification.show("This browser gets no more reminders.", 3000, Notification.Position.BOTTOM_CENTER);
    }

    void sendTest() {
        try {
            delivery.sendTest(SignedIn.person(), Channel.WEB_PUSH);
            Notification.show(
                    "Sent: the test reminder should appear in a moment.", 4000, Notification.Position.BOTTOM_CENTER);
        } catch (TestReminderNotSentException e) {
            FieldErrors.notice("The test reminder did not go: " + e.reason());
        }
    }

    private void render() {
        status.setText(
                switch (state) {
                    case CHECKING -> "Checking what this browser can do…";
                    case INSECURE ->
                        "This page is not served over HTTPS, so the browser offers no push "
                                + "reminders here. The server's operator can serve it over HTTPS (see the reminders "
                                + "documentation).";
                    case UNSUPPORTED ->
                        "This browser cannot get push reminders. Firefox, Chrome, Edge and Safari "
                                + "(16.4 or later; on an iPhone or iPad, from the home screen) can.";
                    case DENIED ->
                        "Notifications are blocked for Unknot in this browser. Allow them in the "
                                + "browser's settings for this site, then come back here.";
                    case OFF -> "This browser gets no reminders.";
                    case ON -> "This browser gets your reminders.";
                });
        status.getElement().setAttribute("data-state", state.name().toLowerCase(Locale.ROOT));
        show(start, state == BrowserState.OFF);
        show(stop, state == BrowserState.ON);
        show(test, state == BrowserState.ON);
        browsers.removeAll();
        Optional<ZoneId> zone = SignedIn.current()
                .map(SignedIn::personId)
                .map(person -> people.get(person).calendar().zone());
        List<PushSubscription> all = SignedIn.current()
                .map(SignedIn::personId)
                .map(subscriptions::of)
                .orElse(List.of());
        all.forEach(subscription -> browsers.add(new ListItem(subscription.browser() + ", since "
                + SINCE.format(subscription.created().atZone(zone.orElse(ZoneId.of("UTC"))))
                + (endpoint.filter(kept -> kept.equals(subscription.endpoint().toString()))
                                .isPresent()
                        ? " (this browser)"
                        : ""))));
        show(browsers, !all.isEmpty());
    }

    /**
     * Shows or hides with a style rather than {@code setVisible}: Vaadin sends nothing of an
     * invisible component to the browser, and the script must find the start button to wire it.
     */
    static void show(Component component, boolean shown) {
        component.getElement().getStyle().set("display", shown ? null : "none");
    }

    /** Whether {@link #show} shows it. */
    static boolean shown(Component component) {
        return component.getElement().getStyle().get("display") == null;
    }

    private static String userAgent() {
        VaadinSession session = VaadinSession.getCurrent();
        String agent = session == null || session.getBrowser() == null
                ? null
                : session.getBrowser().getBrowserApplication();
        return agent == null ? "" : agent;
    }
}
