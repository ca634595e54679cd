package dev.unknot.web.progress;

import dev.unknot.core.progress.Day;
import dev.unknot.core.progress.TightnessTrend;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The charts of the Progress page, drawn as SVG text by the project (Vaadin Charts is commercial):
 * a calendar heat map of a habit's days and a line chart of the tightness trend. Pure functions of
 * their input, so they are tested without a browser.
 */
final class Svg {

    static final int CELL = 12;
    static final int GAP = 2;
    static final int LEFT = 28;
    static final int TOP = 16;

    private Svg() {}

    /**
     * A heat map of the last {@code weeks} weeks up to {@code today}: one column per week (Monday
     * on top), one square per day coloured by its state; each square's title says the day and state.
     */
    static String heatMap(List<Day> days, LocalDate today, int weeks) {
        LocalDate lastMonday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
        LocalDate first = lastMonday.minusWeeks(weeks - 1L);
        java.util.Map<LocalDate, Day> byDate = new java.util.HashMap<>();
        for (Day day : days) {
            byDate.put(day.date(), day);
        }
        int width = LEFT + weeks * (CELL + GAP);
        int height = TOP + 7 * (CELL + GAP);
        StringBuilder svg = new StringBuilder(32 * 7 * weeks)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heat-map\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"Calendar of the last ")
                .append(weeks)
                .append(" weeks\">");
        for (DayOfWeek weekday : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
            svg.append("<text class=\"axis\" x=\"0\" y=\"")
                    .append(TOP + (weekday.getValue() - 1) * (CELL + GAP) + CELL - 2)
                    .append("\">")
                    .append(weekday.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                    .append("</text>");
        }
        int lastMonth = -1;
        for (int week = 0; week < weeks; week++) {
            LocalDate monday = first.plusWeeks(week);
            int x = LEFT + week * (CELL + GAP);
            if (monday.getMonthValue() != lastMonth) {
                lastMonth = monday.getMonthValue();
                svg.append("<text class=\"axis\" x=\"")
                        .append(x)
                        .append("\" y=\"10\">")
                        .append(monday.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                        .append("</text>");
            }
            for (int weekday = 0; weekday < 7; weekday++) {
                LocalDate date = monday.plusDays(weekday);
                if (date.isAfter(today)) {
                    continue;
                }
                Day day = byDate.get(date);
                String state = day == null
                        ? "none"
                        : day.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
                svg.append("<rect class=\"day ")
                        .append(state)
                        .append("\" x=\"")
                        .append(x)
                        .append("\" y=\"")
                        .append(TOP + weekday * (CELL + GAP))
                        .append("\" width=\"")
                        .append(CELL)
                        .append("\" height=\"")
                        .append(CELL)
                        .append("\" rx=\"2\" data-day=\"")
                        .append(date)
                        .append("\"><title>")
                        .append(date)
                        .append(": ")
                        .append(describe(day))
                        .append("</title></rect>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String describe(Day day) {
        if (day == null) {
            return "before the habit started";
        }
        return switch (day.state()) {
            case DONE -> "done";
            case PARTIAL -> "partly done";
            case MISSED -> "missed";
            case PENDING -> "still to do";
            case NOT_DUE -> "not due";
            case SKIPPED -> "skipped";
            case PAUSED -> "paused";
        };
    }

    /**
     * The tightness trend from {@code from} to {@code to}: mean tightness before (dashed) and after
     * (solid) per day on a 0–10 scale, each point with a title.
     */
    static String trend(List<TightnessTrend.Point> points, LocalDate from, LocalDate to) {
        return trend(points, from, to, 600, 200);
    }

    /**
     * {@link #trend(List, LocalDate, LocalDate)} drawn {@code width} wide: a narrow drawing keeps its
     * labels readable when a phone shrinks it.
     */
    static String trend(List<TightnessTrend.Point> points, LocalDate from, LocalDate to, int width, int height) {
        return trend(points, from, to, width, height, "Tightness");
    }

    /** {@link #trend(List, LocalDate, LocalDate, int, int)} of {@code measure}: "Tightness" or "Pain". */
    static String trend(
            List<TightnessTrend.Point> points, LocalDate from, LocalDate to, int width, int height, String measure) {
        int left = 28;
        int right = 8;
        int top = 10;
        int bottom = 22;
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        Function<LocalDate, Double> x =
                day -> left + (width - left - right) * (double) ChronoUnit.DAYS.between(from, day) / span;
        Function<Double, Double> y = level -> top + (height - top - bottom) * (10 - level) / 10;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(measure)
                .append(" from ")
                .append(from)
                .append(" to ")
                .append(to)
                .append("\">");
        for (int level = 0; level <= 10; level += 5) {
            double ly = y.apply((double) level);
            svg.append("<line class=\"grid\" x1=\"")
                    .append(left)
                    .append("\" x2=\"")
                    .append(width - right)
                    .append("\" y1=\"")
                    .append(fmt(ly))
                    .append("\" y2=\"")
                    .append(fmt(ly))
                    .append("\"/>")
                    .append("<text class=\"axis\" x=\"0\" y=\"")
                    .append(fmt(ly + 4))
                    .append("\">")
                    .append(level)
                    .append("</text>");
        }
        svg.append("<text class=\"axis\" x=\"")
                .append(left)
                .append("\" y=\"")
                .append(height - 4)
                .append("\">")
                .append(from)
                .append("</text><text class=\"axis\" text-anchor=\"end\" x=\"")
                .append(width - right)
                .append("\" y=\"")
                .append(height - 4)
                .append("\">")
                .append(to)
                .append("</text>");
        line(svg, points, TightnessTrend.Point::before, "before", x, y);
        line(svg, points, TightnessTrend.Point::after, "after", x, y);
        return svg.append("</svg>").toString();
    }

    private static void line(
            StringBuilder svg,
            List<TightnessTrend.Point> points,
            Function<TightnessTrend.Point, OptionalDouble> side,
            String name,
            Function<LocalDate, Double> x,
            Function<Double, Double> y) {
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (TightnessTrend.Point point : points) {
            OptionalDouble value = side.apply(point);
            if (value.isEmpty()) {
                continue;
            }
            String px = fmt(x.apply(point.day()));
            String py = fmt(y.apply(value.getAsDouble()));
            path.append(path.length() == 0 ? "" : " ").append(px).append(',').append(py);
            dots.append("<circle class=\"point ")
                    .append(name)
                    .append("\" cx=\"")
                    .append(px)
                    .append("\" cy=\"")
                    .append(py)
                    .append("\" r=\"3\"><title>")
                    .append(point.day())
                    .append(", ")
                    .append(name)
                    .append(": ")
                    .append(fmt(value.getAsDouble()))
                    .append("</title></circle>");
        }
        if (path.length() > 0) {
            svg.append("<polyline class=\"line ")
                    .append(name)
                    .append("\" points=\"")
                    .append(path)
                    .append("\"/>");
        }
        svg.append(dots);
    }

    /** The width of the readable charts: labels of {@value #READABLE_FONT} units stay 12 px or more down to this width. */
    static final int READABLE_WIDTH = 320;

    static final int READABLE_FONT = 13;

    /**
     * The amounts of a measured habit per day as bars, against its daily target (a dashed line),
     * with the target and the first and last day labelled; each bar's title says the day and amount.
     */
    static String amounts(List<Day> days, String unit) {
        int width = READABLE_WIDTH;
        int height = 170;
        int left = 30;
        int right = 6;
        int top = 12;
        int bottom = 22;
        double most = 1;
        for (Day day : days) {
            most = Math.max(most, Math.max(day.amount(), day.target()));
        }
        double scale = (height - top - bottom) / most;
        double slot = days.isEmpty() ? 0 : (double) (width - left - right) / days.size();
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"amounts\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"Amount of ")
                .append(escape(unit))
                .append(" per day against the daily target\">");
        double baseline = height - bottom;
        svg.append("<line class=\"grid\" x1=\"")
                .append(left)
                .append("\" x2=\"")
                .append(width - right)
                .append("\" y1=\"")
                .append(fmt(baseline))
                .append("\" y2=\"")
                .append(fmt(baseline))
                .append("\"/><text class=\"axis\" x=\"0\" y=\"")
                .append(fmt(baseline))
                .append("\">0</text>");
        for (int index = 0; index < days.size(); index++) {
            Day day = days.get(index);
            double barHeight = day.amount() * scale;
            svg.append("<rect class=\"bar")
                    .append(day.amount() >= day.target() && day.target() > 0 ? " met" : "")
                    .append("\" x=\"")
                    .append(fmt(left + index * slot + slot * 0.15))
                    .append("\" y=\"")
                    .append(fmt(baseline - barHeight))
                    .append("\" width=\"")
                    .append(fmt(slot * 0.7))
                    .append("\" height=\"")
                    .append(fmt(barHeight))
                    .append("\" data-day=\"")
                    .append(day.date())
                    .append("\"><title>")
                    .append(day.date())
                    .append(": ")
                    .append(fmt(day.amount()))
                    .append(" of ")
                    .append(fmt(day.target()))
                    .append(' ')
                    .append(escape(unit))
                    .append("</title></rect>");
        }
        if (!days.isEmpty()) {
            double target = days.get(days.size() - 1).target();
            double ty = baseline - target * scale;
            svg.append("<line class=\"target\" x1=\"")
                    .append(left)
                    .append("\" x2=\"")
                    .append(width - right)
                    .append("\" y1=\"")
                    .append(fmt(ty))
                    .append("\" y2=\"")
                    .append(fmt(ty))
                    .append("\"/><text class=\"axis\" x=\"0\" y=\"")
                    .append(fmt(ty + 4))
                    .append("\">")
                    .append(fmt(target))
                    .append("</text><text class=\"axis\" x=\"")
                    .append(left)
                    .append("\" y=\"")
                    .append(height - 4)
                    .append("\">")
                    .append(shortDay(days.get(0).date()))
                    .append("</text><text class=\"axis\" text-anchor=\"end\" x=\"")
                    .append(width - right)
                    .append("\" y=\"")
                    .append(height - 4)
                    .append("\">")
                    .append(shortDay(days.get(days.size() - 1).date()))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static String shortDay(LocalDate day) {
        return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
