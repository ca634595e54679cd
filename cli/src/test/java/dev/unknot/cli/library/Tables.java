package dev.unknot.cli.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertions on the aligned tables the commands print. */
final class Tables {

    private Tables() {}

    /** Every row's cell under each of {@code columns} starts where the header's column does. */
    static void assertAligned(List<String> lines, String... columns) {
        String header = lines.get(0);
        for (String column : columns) {
            int start = header.indexOf(column);
            assertThat(start).as("column %s in %s", column, header).isPositive();
            for (String row : lines.subList(1, lines.size())) {
                assertThat(row.length()).as(row).isGreaterThan(start);
                assertThat(row.substring(start - 2, start))
                        .as("gap before %s in '%s'", column, row)
                        .isEqualTo("  ");
                assertThat(row.charAt(start))
                        .as("start of %s in '%s'", column, row)
                        .isNotEqualTo(' ');
            }
        }
    }
}
