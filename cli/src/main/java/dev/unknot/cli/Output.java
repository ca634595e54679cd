package dev.unknot.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.Style;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a command prints for a person: plain, aligned text, with bold headings and Unicode
 * decorations only when standard output is a terminal that takes them (see {@link UnknotCli}).
 */
public final class Output {

    private final PrintWriter out;
    private final boolean decorated;

    private Output(PrintWriter out, boolean decorated) {
        this.out = out;
        this.decorated = decorated;
    }

    /** The output of the command line {@code spec} belongs to. */
    public static Output of(CommandSpec spec) {
        return new Output(
                spec.commandLine().getOut(), spec.commandLine().getColorScheme().ansi() == Ansi.ON);
    }

    public void line(String text) {
        out.println(text);
    }

    public void blank() {
        out.println();
    }

    /** A heading, bold on a terminal. */
    public void heading(String text) {
        out.println(bold(text));
    }

    public String bold(String text) {
        return decorated ? Style.bold.on() + text + Style.reset.on() : text;
    }

    public String faint(String text) {
        return decorated ? Style.faint.on() + text + Style.reset.on() : text;
    }

    /** A list bullet: a dot on a terminal, a hyphen elsewhere. */
    public String bullet() {
        return decorated ? "•" : "-";
    }

    /** A separator between short facts on one line. */
    public String separator() {
        return decorated ? " · " : " | ";
    }

    /** {@code 1.}, right-aligned to the width of {@code count}'s number: {@code  9.} above {@code 10.}. */
    public static String number(int number, int count) {
        return String.format("%" + String.valueOf(count).length() + "d.", number);
    }

    /** Prints {@code table}, its header bold on a terminal. */
    public void table(Table table) {
        table.lines(this).forEach(out::println);
    }

    /** A table whose columns line up; the last column is never padded. */
    public static final class Table {
        private static final String GAP = "  ";

        private final String indent;
        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();

        private Table(String indent, List<String> header) {
            this.indent = indent;
            this.header = header;
        }

        /** A table with a header row, e.g. {@code ID}, {@code NAME}. */
        public static Table withHeader(String... header) {
            return new Table("", List.of(header));
        }

        /** A table without a header, each line starting with {@code indent}. */
        public static Table indented(String indent) {
            return new Table(indent, List.of());
        }

        public Table row(String... cells) {
            rows.add(List.of(cells));
            return this;
        }

        List<String> lines(Output output) {
            int columns = header.size();
            for (List<String> row : rows) {
                columns = Math.max(columns, row.size());
            }
            int[] widths = new int[columns];
            measure(header, widths);
            rows.forEach(row -> measure(row, widths));
            List<String> lines = new ArrayList<>();
            if (!header.isEmpty()) {
                lines.add(output.bold(format(header, widths)));
            }
            rows.forEach(row -> lines.add(format(row, widths)));
            return lines;
        }

        private static void measure(List<String> row, int[] widths) {
            for (int column = 0; column < row.size(); column++) {
                widths[column] = Math.max(
                        widths[column],
                        row.get(column).codePointCount(0, row.get(column).length()));
            }
        }

        private String format(List<String> row, int[] widths) {
            StringBuilder line = new StringBuilder(indent);
            for (int column = 0; column < row.size(); column++) {
                String cell = row.get(column);
                line.append(cell);
                if (column < row.size() - 1) {
                    line.append(" ".repeat(widths[column] - cell.codePointCount(0, cell.length())))
                            .append(GAP);
                }
            }
            return line.toString().stripTrailing();
        }
    }
}
