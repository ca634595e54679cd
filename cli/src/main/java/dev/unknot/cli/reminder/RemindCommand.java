package dev.unknot.cli.reminder;

import dev.unknot.cli.Output;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import dev.unknot.wire.reminder.UpcomingReminder;
import io.micronaut.context.annotation.Prototype;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unknot remind --watch}: reminders without a server, while a terminal stays open. Shows
 * each through {@code notify-send} when the desktop has it, and prints it with the terminal bell
 * when not.
 */
@Command(name = "remind", description = "Remind you in this terminal and on the desktop (notify-send) until Ctrl-C.")
@Prototype
public final class RemindCommand implements Callable<Integer> {

    /** How often what is coming is read again: a check-in made meanwhile stops its reminder. */
    static final Duration REREAD = Duration.ofSeconds(30);

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Option(names = "--watch", description = "Keep watching and remind when a reminder falls due.")
    boolean watch;

    @Option(names = "--no-desktop", description = "Print and ring the bell only, without notify-send.")
    boolean noDesktop;

    RemindCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (!watch) {
            throw new UsageProblem(
                    "say --watch", "'unknot remind --watch' reminds until Ctrl-C; 'unknot reminders' lists them");
        }
        Output output = Output.of(spec);
        Optional<Path> notifySend = noDesktop ? Optional.empty() : onPath("notify-send");
        CountDownLatch stopped = new CountDownLatch(1);
        Thread watcher = Thread.currentThread();
        Thread hook = new Thread(() -> {
            stopped.countDown();
            watcher.interrupt();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        output.line("Watching for reminders"
                + (notifySend.isPresent() ? " (desktop notifications on)" : "")
                + ". Ctrl-C stops.");
        Watch watch = new Watch();
        try {
            while (stopped.getCount() > 0) {
                Instant now = Instant.now();
                for (UpcomingReminder due :
                        watch.at(now, person.tracker().upcomingReminders(1).reminders())) {
                    show(output, due, notifySend);
                }
                Instant wake = watch.next()
                        .filter(next -> next.isBefore(now.plus(REREAD)))
                        .orElse(now.plus(REREAD));
                long millis = Math.max(50, Duration.between(Instant.now(), wake).toMillis());
                if (stopped.await(millis, TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            // Ctrl-C: fall through to a clean end.
        } finally {
            if (stopped.getCount() > 0) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
        spec.commandLine().getOut().println("Stopped watching.");
        spec.commandLine().getOut().flush();
        return UnknotCli.OK;
    }

    private void show(Output output, UpcomingReminder due, Optional<Path> notifySend) {
        String when = RemindersCommand.WHEN.format(LocalDateTime.parse(due.local()));
        String title = "Time for: " + due.habit();
        if (notifySend.isPresent()) {
            try {
                new ProcessBuilder(
                                notifySend.get().toString(),
                                "--app-name=Unknot",
                                title,
                                due.habit() + " is due (" + when + ").")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                output.line(when + "  " + title);
                return;
            } catch (IOException e) {
                // Fall back to the terminal.
            }
        }
        output.line(when + "  " + title + "\u0007");
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
