package dev.unknot.plugindata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every problem found in one document, each on one line, in the order of the document. */
final class Problems {

    private record Problem(int line, String text) {}

    private final List<Problem> problems = new ArrayList<>();

    void add(int line, String path, String message) {
        String where = line > 0 ? "line " + line : "the document";
        problems.add(new Problem(line, path.isEmpty() ? where + ": " + message : where + ", " + path + ": " + message));
    }

    boolean any() {
        return !problems.isEmpty();
    }

    List<String> lines() {
        return problems.stream()
                .sorted(Comparator.comparingInt(Problem::line))
                .map(Problem::text)
                .toList();
    }
}
