package dev.unknot.web.routine;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.WildcardParameter;
import com.vaadin.flow.shared.Registration;
import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineId;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.plugin.Library;
import dev.unknot.web.layout.MainLayout;
import dev.unknot.web.session.SignedIn;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.context.annotation.Prototype;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A routine, guided: a countdown for each hold, side and breathing phase, pause, resume and skip,
 * and a check-in at the end. {@code routine/<routine id>?habit=<habit id>} checks in on that habit;
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

    private Routine routine;
    private Optional<Habit> habit = Optional.empty();
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
    final Button skip = new Button("Skip");
    final Div player = new Div();

    public RoutinePlayerView(Library library, HabitService habits, CheckInService checkIns) {
        this.library = library;
        this.habits = habits;
        this.checkIns = checkIns;
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

    @Override
    public String getPageTitle() {
        return (routine == null ? "Routine" : routine.name()) + " · Unknot";
    }

    private void show() {
        removeAll();
        session = Session.of(routine, library);
        running = false;
        add(new Anchor("library", "← Library"), new H2(routine.name()));
        Paragraph summary = new Paragraph(routine.summary() + " About " + minutes(routine.totalTime()) + ".");
        summary.addClassName("lead");
        add(summary);
        habit.ifPresent(kept -> {
            Paragraph forHabit = new Paragraph("At the end you can check in on “" + kept.name() + "”.");
            forHabit.addClassName("routine-habit");
            add(forHabit);
        });
        OrderedList steps = new OrderedList();
        steps.addClassName("routine-steps");
        for (RoutineStep step : routine.steps()) {
            String name = library.technique(step.technique())
                    .map(t -> t.name())
                    .orElse(step.technique().toString());
            steps.add(new ListItem(name + " · " + step.dose().describe()));
        }
        countdown.addClassName("countdown");
        phaseLabel.addClassName("phase-label");
        technique.addClassName("phase-technique");
        position.addClassName("phase-position");
        bar.addClassName("phase-bar");
        start.setId("start-routine");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClickListener(click -> start());
        pause.setId("pause-routine");
        pause.addClickListener(click -> togglePause());
        pause.setVisible(false);
        skip.setId("next-phase");
        skip.addClickListener(click -> next());
        skip.setVisible(false);
        Div controls = new Div(start, pause, skip);
        controls.addClassName("player-controls");
        player.removeAll();
        player.addClassName("player");
        player.add(technique, phaseLabel, countdown, bar, position, controls);
        add(player, steps);
        render();
    }

    void start() {
        running = true;
        start.setVisible(false);
        pause.setVisible(true);
        skip.setVisible(true);
        render();
    }

    void togglePause() {
        running = !running;
        pause.setText(running ? "Pause" : "Resume");
    }

    void next() {
        session.next();
        render();
    }

    /** One poll of the clock: a second passes, or {@link #FAST_SECONDS_PER_POLL} at the fast pace. */
    void tick() {
        if (!running || session.finished()) {
            return;
        }
        session.tick(fast ? FAST_SECONDS_PER_POLL : 1);
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
        player.getElement().setAttribute("data-phase", Integer.toString(session.index()));
        if (phase.duration().isPresent()) {
            long total = phase.duration().get().toSeconds();
            countdown.setText(clock(session.remainingSeconds()));
            bar.setValue(total == 0 ? 1 : (double) (total - session.remainingSeconds()) / total);
            bar.setVisible(true);
            skip.setText("Skip");
            player.removeClassName("untimed");
        } else {
            countdown.setText("Your pace");
            bar.setVisible(false);
            skip.setText("Done, next");
            player.addClassName("untimed");
        }
    }

    private void finish() {
        running = false;
        player.removeAll();
        player.addClassName("finished");
        H3 done = new H3("Well done: " + routine.name() + " is finished.");
        done.addClassName("routine-finished");
        player.add(done);
        if (habit.isEmpty()) {
            player.add(new Paragraph(new Anchor("", "Back to today")));
            return;
        }
        IntegerField before = new IntegerField("Tightness before");
        IntegerField after = new IntegerField("Tightness after");
        before.setMin(0);
        before.setMax(10);
        after.setMin(0);
        after.setMax(10);
        before.setId("routine-before");
        after.setId("routine-after");
        TextArea note = new TextArea("Note");
        note.setId("routine-note");
        String clientId = UUID.randomUUID().toString();
        Button checkIn = new Button(
                "Check in “" + habit.get().name() + "”",
                click -> checkIn(CheckInRequest.of(clientId, habit.get().id())
                        .duration(session.elapsed())
                        .tightness(before.getValue(), after.getValue())
                        .note(note.getValue())));
        checkIn.setId("routine-check-in");
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(before, after, note, checkIn);
        form.addClassName("check-in-form");
        player.add(form);
    }

    void checkIn(CheckInRequest request) {
        try {
            checkIns.record(SignedIn.person(), request);
            Notification.show("Checked in. Well done.", 3000, Notification.Position.BOTTOM_CENTER);
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (InvalidInputException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (NotFoundException e) {
            Notification.show("That habit is not one of yours.", 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(fast ? FAST_POLL_MILLIS : POLL_MILLIS);
        polling = ui.addPollListener(poll -> tick());
    }

    @Override
    protected void onDetach(DetachEvent event) {
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
