import io.micronaut.aot.MicronautAotOptimizer;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Runs Micronaut AOT on the command line's class path, which is this JVM's own: cli/pom.xml starts
 * this file with the JDK's source launcher (Micronaut AOT's own command line is not published where
 * this project builds from). Arguments: the configuration file, the output directory, the package of
 * the generated classes.
 */
public class MicronautAot {

    public static void main(String[] args) throws IOException {
        Properties config = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(args[0]))) {
            config.load(in);
        }
        config.setProperty("classpath", String.join(",", System.getProperty("java.class.path").split(File.pathSeparator)));
        config.setProperty("output.directory", args[1]);
        config.setProperty("package", args[2]);
        config.setProperty("runtime", "jit");
        MicronautAotOptimizer.execute(config);
    }
}
