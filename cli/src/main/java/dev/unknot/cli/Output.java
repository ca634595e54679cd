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
    private final int width;

    private Output(PrintWriter out, boolean decorated, int width) {
        this.out = out;
        this.decorated = decorated;
        this.width = width;
    }

    /** The output of the command line {@code spec} belongs to. */
    public static Output of(CommandSpec spec) {
        return new Output(
                spec.commandLine().getOut(),
                spec.commandLine().getColorScheme().ansi() == Ansi.ON,
                spec.commandLine().getUsageHelpWidth());
    }

    /** The width lines are wrapped to: the terminal's, from {@code COLUMNS}, else 80. */
    public int width() {
        return width;
    }

    /**
     * Prints {@code text} wrapped between words to the {@link #width()}, each line starting with
     * {@code indent}; a word longer than a line has a line of its own.
     */
    public void wrapped(String indent, String text) {
        wrapped(indent, indent, text);
    }

    /** {@link #wrapped(String, String)} with a first line that starts differently, e.g. with a bullet. */
    public void wrapped(String first, String indent, String text) {
        wrap(first, indent, text, width).forEach(out::println);
    }

    /**
     * {@code text} in lines of at most {@code width} characters, broken between words, the first
     * starting with {@code first} and the others with {@code indent}.
     */
    public static List<String> wrap(String first, String indent, String text, int width) {
        List<String> lines = new ArrayList<>();
        String start = first;
        StringBuilder line = new StringBuilder(start);
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > start.length()
                    && line.codePointCount(0, line.length()) + 1 + word.codePointCount(0, word.length()) > width) {
                lines.add(line.toString());
                start = indent;
                line = new StringBuilder(start);
            }
            if (line.length() > start.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** {@code text} in a colour on a terminal that takes colour, else as it is. */
    public String colour(String text, Colour colour) {
        return decorated ? colour.mark + unmarked(text) + RESET : text;
    }

    /** The few colours a command uses, each for one meaning. */
    public enum Colour {
        GOOD(Style.fg_green, '\uFDD3'),
        PARTLY(Style.fg_yellow, '\uFDD4'),
        MISSED(Style.fg_red, '\uFDD5'),
        AWAY(Style.fg_blue, '\uFDD6');

        private final Style style;
        // Marked like bold and faint, for the same reason (see below).
        private final char mark;

        Colour(Style style, char mark) {
            this.style = style;
            this.mark = mark;
        }
    }

    /** Whether colour and Unicode decorations are on. */
    public boolean decorated() {
        return decorated;
    }

    /** Prints {@code text}, its stored parts made {@link #visible} and its own styles applied. */
    public void line(String text) {
        out.println(styled(visible(text)));
    }

    public void blank() {
        out.println();
    }

    /** A heading, bold on a terminal. */
    public void heading(String text) {
        line(bold(text));
    }

    public String bold(String text) {
        return decorated ? BOLD + unmarked(text) + RESET : text;
    }

    public String faint(String text) {
        return decorated ? FAINT + unmarked(text) + RESET : text;
    }

    /**
     * {@code text} safe to print on a terminal: every control character other than newline and tab
     * shown as {@code ^[}, {@code ^G} ({@code ^?} for DEL), and every other character that could act
     * on a terminal or is broken (C1 controls, lone surrogates, noncharacters) as {@code \\u009B}. A
     * name stored before such text was refused ({@link dev.unknot.core.PlainText}) can therefore
     * neither clear nor recolour the terminal. The styles this class marks stay marks.
     */
    public static String visible(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                char low = text.charAt(++i);
                if ((Character.toCodePoint(c, low) & 0xFFFE) == 0xFFFE) {
                    shown.append(escaped(c)).append(escaped(low));
                } else {
                    shown.append(c).append(low);
                }
            } else if (c == '\n' || c == '\t' || isMark(c)) {
                shown.append(c);
            } else if (c < 0x20) {
                shown.append('^').append((char) (c + 64));
            } else if (c == 0x7F) {
                shown.append("^?");
            } else if (Character.isISOControl(c)
                    || Character.isSurrogate(c)
                    || (c >= 0xFDD0 && c <= 0xFDEF)
                    || (c & 0xFFFE) == 0xFFFE) {
                shown.append(escaped(c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    private static String escaped(char c) {
        return String.format("\\u%04X", (int) c);
    }

    // The styles this class adds are marked with noncharacters while a line is put together, and
    // turned into the terminal's escape sequences only as it is printed, after the text in it has
    // been made visible: so a name can carry no escape sequence of its own to the terminal.
    private static final char BOLD = '\uFDD0';
    private static final char FAINT = '\uFDD1';
    private static final char RESET = '\uFDD2';

    private static boolean isMark(char c) {
        return c >= BOLD && c <= '\uFDD6';
    }

    /** {@code text} with any of the marks above it holds shown, not kept: it is text, not a style. */
    private static String unmarked(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (isMark(c)) {
                plain.append(escaped(c));
            } else {
                plain.append(c);
            }
        }
        return visible(plain.toString());
    }

    /** The marks of {@code text} as the terminal's styles, or dropped when output is not decorated. */
    private String styled(String text) {
        StringBuilder line = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case BOLD -> line.append(decorated ? Style.bold.on() : "");
                case FAINT -> line.append(decorated ? Style.faint.on() : "");
                case RESET -> line.append(decorated ? Style.reset.on() : "");
                default -> line.append(isMark(c) ? colourOf(c) : String.valueOf(c));
            }
        }
        return line.toString();
    }

    private String colourOf(char mark) {
        for (Colour colour : Colour.values()) {
            if (colour.mark == mark) {
                return decorated ? colour.style.on() : "";
            }
        }
        return "";
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
        table.lines(this).forEach(this::line);
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

        /** A row; its cells are made {@link #visible}, so that the columns line up on what is shown. */
        public Table row(String... cells) {
            rows.add(java.util.Arrays.stream(cells).map(Output::visible).toList());
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
            rows.forEach(row -> lines.addAll(wrapLast(format(row, widths), row, output.width)));
            return lines;
        }

        /**
         * {@code line} as it is when it fits {@code width}; else its last cell wrapped between
         * words under itself, when that leaves the cell room enough to read.
         */
        private static List<String> wrapLast(String line, List<String> row, int width) {
            if (line.codePointCount(0, line.length()) <= width || row.isEmpty()) {
                return List.of(line);
            }
            String last = row.get(row.size() - 1);
            String before = line.substring(0, line.length() - last.length());
            int start = before.codePointCount(0, before.length());
            if (!line.endsWith(last) || width - start < 20) {
                return List.of(line);
            }
            return wrap(before, " ".repeat(start), last, width);
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
