package dev.unknot.store.db;

import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.habit.HabitId;
import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A second process writing check-ins into the same embedded database: opens the store on the same
 * {@code UNKNOT_HOME}, says {@code READY}, waits for {@code GO}, then records check-ins as
 * {@link #write} does for the writer {@code child}, and says {@code DONE}. {@link #start} runs it
 * from a test.
 *
 * <p>Arguments: home, habit id, check-ins to write, shared check-ins to write.
 */
public final class CheckInWriter implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final List<String> seen = new ArrayList<>();

    private CheckInWriter(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts the child JVM on this test's class path and waits until its store is open. */
    public static CheckInWriter start(Path home, HabitId habit, int count, int shared) throws IOException {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CheckInWriter.class.getName(),
                        home.toString(),
                        habit.toString(),
                        Integer.toString(count),
                        Integer.toString(shared))
                .redirectErrorStream(true)
                .start();
        CheckInWriter child = new CheckInWriter(process);
        try {
            child.waitFor("READY");
        } catch (IOException | RuntimeException | Error e) {
            child.close();
            throw e;
        }
        return child;
    }

    /** Lets the child write. */
    public void go() throws IOException {
        Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        in.write("GO\n");
        in.flush();
    }

    /** Waits until the child has written everything and ended well; its output is in the failure. */
    public void awaitDone() throws IOException, InterruptedException {
        waitFor("DONE");
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("the child process did not end well:\n" + String.join("\n", seen));
        }
    }

    private void waitFor(String line) throws IOException {
        String read;
        while ((read = out.readLine()) != null) {
            seen.add(read);
            if (read.equals(line)) {
                return;
            }
        }
        throw new AssertionError("the child process ended before " + line + ":\n" + String.join("\n", seen));
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    public static void main(String[] args) throws Exception {
        String home = args[0];
        HabitId habit = new HabitId(Long.parseLong(args[1]));
        int count = Integer.parseInt(args[2]);
        int shared = Integer.parseInt(args[3]);
        try (ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of("unknot.home", home, "unknot.test.real-clock", "true"))
                .start()) {
            Person person = context.getBean(PersonService.class).local();
            CheckInService checkIns = context.getBean(CheckInService.class);
            System.out.println("READY");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if (!"GO".equals(in.readLine())) {
                throw new IllegalStateException("expected GO");
            }
            write(checkIns, person, habit, "child", count, shared);
        }
        System.out.println("DONE");
    }

    /** What each process writes: its own check-ins, each sent twice, and the shared ones. */
    static void write(CheckInService checkIns, Person person, HabitId habit, String writer, int count, int shared) {
        for (int i = 0; i < count; i++) {
            CheckInRequest request = CheckInRequest.of(writer + "-" + i, habit).tightness(i % 11, null);
            checkIns.record(person.id(), request);
            if (i % 5 == 0) {
                checkIns.record(person.id(), request);
            }
            if (i < shared) {
                checkIns.record(person.id(), CheckInRequest.of("shared-" + i, habit));
            }
        }
    }
}
