package dev.unknot.cli.server;

import dev.unknot.cli.Output;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import dev.unknot.client.RemoteTracker;
import dev.unknot.client.ServerLogin;
import dev.unknot.client.ServerRefusedException;
import dev.unknot.wire.settings.Settings;
import io.micronaut.context.annotation.Prototype;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unknot login URL}: from now on every command uses that server's data. The token is a
 * personal access token made in the web UI's Settings; it is read without echo, checked against
 * the server, and stored in {@code $UNKNOT_HOME/server.json}, readable by its owner alone.
 */
@Command(
        name = "login",
        description = {
            "Use an Unknot server's data instead of the local database.",
            "Asks for a personal access token (web UI > Settings) without echoing it, or reads it from",
            "standard input with --token-stdin. A token the server refuses exits with 2."
        })
@Prototype
public final class LoginCommand implements Callable<Integer> {

    private final Connection connection;

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "URL",
            description = "The server's address, as in a browser: https://unknot.example.org")
    String url;

    @Option(names = "--token-stdin", description = "Read the token from standard input (for scripts).")
    boolean tokenStdin;

    LoginCommand(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Integer call() {
        try {
            ServerLogin.address(url);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage(), "e.g. 'unknot login https://unknot.example.org'");
        }
        ServerLogin login;
        try {
            login = new ServerLogin(url, token());
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage(), "copy the whole token, shown once when it was made");
        }
        Settings settings;
        try {
            settings = new RemoteTracker(login.uri(), login.token(), connection.json()).settings();
        } catch (ServerRefusedException e) {
            if (e.unauthorized()) {
                throw new UsageProblem(
                        "the server " + login.server() + " refused the token",
                        "make a new one in the web UI's Settings and log in again");
            }
            throw e;
        }
        login.write(connection.home(), connection.json());
        Output output = Output.of(spec);
        output.line("Logged in to " + login.server() + " (time zone " + settings.timeZone() + ").");
        output.line("Every command now uses its data; 'unknot logout' returns to the local database.");
        return UnknotCli.OK;
    }

    private String token() {
        if (tokenStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isBlank()) {
                    throw new UsageProblem(
                            "no token on standard input", "e.g. 'echo \"$TOKEN\" | unknot login URL --token-stdin'");
                }
                return line.strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the token from standard input: " + e.getMessage(), e);
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new UsageProblem("no terminal to ask for the token", "pipe it in with --token-stdin");
        }
        char[] typed = console.readPassword("Personal access token (web UI > Settings): ");
        if (typed == null || typed.length == 0) {
            throw new UsageProblem("no token given", "paste the token the web UI showed when you made it");
        }
        return new String(typed).strip();
    }
}
