package dev.unknot.cli.shell;

import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import io.micronaut.context.annotation.Prototype;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unknot completion bash}: a completion script generated from the command model itself. */
@Command(
        name = "completion",
        description = {
            "Print a shell completion script for bash (zsh: with bashcompinit).",
            "Use: source <(unknot completion bash)"
        })
@Prototype
public final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", defaultValue = "bash", description = "bash (the default) or zsh.")
    String shell;

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new UsageProblem("no completion for '" + shell + "'", "choose bash or zsh");
        }
        CommandLine root = spec.root().commandLine();
        spec.commandLine().getOut().print(AutoComplete.bash(root.getCommandName(), root));
        spec.commandLine().getOut().flush();
        return UnknotCli.OK;
    }
}
