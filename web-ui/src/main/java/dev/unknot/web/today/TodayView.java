package dev.unknot.web.today;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import dev.unknot.app.advice.AdviceService;
import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.progress.ProgressService;
import dev.unknot.app.progress.TodayStanding;
import dev.unknot.app.reminder.ReminderActions;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.app.safety.SafetyScreens;
import dev.unknot.core.advice.Advisory;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.progress.AgendaItem;
import dev.unknot.core.progress.Standing;
import dev.unknot.core.reminder.Reminder;
import dev.unknot.web.form.FieldErrors;
import dev.unknot.web.form.Numbers;
import dev.unknot.web.layout.MainLayout;
import dev.unknot.web.safety.SafetyScreenDialog;
import dev.unknot.web.safety.UrgentAdvice;
import dev.unknot.web.session.SignedIn;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What is due today: each habit with a one-click check-in (and, when wanted, tightness and pain
 * before and after and a note), its streak and strength, and any advice such as red flags, shown first.
 *
 * <p>While it is open, the page asks once a minute what is reminding the person now
 * ({@link ReminderActions#remindingNow}) and shows each as a banner with "Done" and two snoozes, and
 * as a browser notification when the person allowed them ({@code reminders.js}). {@code ?remind=ID},
 * the link in a reminder's email, opens the page at that habit.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Today · Unknot")
@Menu(title = "Today", order = 0, icon = "vaadin:check-circle")
@Prototype
public class TodayView extends Div implements BeforeEnterObserver {

    /** How long "Checked in." offers its Undo. */
    static final int UNDO_MILLIS = 8000;

    /** How often an open Today page asks what is reminding now. */
    static final int REMINDER_POLL_MILLIS = 60_000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final ProgressService progress;
    private final CheckInService checkIns;
    private final AdviceService advice;
    private final PersonService people;
    private final SafetyScreens screens;
    private final ReminderActions reminderActions;
    private final ReminderService reminders;
    private final Clock clock;

    /** Where the reminders reminding now are shown, under the date; a new one each time the page is built. */
    Div reminderBanners = new Div();

    /** The reminders already notified from this page, so that each one notifies once. */
    private final Set<String> notified = new HashSet<>();

    /** The habit a reminder's link asked for. */
    private Optional<HabitId> requested = Optional.empty();

    private Registration polling;

    /** The advice at the top of the page as last built: a check-in shows what it adds at once. */
    private List<Advisory> shownAdvice = List.of();

    /** The habit checked in last from this page, and the advice that check-in brought. */
    private Optional<HabitId> checkedIn = Optional.empty();

    /**
     * The habit whose check-in button takes the focus as the page is rebuilt after a check-in or its
     * undo: the rebuilt page would otherwise leave a keyboard or screen reader at its top.
     */
    private Optional<HabitId> refocus = Optional.empty();

    private List<Advisory> brought = List.of();

    public TodayView(
            ProgressService progress,
            CheckInService checkIns,
            AdviceService advice,
            PersonService people,
            SafetyScreens screens,
            ReminderActions reminderActions,
            ReminderService reminders,
            Clock clock) {
        this.progress = progress;
        this.checkIns = checkIns;
        this.advice = advice;
        this.people = people;
        this.screens = screens;
        this.reminderActions = reminderActions;
        this.reminders = reminders;
        this.clock = clock;
        addClassNames("page", "today-page");
    }

    /** The session attribute that says the browser's time zone was offered already. */
    static final String ZONE_OFFERED = "unknot.zone-offered";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requested = event.getLocation().getQueryParameters().getParameters().getOrDefault("remind", List.of()).stream()
                .findFirst()
                .flatMap(TodayView::habitId);
        show();
        askForTheBrowsersZone();
    }

    private static Optional<HabitId> habitId(String text) {
        try {
            return Optional.of(new HabitId(Long.parseLong(text.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        ui.getPage().addJavaScript("reminders.js");
        if (reminders.settings(SignedIn.person()).inApp()) {
            ui.setPollInterval(REMINDER_POLL_MILLIS);
            polling = ui.addPollListener(poll -> showReminders());
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
            polling = null;
            detach.getUI().setPollInterval(-1);
        }
    }

    /**
     * Shows the reminders reminding now as banners, and notifies the browser of each new one. The
     * open app's setting decides, except for the habit a reminder's link asked for.
     */
    void showReminders() {
        PersonId person = SignedIn.person();
        boolean inApp = reminders.settings(person).inApp();
        List<Reminder> now = reminderActions.remindingNow(person).stream()
                .filter(reminder ->
                        inApp || requested.equals(Optional.of(reminder.habit().id())))
                .toList();
        reminderBanners.removeAll();
        reminderBanners.setVisible(!now.isEmpty());
        ZoneId zone = people.get(person).calendar().zone();
        for (Reminder reminder : now) {
            reminderBanners.add(banner(reminder, zone));
            String key = reminder.habit().id().value() + "@" + reminder.slot() + "@" + reminder.due();
            if (inApp && notified.add(key)) {
                getElement()
                        .executeJs(
                                "window.unknotReminders && window.unknotReminders.notify($0, $1, $2)",
                                "Time for: " + reminder.habit().name(),
                                "Due at " + TIME.format(LocalDateTime.ofInstant(reminder.due(), zone))
                                        + ". Open Unknot to check in or snooze it.",
                                "unknot-reminder-" + reminder.habit().id().value() + "-" + reminder.slot());
            }
        }
    }

    private Component banner(Reminder reminder, ZoneId zone) {
        HabitId habit = reminder.habit().id();
        Div banner = new Div();
        banner.addClassName("reminder-banner");
        banner.getElement().setAttribute("data-habit-id", Long.toString(habit.value()));
        banner.getElement().setAttribute("role", "alert");
        Span title = new Span("Time for: " + reminder.habit().name());
        title.addClassName("reminder-title");
        Span when = new Span("due at " + TIME.format(LocalDateTime.ofInstant(reminder.due(), zone)));
        when.addClassName("reminder-when");
        Div text = new Div(title, when);
        text.addClassName("reminder-text");
        Button done = new Button("Done", click -> doneFromReminder(habit));
        done.addClassName("reminder-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button soon = new Button("Snooze 10 min", click -> snooze(habit, 10));
        soon.addClassName("reminder-snooze-10");
        soon.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button later = new Button("Snooze 1 h", click -> snooze(habit, 60));
        later.addClassName("reminder-snooze-60");
        later.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div actions = new Div(done, soon, later);
        actions.addClassName("reminder-actions");
        banner.add(text, actions);
        return banner;
    }

    void doneFromReminder(HabitId habit) {
        try {
            recorded(reminderActions.done(SignedIn.person(), habit));
        } catch (InvalidInputException e) {
            error(e.getMessage());
        } catch (NotFoundException e) {
            error("That habit is no longer there.");
            show();
        }
    }

    void snooze(HabitId habit, int minutes) {
        try {
            Instant back = reminderActions.snooze(SignedIn.person(), habit, minutes);
            ZoneId zone = people.get(SignedIn.person()).calendar().zone();
            Notification.show(
                    "Snoozed: it reminds you again at " + TIME.format(LocalDateTime.ofInstant(back, zone)) + ".",
                    3000,
                    Notification.Position.BOTTOM_CENTER);
        } catch (ConflictException | NotFoundException e) {
            error(e.getMessage());
        }
        showReminders();
    }

    /**
     * Once per sign-in, while the person's days still run in the zone every account starts with,
     * asks the browser for its time zone and offers it.
     */
    private void askForTheBrowsersZone() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null
                || session.getAttribute(ZONE_OFFERED) != null
                || !people.keepsDefaultZone(people.get(SignedIn.person()))) {
            return;
        }
        session.setAttribute(ZONE_OFFERED, Boolean.TRUE);
        UI.getCurrent().getPage().retrieveExtendedClientDetails(details -> offerZone(details.getTimeZoneId()));
    }

    /** Offers {@code browserZone} for the person's days, when it is a zone and not the one they have. */
    void offerZone(String browserZone) {
        ZoneId zone;
        try {
            zone = ZoneId.of(browserZone == null ? "" : browserZone);
        } catch (DateTimeException e) {
            return;
        }
        Person person = people.get(SignedIn.person());
        if (zone.equals(person.calendar().zone())) {
            return;
        }
        Div offer = new Div();
        offer.addClassName("zone-offer");
        Paragraph text = new Paragraph("Your browser is in " + zone.getId() + ", but Unknot counts your days in "
                + person.calendar().zone().getId() + ". Use " + zone.getId() + "?");
        Button use = new Button("Use " + zone.getId(), click -> {
            people.changeCalendar(
                    person.id(), zone.getId(), person.calendar().dayStart().toString());
            offer.removeFromParent();
            Notification.show("Your days now run in " + zone.getId() + ".", 3000, Notification.Position.BOTTOM_CENTER);
            show();
        });
        use.addClassName("use-browser-zone");
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button keep = new Button("Keep " + person.calendar().zone().getId(), click -> offer.removeFromParent());
        keep.addClassName("keep-zone");
        keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        offer.add(text, use, keep);
        addComponentAtIndex(Math.min(2, getComponentCount()), offer);
    }

    void show() {
        PersonId person = SignedIn.person();
        removeAll();
        TodayStanding today = progress.today(person);
        Paragraph date = new Paragraph(DAY.format(today.day()));
        date.addClassName("today-date");
        // A fresh container: one detached and attached again in the same round trip kept its old
        // banners in the browser.
        reminderBanners = new Div();
        reminderBanners.addClassName("reminder-banners");
        add(new H1("Today"), date, reminderBanners);
        showReminders();
        // What the last check-in brought is shown beside its card instead, this once.
        List<Advisory> advisories = advice.advice(person).stream()
                .filter(advisory -> !brought.contains(advisory))
                .toList();
        shownAdvice = advisories;
        if (screens.state(person).toOffer()) {
            add(safetyOffer(person));
        }
        if (!advisories.isEmpty()) {
            add(sectionHeading("Advice"));
            Div list = new Div();
            list.addClassName("advisories");
            advisories.forEach(advisory -> list.add(advisory(advisory)));
            add(list);
        }
        // Overdue first, then due, then done; skipped and paused last.
        List<AgendaItem> agenda =
                today.agenda().stream().sorted(AgendaItem.FIRST_THINGS_FIRST).toList();
        if (agenda.isEmpty()) {
            Paragraph empty = new Paragraph("Nothing to do yet. ");
            empty.add(new Anchor("habits", "Create your first habit"));
            empty.add(" from a template, a technique or a routine.");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        Map<HabitId, Standing> standing = today.standings();
        long done = agenda.stream()
                .filter(item -> item.status() == AgendaItem.Status.DONE)
                .count();
        // Skipped and paused habits are not to do today: they count neither way.
        long counted = agenda.stream().filter(AgendaItem::counted).count();
        Paragraph summary = new Paragraph(done + " of " + counted + " done");
        summary.addClassName("today-summary");
        add(sectionHeading("Your habits today"), summary);
        Div cards = new Div();
        cards.addClassName("agenda");
        agenda.forEach(item -> cards.add(card(item, standing.get(item.habit().id()))));
        add(cards);
    }

    /**
     * A heading for a screen reader's outline (Today, then advice and habits, each card under
     * them); the page shows these groups by their look, so the heading is not drawn.
     */
    private static H2 sectionHeading(String text) {
        H2 heading = new H2(text);
        heading.addClassName("visually-hidden");
        return heading;
    }

    /** The start: the safety screen is offered here until it is answered or put off. */
    private Component safetyOffer(PersonId person) {
        Div offer = new Div();
        offer.addClassName("safety-offer");
        Paragraph text = new Paragraph("Before you start: a few yes/no questions about signs that need a doctor "
                + "rather than exercises. It takes a minute; you can retake it from the Plan.");
        Button answer =
                new Button("Answer now", click -> new SafetyScreenDialog(screens, advice, person, this::show).open());
        answer.addClassName("take-safety-screen");
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button later = new Button("Later", click -> {
            screens.putOff(person);
            show();
        });
        later.addClassName("later-safety-screen");
        later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(answer, later);
        actions.addClassName("safety-offer-actions");
        offer.add(text, actions);
        return offer;
    }

    private static Component advisory(Advisory advisory) {
        Div box = new Div();
        box.addClassNames("advisory", "advisory-" + advisory.severity().name().toLowerCase(Locale.ROOT));
        Span level = new Span(AdviceService.label(advisory.severity()));
        level.addClassName("advisory-level");
        H3 title = new H3(advisory.title());
        box.add(level, title, new Paragraph(advisory.message()));
        return box;
    }

    private Component card(AgendaItem item, Standing standing) {
        Div card = new Div();
        card.addClassNames("habit-card", "status-" + item.status().name().toLowerCase(Locale.ROOT));
        card.getElement()
                .setAttribute("data-habit-id", Long.toString(item.habit().id().value()));
        if (requested.equals(Optional.of(item.habit().id()))) {
            // Opened from a reminder's link: this card is what the person came for.
            card.addClassName("requested");
            card.getElement().executeJs("this.scrollIntoView({block: 'center'})");
        }
        H3 name = new H3(item.habit().name());
        Span status = new Span(status(item));
        status.addClassName("habit-status");
        Div head = new Div(name, status);
        head.addClassName("habit-card-head");
        card.add(head);
        Paragraph schedule = new Paragraph(item.habit().schedule().describe() + target(item));
        schedule.addClassName("habit-schedule");
        card.add(schedule);
        if (standing != null) {
            card.add(standing(standing));
        }
        if (checkedIn.equals(Optional.of(item.habit().id())) && !brought.isEmpty()) {
            Div advice = new Div();
            advice.addClassNames("advisories", "card-advice");
            brought.forEach(advisory -> advice.add(advisory(advisory)));
            card.add(advice);
        }
        Div actions = new Div();
        actions.addClassName("habit-actions");
        if (item.status() != AgendaItem.Status.PAUSED) {
            String clientId = UUID.randomUUID().toString();
            // No amount: the check-in service's default, what is left of the day's target; the
            // button says how much that is.
            Button checkIn = new Button(
                    checkInLabel(item),
                    click -> record(CheckInRequest.of(clientId, item.habit().id())));
            checkIn.addClassName("check-in");
            if (item.toDo()) {
                checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            if (refocus.equals(Optional.of(item.habit().id()))) {
                checkIn.focus();
            }
            actions.add(checkIn);
            if (item.habit().metric() instanceof Metric.Measured measured
                    && CheckInService.defaultAmount(item.habit(), item.done()) != 1) {
                String oneId = UUID.randomUUID().toString();
                Button one = new Button(
                        "+1",
                        click -> record(
                                CheckInRequest.of(oneId, item.habit().id()).amount(1)));
                one.addClassName("check-in-one");
                one.setAriaLabel("Add 1 " + measured.unit());
                actions.add(one);
            }
        }
        if (item.habit().target() instanceof HabitTarget.OfRoutine routine) {
            Anchor start = new Anchor(
                    "routine/" + routine.routine() + "?habit="
                            + item.habit().id().value(),
                    "Start the routine");
            start.addClassName("start-routine");
            actions.add(start);
        }
        card.add(actions);
        if (item.status() != AgendaItem.Status.PAUSED) {
            card.add(detailedCheckIn(item));
        }
        return card;
    }

    /**
     * "Done" for a habit done or not; for a measured one, the amount a tap records, which is the
     * application's default amount ({@link CheckInService#defaultAmount}).
     */
    static String checkInLabel(AgendaItem item) {
        if (item.habit().metric() instanceof Metric.Measured measured) {
            return "+" + number(CheckInService.defaultAmount(item.habit(), item.done())) + " " + measured.unit();
        }
        return item.status() == AgendaItem.Status.DONE ? "Once more" : "Done";
    }

    private static String status(AgendaItem item) {
        return switch (item.status()) {
            case DUE -> "Due";
            case DONE -> "Done";
            case OVERDUE -> item.overdue() + " overdue";
            case SKIPPED -> "Skipped";
            case PAUSED -> "Paused";
        };
    }

    private static String target(AgendaItem item) {
        if (item.habit().metric() instanceof Metric.Measured measured) {
            return " · " + number(item.done()) + " of " + number(item.target()) + " " + measured.unit();
        }
        return item.target() > 1 ? " · " + number(item.done()) + " of " + number(item.target()) : "";
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ENGLISH, "%.1f", value);
    }

    private static Component standing(Standing standing) {
        Span streak = new Span(standing.current().inWords());
        streak.addClassName("streak");
        Span strength = new Span("strength " + Math.round(standing.strength() * 100) + "%");
        strength.addClassName("strength");
        Div bar = new Div();
        bar.addClassName("strength-bar");
        Div fill = new Div();
        fill.addClassName("strength-fill");
        fill.getStyle().set("width", Math.round(standing.strength() * 100) + "%");
        bar.add(fill);
        Div row = new Div(streak, strength, bar);
        row.addClassName("habit-standing");
        return row;
    }

    private Component detailedCheckIn(AgendaItem item) {
        Details details = new Details("Tightness, pain and a note");
        details.addClassName("check-in-more");
        // The form is built when it is first opened: most cards never are, and ten forms of five
        // fields were much of an idle session's memory and of the page's build time.
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(checkInForm(item));
            }
        });
        return details;
    }

    private Component checkInForm(AgendaItem item) {
        IntegerField before = Numbers.tightness("Tightness before");
        before.addClassName("tightness-before");
        IntegerField after = Numbers.tightness("Tightness after");
        after.addClassName("tightness-after");
        IntegerField painBefore = Numbers.pain("Pain before");
        painBefore.addClassName("pain-before");
        IntegerField painAfter = Numbers.pain("Pain after");
        painAfter.addClassName("pain-after");
        NumberField amount = Numbers.amount(
                item.habit().metric() instanceof Metric.Measured measured
                        ? "Amount (" + measured.unit() + ")"
                        : "Amount");
        amount.addClassName("amount");
        amount.setPlaceholder(
                number(CheckInService.defaultAmount(item.habit(), item.done())) + ", what is left of today's target");
        amount.setVisible(item.habit().metric() instanceof Metric.Measured);
        MultiSelectComboBox<Symptom> symptoms = new MultiSelectComboBox<>("Anything of these?");
        symptoms.addClassName("symptoms");
        symptoms.setItems(Symptom.values());
        symptoms.setItemLabelGenerator(
                symptom -> Character.toUpperCase(symptom.label().charAt(0))
                        + symptom.label().substring(1));
        symptoms.setPlaceholder("none");
        symptoms.setHelperText("Signs to get checked; an emergency shows at once");
        symptoms.setWidthFull();
        TextArea note = new TextArea("Note");
        note.addClassName("note");
        note.setMaxLength(1000);
        note.setWidthFull();
        String clientId = UUID.randomUUID().toString();
        FieldErrors errors = new FieldErrors()
                .on("before", before)
                .on("after", after)
                .on("painBefore", painBefore)
                .on("painAfter", painAfter)
                .on("amount", amount)
                .on("note", note);
        Button save = new Button("Check in", click -> {
            if (errors.check()) {
                record(
                        CheckInRequest.of(clientId, item.habit().id())
                                .amount(Optional.ofNullable(amount.getValue()))
                                .tightness(before.getValue(), after.getValue())
                                .pain(painBefore.getValue(), painAfter.getValue())
                                .note(note.getValue())
                                .symptoms(symptoms.getValue()),
                        errors);
            }
        });
        save.addClassName("check-in-details");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(before, after, painBefore, painAfter, amount, symptoms, note, save);
        fields.addClassName("check-in-form");
        return fields;
    }

    void record(CheckInRequest request) {
        record(request, new FieldErrors());
    }

    /** Records the check-in; what the application refuses is shown next to the field at fault. */
    void record(CheckInRequest request, FieldErrors errors) {
        CheckInService.Outcome outcome;
        try {
            outcome = checkIns.record(SignedIn.person(), request);
        } catch (InvalidInputException e) {
            errors.show(e);
            return;
        } catch (NotFoundException e) {
            error("That habit is no longer there.");
            show();
            return;
        }
        recorded(outcome);
    }

    /** Shows a check-in just recorded: the page with its advice, and "Checked in." with an Undo. */
    private void recorded(CheckInService.Outcome outcome) {
        List<Advisory> before = shownAdvice;
        checkedIn = Optional.of(outcome.habit().id());
        brought = outcome.advice().stream()
                .filter(advisory -> advisory.severity() != Advisory.Severity.INFO && !before.contains(advisory))
                .toList();
        showFocused(outcome.habit().id());
        confirm(outcome);
        UrgentAdvice.acknowledge(brought);
    }

    /** "Checked in." with an Undo for a few seconds, in case the tap was a slip. */
    private void confirm(CheckInService.Outcome outcome) {
        Notification confirmation = new Notification();
        confirmation.addClassName("check-in-confirmation");
        confirmation.setDuration(UNDO_MILLIS);
        confirmation.setPosition(Notification.Position.BOTTOM_CENTER);
        Span text =
                new Span(outcome.created() ? "Checked in: " + outcome.habit().name() + "." : "Already checked in.");
        confirmation.add(text);
        if (outcome.created()) {
            Button undo = new Button("Undo", click -> {
                confirmation.close();
                undo(outcome);
            });
            undo.addClassName("undo-check-in");
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            confirmation.add(undo);
        }
        confirmation.open();
    }

    private void undo(CheckInService.Outcome outcome) {
        try {
            checkIns.delete(SignedIn.person(), outcome.checkIn().id());
            Notification.show("Check-in undone.", 2000, Notification.Position.BOTTOM_CENTER);
        } catch (NotFoundException e) {
            // Already gone: undone elsewhere, or deleted from another device.
        }
        checkedIn = Optional.empty();
        brought = List.of();
        showFocused(outcome.habit().id());
    }

    private void showFocused(HabitId habit) {
        refocus = Optional.of(habit);
        try {
            show();
        } finally {
            refocus = Optional.empty();
        }
    }

    private static void error(String message) {
        FieldErrors.notice(message);
    }
}
