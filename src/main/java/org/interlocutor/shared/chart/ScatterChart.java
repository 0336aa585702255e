package org.interlocutor.shared.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Labelled points on two axes whose ticks the caller names, such as the stakeholder map: stance across, influence
 * up. Each point belongs to a style group (its colour and marker shape, and a legend entry when there are several
 * groups), has a label for its tooltip and may link to a screen of the application. Points on the same spot, like
 * every "supportive, influence 4" contact, are spread side by side inside their cell in a fixed order (group, then
 * label), so none hides another and the picture is the same at every rendering. Build one with
 * {@link #builder(ChartHeader)}.
 *
 * @param groups the style groups, in legend order, e.g. "Engaged in the last 30 days", "Not engaged since"
 */
public record ScatterChart(ChartHeader header, Axis x, Axis y, List<String> groups, List<Point> points)
        implements Chart {

    public ScatterChart {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        groups = List.copyOf(groups);
        points = List.copyOf(points);
        Set<String> known = new HashSet<>(groups);
        if (known.size() != groups.size()) {
            throw new IllegalArgumentException("Style groups must have different names: " + groups);
        }
        for (Point point : points) {
            if (!known.contains(point.group())) {
                throw new IllegalArgumentException("The point " + point.label() + " is in the group "
                        + point.group() + ", which is not one of " + groups);
            }
        }
    }

    @Override
    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** True when a point links to a screen: the chart is then something to interact with, not only an image. */
    public boolean hasLinks() {
        return points.stream().anyMatch(point -> point.link() != null);
    }

    public static Builder builder(ChartHeader header) {
        return new Builder(header);
    }

    /** A named position on an axis. */
    public record Tick(double value, String label) {

        public Tick {
            Objects.requireNonNull(label, "label");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("A tick needs a number, not " + value);
            }
        }
    }

    /**
     * An axis of a scatter chart: its title, the range it covers and its named ticks. Make one with
     * {@link #categories(String, List)} (a point's value is then the index of its category) or
     * {@link #numeric(String, double, double, List)}.
     *
     * @param banded true when each tick names a band (a category), drawn with lines between the bands; false when
     *        a tick names a position, drawn with a line through it
     */
    public record Axis(String title, double min, double max, List<Tick> ticks, boolean banded) {

        public Axis {
            Objects.requireNonNull(title, "title");
            ticks = List.copyOf(ticks);
            if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("An axis needs min < max, not " + min + " and " + max);
            }
        }

        /**
         * Categories side by side, e.g. "Opposed", "Neutral", "Supportive": a point's value is its category's index
         * (0 for the first).
         */
        public static Axis categories(String title, List<String> names) {
            List<Tick> ticks = IntStream.range(0, names.size()).mapToObj(i -> new Tick(i, names.get(i))).toList();
            return new Axis(title, -0.5, Math.max(1, names.size()) - 0.5, ticks, true);
        }

        /** A numeric range with named positions, e.g. influence from 0.5 to 5.5 with ticks 1 ("Low") to 5 ("High"). */
        public static Axis numeric(String title, double min, double max, List<Tick> ticks) {
            return new Axis(title, min, max, ticks, false);
        }

        /**
         * The size of the cell that points on one spot share: the smallest distance between two ticks (one
         * category when banded), or a tenth of the range when there are fewer than two ticks.
         */
        double cellSize() {
            double smallest = Double.MAX_VALUE;
            List<Double> values = ticks.stream().map(Tick::value).sorted().toList();
            for (int i = 1; i < values.size(); i++) {
                double gap = values.get(i) - values.get(i - 1);
                if (gap > 0) {
                    smallest = Math.min(smallest, gap);
                }
            }
            return smallest == Double.MAX_VALUE ? (max - min) / 10 : smallest;
        }

        /** The tick's label when the value is a tick's, otherwise the number. */
        String describe(double value, Locale locale) {
            for (Tick tick : ticks) {
                if (tick.value() == value) {
                    return tick.label();
                }
            }
            return ValueFormat.NUMBER.format(value, locale, 2);
        }
    }

    /**
     * A point: where it is, what its tooltip says, its style group, and optionally the screen it opens.
     *
     * @param label names the point in its tooltip, e.g. the contact's name
     * @param group one of the chart's style groups
     * @param link an application route without a leading slash, such as "contacts/42", or null; anything with a
     *        scheme or a host ("javascript:", "https://", "//host") is refused
     */
    public record Point(double x, double y, String label, String group, @Nullable String link) {

        private static final Pattern APP_ROUTE = Pattern.compile("[A-Za-z0-9_~-][A-Za-z0-9._~!$&()*+,;=%/?@-]*");

        public Point {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(group, "group");
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("The point " + label + " needs numbers, not " + x + ", " + y);
            }
            if (link != null && !APP_ROUTE.matcher(link).matches()) {
                throw new IllegalArgumentException("A point links to a route of the application such as "
                        + "contacts/42, not " + link);
            }
        }
    }

    /** Collects a scatter chart's parts. */
    public static final class Builder {

        private final ChartHeader header;
        private @Nullable Axis x;
        private @Nullable Axis y;
        private List<String> groups = List.of();
        private final List<Point> points = new ArrayList<>();

        private Builder(ChartHeader header) {
            this.header = header;
        }

        public Builder xAxis(Axis axis) {
            this.x = axis;
            return this;
        }

        public Builder yAxis(Axis axis) {
            this.y = axis;
            return this;
        }

        public Builder groups(List<String> names) {
            this.groups = List.copyOf(names);
            return this;
        }

        public Builder point(double x, double y, String label, String group, @Nullable String link) {
            return point(new Point(x, y, label, group, link));
        }

        public Builder point(Point point) {
            points.add(point);
            return this;
        }

        public ScatterChart build() {
            return new ScatterChart(header, Objects.requireNonNull(x, "the x axis"),
                    Objects.requireNonNull(y, "the y axis"), groups, points);
        }
    }
}
