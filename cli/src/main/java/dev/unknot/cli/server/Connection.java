package dev.unknot.cli.server;

import dev.unknot.app.UnknotPaths;
import dev.unknot.app.tracker.LocalTrackers;
import dev.unknot.cli.UsageProblem;
import dev.unknot.client.RemoteTracker;
import dev.unknot.client.ServerLogin;
import dev.unknot.wire.Tracker;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where this run's data lives. {@code UNKNOT_SERVER} with {@code UNKNOT_TOKEN} name a server for
 * this run; else {@code $UNKNOT_HOME/server.json}, written by {@code unknot login}, does; else it is
 * the local database. While a server is chosen, the local database is never opened.
 */
@Singleton
public final class Connection {

    static final String SERVER_VARIABLE = "UNKNOT_SERVER";
    static final String TOKEN_VARIABLE = "UNKNOT_TOKEN";

    private final BeanProvider<UnknotPaths> paths;
    private final BeanProvider<JsonMapper> json;
    private final BeanProvider<LocalTrackers> locals;
    private final Optional<String> serverVariable;
    private final Optional<String> tokenVariable;
    private Optional<ServerLogin> login;

    Connection(
            BeanProvider<UnknotPaths> paths,
            BeanProvider<JsonMapper> json,
            BeanProvider<LocalTrackers> locals,
            @Property(name = "unknot.server") Optional<String> serverVariable,
            @Property(name = "unknot.token") Optional<String> tokenVariable) {
        this.paths = paths;
        this.json = json;
        this.locals = locals;
        this.serverVariable = serverVariable.filter(value -> !value.isBlank());
        this.tokenVariable = tokenVariable.filter(value -> !value.isBlank());
    }

    /** The server this run talks to, if any. */
    public synchronized Optional<ServerLogin> login() {
        if (login == null) {
            login = fromVariables().or(() -> ServerLogin.read(home(), json.get()));
        }
        return login;
    }

    private Optional<ServerLogin> fromVariables() {
        if (serverVariable.isEmpty() && tokenVariable.isEmpty()) {
            return Optional.empty();
        }
        if (serverVariable.isEmpty() || tokenVariable.isEmpty()) {
            throw new UsageProblem(
                    SERVER_VARIABLE + " and " + TOKEN_VARIABLE + " go together",
                    "set both, or neither (then 'unknot login' decides)");
        }
        try {
            return Optional.of(new ServerLogin(serverVariable.get(), tokenVariable.get()));
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(
                    SERVER_VARIABLE + "/" + TOKEN_VARIABLE + ": " + e.getMessage(), "fix the variable or unset it");
        }
    }

    /** The tracker of the person at this terminal: on the server, else on the local database. */
    public Tracker tracker() {
        Optional<ServerLogin> server = login();
        if (server.isPresent()) {
            return new RemoteTracker(server.get().uri(), server.get().token(), json.get());
        }
        return locals.get().forLocalPerson();
    }

    /** For {@code --verbose}: {@code server https://...} or {@code the local database in ~/.unknot}. */
    public String describe() {
        return login().map(server -> "the Unknot server at " + server.server())
                .orElseGet(() -> "the local database in " + home());
    }

    Path home() {
        return paths.get().home();
    }

    JsonMapper json() {
        return json.get();
    }

    /** Whether the login comes from the environment, which {@code unknot logout} cannot undo. */
    boolean fromEnvironment() {
        return serverVariable.isPresent() || tokenVariable.isPresent();
    }
}
