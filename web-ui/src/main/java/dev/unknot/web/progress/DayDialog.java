package dev.unknot.web.progress;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.Pain;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.Metric;
import dev.unknot.web.form.FieldErrors;
import dev.unknot.web.form.Numbers;
import dev.unknot.web.session.SignedIn;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One day of one habit, opened from its calendar: the check-ins of that day, each to change or
 * delete, and a form to add one (time, amount, tightness, pain, note) or change the one chosen.
 */
final class DayDialog extends Dialog {

    private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final Habit habit;
    private final LocalDate day;
    private final CheckInService checkIns;
    private final PersonalCalendar calendar;
    private final Runnable changed;
    private final Div list = new Div();
    private final H3 formTitle = new H3();

    final TimePicker time = new TimePicker("Time");
    final NumberField amount;
    final IntegerField before = Numbers.tightness("Tightness before");
    final IntegerField after = Numbers.tightness("Tightness after");
    final IntegerField painBefore = Numbers.pain("Pain before");
    final IntegerField painAfter = Numbers.pain("Pain after");
    final TextArea note = new TextArea("Note");
    final Button save = new Button();
    private final FieldErrors errors;
    private Optional<RecordedCheckIn> editing = Optional.empty();
    private String clientId = UUID.randomUUID().toString();

    DayDialog(Habit habit, LocalDate day, CheckInService checkIns, PersonService people, Runnable changed) {
        this.habit = habit;
        this.day = day;
        this.checkIns = checkIns;
        this.calendar = people.get(SignedIn.person()).calendar();
        this.changed = changed;
        addClassName("day-dialog");
        getElement().setAttribute("data-day", day.toString());
        setHeaderTitle(habit.name() + ", " + day.format(TITLE));
        amount = Numbers.amount(habit.metric() instanceof Metric.Measured m ? "Amount (" + m.unit() + ")" : "Amount");
        amount.addClassName("day-amount");
        amount.setVisible(habit.metric() instanceof Metric.Measured);
        amount.setPlaceholder("what is left of the day's target");
        time.setStep(java.time.Duration.ofMinutes(5));
        time.addClassName("day-time");
        before.addClassName("day-before");
        after.addClassName("day-after");
        painBefore.addClassName("day-pain-before");
        painAfter.addClassName("day-pain-after");
        note.addClassName("day-note");
        note.setMaxLength(CheckInService.MAX_NOTE);
        note.setWidthFull();
        errors = new FieldErrors()
                .on("at", time)
                .on("amount", amount)
                .on("before", before)
                .on("after", after)
                .on("painBefore", painBefore)
                .on("painAfter", painAfter)
                .on("note", note);
        save.addClassName("save-day-check-in");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        list.addClassName("day-check-ins");
        formTitle.addClassName("day-form-title");
        Div fields = new Div(time, amount, before, after, painBefore, painAfter, note, save);
        fields.addClassName("check-in-form");
        add(list, formTitle, fields);
        Button close = new Button("Close", click -> close());
        close.addClassName("close-day");
        getFooter().add(close);
        showCheckIns();
        startNew();
    }

    private void showCheckIns() {
        list.removeAll();
        List<RecordedCheckIn> found = checkIns.list(SignedIn.person(), habit.id(), new DateRange(day, day));
        if (found.isEmpty()) {
            Paragraph none = new Paragraph("No check-in on this day.");
            none.addClassName("no-check-ins");
            list.add(none);
        }
        for (RecordedCheckIn recorded : found) {
            list.add(row(recorded));
        }
    }

    private Component row(RecordedCheckIn recorded) {
        CheckIn checkIn = recorded.checkIn();
        Span text = new Span(describe(checkIn));
        text.addClassName("day-check-in-text");
        Button edit = new Button("Change", click -> startEdit(recorded));
        edit.addClassName("edit-check-in");
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button delete = new Button("Delete", click -> delete(recorded));
        delete.addClassName("delete-check-in");
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        Div row = new Div(text, edit, delete);
        row.addClassName("day-check-in");
        row.getElement()
                .setAttribute("data-check-in-id", Long.toString(recorded.id().value()));
        return row;
    }

    private String describe(CheckIn checkIn) {
        StringBuilder text = new StringBuilder(TIME.format(checkIn.at().atZone(calendar.zone())));
        if (habit.metric() instanceof Metric.Measured m) {
            text.append(" · ").append(Svg.fmt(checkIn.amount())).append(' ').append(m.unit());
        }
        if (checkIn.before().isPresent() || checkIn.after().isPresent()) {
            text.append(" · tightness ")
                    .append(checkIn.before()
                            .map(t -> Integer.toString(t.level()))
                            .orElse("–"))
                    .append(" → ")
                    .append(checkIn.after()
                            .map(t -> Integer.toString(t.level()))
                            .orElse("–"));
        }
        if (checkIn.painBefore().isPresent() || checkIn.painAfter().isPresent()) {
            text.append(" · pain ")
                    .append(checkIn.painBefore()
                            .map(p -> Integer.toString(p.level()))
                            .orElse("–"))
                    .append(" → ")
                    .append(checkIn.painAfter()
                            .map(p -> Integer.toString(p.level()))
                            .orElse("–"));
        }
        if (!checkIn.note().isBlank()) {
            text.append(" · “").append(checkIn.note()).append('”');
        }
        return text.toString();
    }

    private void startNew() {
        editing = Optional.empty();
        clientId = UUID.randomUUID().toString();
        LocalTime now = LocalTime.now(calendar.zone());
        time.setValue(
                day.equals(calendar.today(java.time.Clock.system(calendar.zone())))
                        ? now.withSecond(0).withNano(0)
                        : LocalTime.NOON);
        amount.clear();
        before.clear();
        after.clear();
        painBefore.clear();
        painAfter.clear();
        note.clear();
        errors.clear();
        save.setText("Add check-in");
        formTitle().setText("Add a check-in");
    }

    void startEdit(RecordedCheckIn recorded) {
        editing = Optional.of(recorded);
        CheckIn checkIn = recorded.checkIn();
        time.setValue(
                checkIn.at().atZone(calendar.zone()).toLocalTime().withSecond(0).withNano(0));
        amount.setValue(checkIn.amount());
        before.setValue(checkIn.before().map(Tightness::level).orElse(null));
        after.setValue(checkIn.after().map(Tightness::level).orElse(null));
        painBefore.setValue(checkIn.painBefore().map(Pain::level).orElse(null));
        painAfter.setValue(checkIn.painAfter().map(Pain::level).orElse(null));
        note.setValue(checkIn.note());
        errors.clear();
        save.setText("Save changes");
        formTitle().setText("Change the check-in of " + TIME.format(checkIn.at().atZone(calendar.zone())));
    }

    private H3 formTitle() {
        return formTitle;
    }

    /** The instant of {@code time} on this day of the person's calendar (a day may start after midnight). */
    private Instant at(LocalTime chosen) {
        LocalDate date = chosen.isBefore(calendar.dayStart()) ? day.plusDays(1) : day;
        return date.atTime(chosen).atZone(calendar.zone()).toInstant();
    }

    void save() {
        if (!errors.check()) {
            return;
        }
        if (time.getValue() == null) {
            errors.show(new InvalidInputException("at", "Choose the time of the check-in."));
            return;
        }
        try {
            if (editing.isPresent()) {
                RecordedCheckIn was = editing.get();
                checkIns.edit(
                        SignedIn.person(),
                        was.id(),
                        CheckInRequest.from(was.checkIn())
                                .at(at(time.getValue()))
                                .amount(Optional.ofNullable(amount.getValue())
                                        .or(() -> Optional.of(was.checkIn().amount())))
                                .tightness(before.getValue(), after.getValue())
                                .pain(painBefore.getValue(), painAfter.getValue())
                                .note(note.getValue()));
                Notification.show("Check-in changed.", 2000, Notification.Position.BOTTOM_CENTER);
            } else {
                checkIns.record(
                        SignedIn.person(),
                        CheckInRequest.of(clientId, habit.id())
                                .at(at(time.getValue()))
                                .amount(Optional.ofNullable(amount.getValue()))
                                .tightness(before.getValue(), after.getValue())
                                .pain(painBefore.getValue(), painAfter.getValue())
                                .note(note.getValue()));
                Notification.show("Check-in added.", 2000, Notification.Position.BOTTOM_CENTER);
            }
        } catch (InvalidInputException e) {
            errors.show(e);
            return;
        } catch (NotFoundException e) {
            FieldErrors.notice("That check-in or habit is no longer there.");
        }
        showCheckIns();
        startNew();
        changed.run();
    }

    void delete(RecordedCheckIn recorded) {
        try {
            checkIns.delete(SignedIn.person(), recorded.id());
            Notification.show("Check-in deleted.", 2000, Notification.Position.BOTTOM_CENTER);
        } catch (NotFoundException e) {
            // Already gone, deleted from another device.
        }
        showCheckIns();
        startNew();
        changed.run();
    }
}
