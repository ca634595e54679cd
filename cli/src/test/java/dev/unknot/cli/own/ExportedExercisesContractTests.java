package dev.unknot.cli.own;

import dev.unknot.cli.Shell;
import dev.unknot.tck.DataPluginContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file of one's own exercises, as 'unknot exercise export' writes it, keeps the plugin contract. */
class ExportedExercisesContractTests extends DataPluginContract {

    private static Path exported;

    @Override
    protected synchronized Path file() {
        if (exported == null) {
            try {
                Path home = Files.createTempDirectory("unknot-own-export");
                Shell shell = Shell.withHome(home);
                shell.unknot(
                        "exercise",
                        "add",
                        "Wall slide",
                        "--step",
                        "Slide up and down.",
                        "--dose",
                        "hold 20-30",
                        "--each-side",
                        "--area",
                        "upper-back",
                        "--caution",
                        "Stop if it pinches.");
                shell.unknot(
                        "exercise",
                        "add",
                        "March",
                        "--step",
                        "March on the spot.",
                        "--dose",
                        "minutes 2-5",
                        "--area",
                        "legs",
                        "--pillar",
                        "movement");
                shell.unknot(
                        "exercise",
                        "routine",
                        "Evening",
                        "--step",
                        "my/wall-slide",
                        "--step",
                        "stretching/childs-pose=hold 20-30",
                        "--step",
                        "my/march");
                exported = home.resolve("anna-physio.yaml");
                Shell.Result result =
                        shell.unknot("exercise", "export", "--id", "anna-physio", "-o", exported.toString());
                if (result.exitCode() != 0) {
                    throw new AssertionError(result.toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return exported;
    }
}
