package dev.unknot.web.routine;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.WildcardParameter;
import com.vaadin.flow.shared.Registration;
import dev.unknot.app.catalogue.Catalogue;
import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineId;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.plugin.Library;
import dev.unknot.web.form.FieldErrors;
import dev.unknot.web.form.Numbers;
import dev.unknot.web.layout.MainLayout;
import dev.unknot.web.session.Libraries;
import dev.unknot.web.session.SignedIn;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.context.annotation.Prototype;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A routine, guided: a countdown for each hold, side and breathing phase, pause, resume and skip,
 * and a check-in at the end (tightness and pain before and after, and a note, all optional). {@code routine/<routine id>?habit=<habit id>} checks in on that habit;
 * {@code pace=fast} runs the clock a hundred times faster (for tests and demos).
 */
@Route(value = "routine", layout = MainLayout.class)
@Prototype
public class RoutinePlayerView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    static final int POLL_MILLIS = 1000;
    static final int FAST_POLL_MILLIS = 100;
    static final int FAST_SECONDS_PER_POLL = 10;

    private final Library library;
    private final HabitService habits;
    private final CheckInService checkIns;
    private final PersonService people;

    private Routine routine;
    private Optional<Habit> habit = Optional.empty();
    /** The person's habits that do this routine or one of its techniques: each can be checked in at the end. */
    private List<Habit> kept = List.of();

    private boolean fast;
    Session session;
    private boolean running;
    private Registration polling;

    final Span countdown = new Span();
    final Span phaseLabel = new Span();
    final Span technique = new Span();
    final Span position = new Span();
    final ProgressBar bar = new ProgressBar();
    final Button start = new Button("Start");
    final Button pause = new Button("Pause");
    final Button skip = new Button("Skip step");
    final Button back = new Button("Back");
    final Span cycle = new Span();
    final Span timeLeft = new Span();
    final Div breath = new Div();
    final OrderedList howTo = new OrderedList();
    final Checkbox sound = new Checkbox("Sound cues");
    final Checkbox speech = new Checkbox("Spoken cues");
    final Div player = new Div();
    private OrderedList steps = new OrderedList();
    /** The phase the cues last announced, so that each change is announced once. */
    private int announced = -1;

    public RoutinePlayerView(Catalogue catalogue, HabitService habits, CheckInService checkIns, PersonService people) {
        this.library = Libraries.current(catalogue);
        this.habits = habits;
        this.checkIns = checkIns;
        this.people = people;
        addClassNames("page", "routine-page");
    }

    @Override
    public void setParameter(BeforeEvent event, @WildcardParameter String id) {
        Optional<Routine> found;
        try {
            found = library.routine(RoutineId.of(id));
        } catch (IllegalArgumentException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "There is no routine " + id + ".");
            return;
        }
        routine = found.get();
        var query = event.getLocation().getQueryParameters().getParameters();
        fast = query.getOrDefault("pace", List.of()).contains("fast");
        habit = query.getOrDefault("habit", List.of()).stream().findFirst().flatMap(this::ownHabit);
        kept = keptWith(routine);
        show();
    }

    /** The signed-in person's habit with this id; someone else's, like a missing one, is none. */
    private Optional<Habit> ownHabit(String id) {
        try {
            return Optional.of(habits.get(SignedIn.person(), new HabitId(Long.parseLong(id))));
        } catch (NumberFormatException | NotFoundException e) {
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The person's active habits of this routine, or of a technique it includes. */
    private List<Habit> keptWith(Routine routine) {
        Set<HabitTarget> targets = new HashSet<>();
        targets.add(new HabitTarget.OfRoutine(routine.id()));
        routine.steps().forEach(step -> targets.add(new HabitTarget.OfTechnique(step.technique())));
        return habits.list(SignedIn.person()).stream()
                .filter(kept -> targets.contains(kept.target()))
                .toList();
    }

    @Override
    public String getPageTitle() {
        return (routine == null ? "Routine" : routine.name()) + " · Unknot";
    }

    private void show() {
        removeAll();
        session = Session.of(routine, library);
        running = false;
        add(new Anchor("library", "← Library"), new H1(routine.name()));
        Paragraph summary = new Paragraph(routine.summary() + " About " + minutes(routine.totalTime()) + ".");
        summary.addClassName("lead");
        add(summary);
        habit.or(() -> kept.stream().findFirst()).ifPresent(kept -> {
            Paragraph forHabit = new Paragraph("At the end you can check in on “" + kept.name() + "”.");
            forHabit.addClassName("routine-habit");
            add(forHabit);
        });
        steps = new OrderedList();
        steps.addClassName("routine-steps");
        for (RoutineStep step : routine.steps()) {
            String name = library.technique(step.technique())
                    .map(t -> t.name())
                    .orElse(step.technique().toString());
            ListItem item = new ListItem(name + " · " + step.dose().describe());
            item.addClassName("routine-step");
            steps.add(item);
        }
        countdown.addClassName("countdown");
        phaseLabel.addClassName("phase-label");
        technique.addClassName("phase-technique");
        position.addClassName("phase-position");
        bar.addClassName("phase-bar");
        bar.getElement().setAttribute("aria-label", "Time in this phase");
        start.setId("start-routine");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClickListener(click -> start());
        pause.setId("pause-routine");
        pause.addClickListener(click -> togglePause());
        pause.setVisible(false);
        skip.setId("next-phase");
        skip.addClickListener(click -> next());
        skip.setVisible(false);
        back.setId("previous-step");
        back.addClickListener(click -> back());
        back.setVisible(false);
        cycle.addClassName("phase-cycle");
        timeLeft.addClassName("time-left");
        breath.addClassName("breath");
        breath.getElement().setAttribute("aria-hidden", "true");
        howTo.addClassName("phase-how-to");
        sound.addClassName("cue-sound");
        // The person's mute, kept with their settings: the same in every browser they sign in from.
        sound.setValue(!people.cuesMuted(SignedIn.person()));
        sound.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                people.muteCues(SignedIn.person(), !change.getValue());
                soundToBrowser();
            }
        });
        speech.addClassName("cue-speech");
        speech.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                player.getElement()
                        .executeJs("window.unknotCues && window.unknotCues.setSpeech($0)", change.getValue());
            }
        });
        Div cues = new Div(sound, speech);
        cues.addClassName("player-cues");
        Div controls = new Div(back, start, pause, skip);
        controls.addClassName("player-controls");
        player.removeAll();
        player.removeClassNames("finished", "running");
        player.addClassName("player");
        player.getElement().setAttribute("aria-live", "polite");
        announced = -1;
        player.add(technique, phaseLabel, cycle, breath, countdown, bar, position, timeLeft, controls, cues, howTo);
        add(player, steps);
        render();
    }

    void start() {
        running = true;
        start.setVisible(false);
        pause.setVisible(true);
        skip.setVisible(true);
        back.setVisible(true);
        player.addClassName("running");
        render();
    }

    void togglePause() {
        running = !running;
        pause.setText(running ? "Pause" : "Resume");
        pause.setId(running ? "pause-routine" : "resume-routine");
        player.setClassName("running", running);
    }

    /** Skip: the whole step, all its holds, sides and cycles; "Done, next" for a step without a timer. */
    void next() {
        session.skipStep();
        render();
    }

    void back() {
        session.back();
        render();
    }

    /** One poll of the clock: a second passes, or {@link #FAST_SECONDS_PER_POLL} at the fast pace. */
    void tick() {
        if (!running || session.finished()) {
            return;
        }
        Session.Phase was = session.phase();
        session.tick(fast ? FAST_SECONDS_PER_POLL : 1);
        if (!session.finished() && session.phase() != was && was.duration().isPresent() && was.cycles() == 0) {
            cue("hold-end", "");
        }
        render();
    }

    private void render() {
        if (session.finished()) {
            finish();
            return;
        }
        Session.Phase phase = session.phase();
        technique.setText(phase.technique());
        phaseLabel.setText(phase.label());
        position.setText("Step " + phase.step() + " of " + routine.steps().size());
        cycle.setText(phase.breathing() ? "Cycle " + phase.cycle() + " of " + phase.cycles() : "");
        cycle.setVisible(phase.breathing());
        timeLeft.setText(clock(session.secondsLeft()) + " left");
        breath.setVisible(phase.breathing());
        breath.getElement().setAttribute("data-breath", breathOf(phase.label()));
        if (phase.duration().isPresent()) {
            breath.getStyle().set("--phase-seconds", phase.duration().get().toSeconds() + "s");
        }
        player.getElement().setAttribute("data-phase", Integer.toString(session.index()));
        highlight(phase);
        if (running && session.index() != announced) {
            boolean newStep = announced < 0 || session.phases().get(announced).step() != phase.step();
            announced = session.index();
            cue(newStep ? "step" : "phase", newStep ? phase.technique() + ". " + phase.label() : phase.label());
        }
        if (phase.duration().isPresent()) {
            long total = phase.duration().get().toSeconds();
            countdown.setText(clock(session.remainingSeconds()));
            bar.setValue(total == 0 ? 1 : (double) (total - session.remainingSeconds()) / total);
            bar.setVisible(true);
            skip.setText("Skip step");
            player.removeClassName("untimed");
        } else {
            countdown.setText("Your pace");
            bar.setVisible(false);
            skip.setText("Done, next");
            player.addClassName("untimed");
        }
    }

    /** The current step marked in the list, and its how-to under the timer. */
    private void highlight(Session.Phase phase) {
        List<ListItem> items = steps.getChildren()
                .filter(ListItem.class::isInstance)
                .map(ListItem.class::cast)
                .toList();
        for (int index = 0; index < items.size(); index++) {
            boolean current = index == phase.step() - 1;
            items.get(index).setClassName("current", current);
            if (current) {
                items.get(index).getElement().setAttribute("aria-current", "step");
            } else {
                items.get(index).getElement().removeAttribute("aria-current");
            }
        }
        howTo.removeAll();
        phase.howTo().forEach(line -> howTo.add(new ListItem(line)));
    }

    /** In, out or hold: how the breathing animation moves in this phase. */
    static String breathOf(String label) {
        String lower = label.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("in") || lower.contains("breathe in") || lower.contains("inhale")) {
            return "in";
        }
        if (lower.startsWith("out") || lower.contains("breathe out") || lower.contains("exhale")) {
            return "out";
        }
        return "hold";
    }

    /** Tells routine-cues.js whether the person's tones sound. */
    private void soundToBrowser() {
        player.getElement().executeJs("window.unknotCues && window.unknotCues.setSound($0)", sound.getValue());
    }

    /** A cue in the browser (routine-cues.js): a tone, a buzz, and the words when spoken cues are on. */
    private void cue(String kind, String words) {
        player.getElement().executeJs("window.unknotCues && window.unknotCues.phase($0, $1)", kind, words);
    }

    private void finish() {
        running = false;
        player.getElement()
                .executeJs(
                        "window.unknotCues && window.unknotCues.finish($0)",
                        "Well done. " + routine.name() + " is finished.");
        player.removeClassName("running");
        steps.getChildren().forEach(item -> item.getElement().getClassList().remove("current"));
        player.removeAll();
        player.addClassName("finished");
        H3 done = new H3("Well done: " + routine.name() + " is finished.");
        done.addClassName("routine-finished");
        player.add(done);
        List<Habit> offered = habit.map(chosen -> {
                    List<Habit> all = new ArrayList<>(List.of(chosen));
                    kept.stream()
                            .filter(other -> !other.id().equals(chosen.id()))
                            .forEach(all::add);
                    return List.copyOf(all);
                })
                .orElse(kept);
        if (offered.isEmpty()) {
            player.add(new Paragraph(new Anchor("", "Back to today")));
            return;
        }
        Select<Habit> which = new Select<>();
        which.setLabel("Check in on");
        which.setItems(offered);
        which.setItemLabelGenerator(Habit::name);
        which.setValue(offered.get(0));
        which.setId("routine-habit-choice");
        which.setVisible(offered.size() > 1);
        IntegerField before = Numbers.tightness("Tightness before");
        IntegerField after = Numbers.tightness("Tightness after");
        before.setId("routine-before");
        after.setId("routine-after");
        IntegerField painBefore = Numbers.pain("Pain before");
        IntegerField painAfter = Numbers.pain("Pain after");
        painBefore.setId("routine-pain-before");
        painAfter.setId("routine-pain-after");
        TextArea note = new TextArea("Note");
        note.setId("routine-note");
        note.addClassName("note");
        String clientId = UUID.randomUUID().toString();
        FieldErrors errors = new FieldErrors()
                .on("before", before)
                .on("after", after)
                .on("painBefore", painBefore)
                .on("painAfter", painAfter)
                .on("note", note);
        Button checkIn = new Button("Check in “" + offered.get(0).name() + "”");
        which.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                checkIn.setText("Check in “" + change.getValue().name() + "”");
            }
        });
        checkIn.addClickListener(click -> {
            if (errors.check() && which.getValue() != null) {
                checkIn(
                        CheckInRequest.of(clientId, which.getValue().id())
                                .duration(session.elapsed())
                                .tightness(before.getValue(), after.getValue())
                                .pain(painBefore.getValue(), painAfter.getValue())
                                .note(note.getValue()),
                        errors);
            }
        });
        checkIn.setId("routine-check-in");
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(which, before, after, painBefore, painAfter, note, checkIn);
        form.addClassName("check-in-form");
        player.add(form);
    }

    void checkIn(CheckInRequest request) {
        checkIn(request, new FieldErrors());
    }

    void checkIn(CheckInRequest request, FieldErrors errors) {
        try {
            checkIns.record(SignedIn.person(), request);
            Notification.show("Checked in. Well done.", 3000, Notification.Position.BOTTOM_CENTER);
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (NotFoundException e) {
            FieldErrors.notice("That habit is not one of yours.");
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // A static file of the web app, not an inline script: the cues need no build and no inline code.
        ui.getPage().addJavaScript("routine-cues.js");
        soundToBrowser();
        // Spoken cues stay a choice of the browser: whether it has a voice to speak with is the device's.
        player.getElement()
                .executeJs("return window.unknotCues ? window.unknotCues.speech() : null")
                .then(Boolean.class, speech::setValue);
        ui.setPollInterval(fast ? FAST_POLL_MILLIS : POLL_MILLIS);
        polling = ui.addPollListener(poll -> tick());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        player.getElement().executeJs("window.unknotCues && window.unknotCues.stop()");
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    static String clock(long seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    private static String minutes(Duration time) {
        long minutes = Math.max(1, Math.round(time.toSeconds() / 60.0));
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
