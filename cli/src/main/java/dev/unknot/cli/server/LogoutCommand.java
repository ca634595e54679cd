package dev.unknot.cli.server;

import dev.unknot.cli.Output;
import dev.unknot.cli.UnknotCli;
import dev.unknot.client.ServerLogin;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code unknot logout}: forget the server and its token; commands use the local database again. */
@Command(name = "logout", description = "Forget the server 'unknot login' chose: back to the local database.")
@Prototype
public final class LogoutCommand implements Callable<Integer> {

    private final Connection connection;

    @Spec
    CommandSpec spec;

    LogoutCommand(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Integer call() {
        Optional<ServerLogin> removed = ServerLogin.delete(connection.home(), connection.json());
        Output output = Output.of(spec);
        output.line(removed.map(login -> "Logged out of " + login.server() + ": commands use the local database again.")
                .orElse("Not logged in: commands use the local database."));
        if (connection.fromEnvironment()) {
            output.line(Connection.SERVER_VARIABLE + " and " + Connection.TOKEN_VARIABLE
                    + " are set: unset them to stop using that server.");
        }
        return UnknotCli.OK;
    }
}
