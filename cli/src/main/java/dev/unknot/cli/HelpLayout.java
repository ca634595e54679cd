package dev.unknot.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Column.Overflow;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.IHelpSectionRenderer;

/**
 * The parts of {@code --help} that Picocli lays out as free text: the Environment block is a table
 * of variables and what they do, whose descriptions wrap under themselves rather than to column 0.
 */
final class HelpLayout {

    /** Where the descriptions start, after two spaces and the longest variable name. */
    private static final int NAME_WIDTH = 22;

    private HelpLayout() {}

    /** {@code defaults} with the footer laid out as a table. */
    static Map<String, IHelpSectionRenderer> sections(Map<String, IHelpSectionRenderer> defaults) {
        Map<String, IHelpSectionRenderer> sections = new LinkedHashMap<>(defaults);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, HelpLayout::footer);
        return sections;
    }

    /** Each footer line {@code NAME\tdescription} as a row, its description wrapping under itself. */
    static String footer(Help help) {
        String[] lines = help.commandSpec().usageMessage().footer();
        if (lines.length == 0) {
            return "";
        }
        int width = help.commandSpec().usageMessage().width();
        TextTable table = TextTable.forColumns(
                help.colorScheme(),
                new Column(NAME_WIDTH, 2, Overflow.SPAN),
                new Column(width - NAME_WIDTH, 0, Overflow.WRAP));
        table.indentWrappedLines = 0;
        for (String line : lines) {
            int tab = line.indexOf('\t');
            table.addRowValues(tab < 0 ? "" : line.substring(0, tab), line.substring(tab + 1));
        }
        return table.toString();
    }
}
