package dev.unknot.web.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.progress.Day;
import dev.unknot.core.progress.DayState;
import dev.unknot.core.progress.TightnessTrend;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgTests {

    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    @Test
    void heatMapHasOneSquarePerDayUpToTodayColouredByState() {
        List<Day> days = List.of(
                new Day(WEDNESDAY.minusDays(2), DayState.DONE, 1, 1),
                new Day(WEDNESDAY.minusDays(1), DayState.MISSED, 0, 1),
                new Day(WEDNESDAY, DayState.PENDING, 0, 1));

        String svg = Svg.heatMap(days, WEDNESDAY, 2);

        // Two weeks, Monday first: last week's 7 days and this week's Monday to Wednesday.
        assertThat(count(svg, "<rect ")).isEqualTo(10);
        assertThat(svg)
                .contains("class=\"day done\" x=\"" + (Svg.LEFT + Svg.CELL + Svg.GAP) + "\" y=\"" + Svg.TOP + "\"")
                .contains("data-day=\"2026-11-23\"><title>2026-11-23: done</title>")
                .contains("<title>2026-11-24: missed</title>")
                .contains("<title>2026-11-25: still to do</title>")
                .contains("<title>2026-11-16: before the habit started</title>")
                .doesNotContain("2026-11-26")
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .endsWith("</svg>");
    }

    @Test
    void heatMapOfFiveYearsStaysSmall() {
        String svg = Svg.heatMap(List.of(), WEDNESDAY, 26);

        assertThat(count(svg, "<rect ")).isEqualTo(25 * 7 + 3);
        assertThat(svg.length()).isLessThan(30_000);
    }

    @Test
    void trendDrawsBeforeAndAfterOnATenPointScale() {
        List<TightnessTrend.Point> points = List.of(
                new TightnessTrend.Point(WEDNESDAY.minusDays(10), OptionalDouble.of(8), OptionalDouble.of(5)),
                new TightnessTrend.Point(WEDNESDAY, OptionalDouble.of(6), OptionalDouble.empty()));

        String svg = Svg.trend(points, WEDNESDAY.minusDays(10), WEDNESDAY);

        assertThat(count(svg, "<circle class=\"point before\"")).isEqualTo(2);
        assertThat(count(svg, "<circle class=\"point after\"")).isEqualTo(1);
        assertThat(svg)
                .contains("<polyline class=\"line before\" points=\"28,43.6 592,77.2\"/>")
                .contains("<title>2026-11-15, before: 8</title>")
                .contains("<title>2026-11-15, after: 5</title>");
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
