package dev.unknot.cli.shell;

import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unknot completion bash}: a completion script generated from the command model itself,
 * with a front that completes habit names, routine and technique ids by asking {@code unknot
 * candidates} (see {@link CandidatesCommand}) at the moment of completing.
 */
@Command(
        name = "completion",
        description = {
            "Print a shell completion script for bash (zsh: with bashcompinit).",
            "It completes commands, options, habit names and routine and technique ids.",
            "Use: source <(unknot completion bash)"
        })
@Prototype
public final class CompletionCommand implements Callable<Integer> {

    /** The command paths whose first argument is a habit or a library id, and what to offer there. */
    private static final Map<String, String> ARGUMENTS = Map.ofEntries(
            Map.entry("checkin", "habits"),
            Map.entry("check-in", "habits"),
            Map.entry("stats", "habits"),
            Map.entry("habit edit", "habits"),
            Map.entry("habit archive", "habits"),
            Map.entry("habit skip", "habits"),
            Map.entry("habit unskip", "habits"),
            Map.entry("habit pause", "habits"),
            Map.entry("habit resume", "habits"),
            Map.entry("habit restore", "archived"),
            Map.entry("habit unarchive", "archived"),
            Map.entry("habit add", "library"),
            Map.entry("routine run", "routines"),
            Map.entry("technique", "techniques"));

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
        spec.commandLine().getOut().print(dynamic(root));
        spec.commandLine().getOut().flush();
        return UnknotCli.OK;
    }

    /**
     * The front of the script: where the word being completed is the first argument of a command
     * in {@link #ARGUMENTS}, it offers what {@code unknot candidates} prints, quoted for the shell;
     * anywhere else it hands over to Picocli's function.
     */
    static String dynamic(CommandLine root) {
        TreeSet<String> flags = new TreeSet<>();
        TreeSet<String> groups = new TreeSet<>();
        collect(root, flags, groups);
        StringBuilder cases = new StringBuilder();
        new TreeSet<>(ARGUMENTS.keySet())
                .forEach(path -> cases.append("        \"")
                        .append(path)
                        .append("\") kind=")
                        .append(ARGUMENTS.get(path))
                        .append(" ;;\n"));
        String name = root.getCommandName();
        return """

                # Habit names, routine and technique ids: asked of %1$s itself while completing.
                _%1$s_flags=" %2$s "
                _%1$s_groups=" %3$s "
                function _%1$s_arguments() {
                    local cur="${COMP_WORDS[COMP_CWORD]}" word path="" skip=0 positional=0 kind="" i
                    for ((i = 1; i < COMP_CWORD; i++)); do
                        word="${COMP_WORDS[i]}"
                        if ((skip)); then skip=0; continue; fi
                        case "$word" in
                            --*=*) ;;
                            -*) [[ "$_%1$s_flags" == *" $word "* ]] || skip=1 ;;
                            *)
                                if [[ -z "$path" ]]; then
                                    path="$word"
                                elif [[ "$path" != *" "* && "$_%1$s_groups" == *" $path "* ]]; then
                                    path="$path $word"
                                else
                                    positional=$((positional + 1))
                                fi ;;
                        esac
                    done
                    if ((skip || positional)) || [[ "$cur" == -* ]]; then return 1; fi
                    case "$path" in
                %4$s        *) return 1 ;;
                    esac
                    cur="${cur//\\\\/}"
                    cur="${cur#[\\"\\']}"
                    local IFS=$'\\n' candidate
                    COMPREPLY=()
                    for candidate in $("${COMP_WORDS[0]}" %5$s "$kind" "$cur" 2>/dev/null); do
                        COMPREPLY+=("$(printf '%%q' "$candidate")")
                    done
                    return 0
                }
                function _%1$s_complete() {
                    _%1$s_arguments || _complete_%1$s "$@"
                }
                complete -F _%1$s_complete -o default %1$s ./%1$s
                """.formatted(name, String.join(" ", flags), String.join(" ", groups), cases, CandidatesCommand.NAME);
    }

    /** Every option that takes no value, and every command that has subcommands, below {@code command}. */
    private static void collect(CommandLine command, TreeSet<String> flags, TreeSet<String> groups) {
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (option.arity().max() == 0) {
                flags.addAll(List.of(option.names()));
            }
        }
        command.getSubcommands().forEach((name, subcommand) -> {
            if (!subcommand.getSubcommands().isEmpty()) {
                groups.add(name);
            }
            collect(subcommand, flags, groups);
        });
    }
}
