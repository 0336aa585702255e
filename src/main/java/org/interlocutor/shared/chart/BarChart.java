package org.interlocutor.shared.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Bars for categories (engagement types, months, regional groups), one bar per {@link Series} in each category,
 * side by side ({@link Arrangement#GROUPED}) or on top of each other ({@link Arrangement#STACKED}). Bars stand up
 * from the category axis ({@link Orientation#VERTICAL}), or lie along it ({@link Orientation#HORIZONTAL}), which
 * suits long category names and narrow screens. Build one with {@link #builder(ChartHeader)}.
 *
 * @param categoryAxisTitle the title of the category axis; empty for none
 * @param valueAxisTitle the title of the value axis, e.g. "Engagements"; empty for none
 * @param categories the category names, in the order shown
 * @param series one value per category each; a legend is drawn when there are several
 */
public record BarChart(ChartHeader header, String categoryAxisTitle, String valueAxisTitle, List<String> categories,
        List<Series> series, Arrangement arrangement, Orientation orientation, ValueFormat valueFormat)
        implements Chart {

    /** Where the bars of one category go. */
    public enum Arrangement {
        /** Side by side; values may be negative. */
        GROUPED,
        /** On top of each other, the category's total as the whole bar; values must not be negative. */
        STACKED
    }

    /** Which way the bars run. */
    public enum Orientation {
        /** Categories along the bottom, bars going up. */
        VERTICAL,
        /** Categories down the left side, bars going right. */
        HORIZONTAL
    }

    public BarChart {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(categoryAxisTitle, "categoryAxisTitle");
        Objects.requireNonNull(valueAxisTitle, "valueAxisTitle");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        Objects.requireNonNull(arrangement, "arrangement");
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(valueFormat, "valueFormat");
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("The series " + one.name() + " has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
            if (arrangement == Arrangement.STACKED && one.values().stream().anyMatch(value -> value < 0)) {
                throw new IllegalArgumentException("Stacked bars cannot show the negative values of " + one.name());
            }
        }
    }

    @Override
    public boolean isEmpty() {
        return categories.isEmpty() || series.stream().allMatch(one -> one.values().stream().allMatch(v -> v == 0));
    }

    public boolean stacked() {
        return arrangement == Arrangement.STACKED;
    }

    public boolean horizontal() {
        return orientation == Orientation.HORIZONTAL;
    }

    public static Builder builder(ChartHeader header) {
        return new Builder(header);
    }

    /** Collects a bar chart's parts; grouped, vertical and plain numbers unless told otherwise. */
    public static final class Builder {

        private final ChartHeader header;
        private String categoryAxisTitle = "";
        private String valueAxisTitle = "";
        private List<String> categories = List.of();
        private final List<Series> series = new ArrayList<>();
        private Arrangement arrangement = Arrangement.GROUPED;
        private Orientation orientation = Orientation.VERTICAL;
        private ValueFormat valueFormat = ValueFormat.NUMBER;

        private Builder(ChartHeader header) {
            this.header = header;
        }

        public Builder categories(List<String> names) {
            this.categories = List.copyOf(names);
            return this;
        }

        public Builder series(String name, double... values) {
            return series(Series.of(name, values));
        }

        public Builder series(String name, List<? extends Number> values) {
            return series(Series.of(name, values));
        }

        public Builder series(Series one) {
            series.add(one);
            return this;
        }

        public Builder axisTitles(String categoryAxis, String valueAxis) {
            this.categoryAxisTitle = categoryAxis;
            this.valueAxisTitle = valueAxis;
            return this;
        }

        public Builder stacked() {
            this.arrangement = Arrangement.STACKED;
            return this;
        }

        public Builder horizontal() {
            this.orientation = Orientation.HORIZONTAL;
            return this;
        }

        public Builder valueFormat(ValueFormat format) {
            this.valueFormat = format;
            return this;
        }

        public BarChart build() {
            return new BarChart(header, categoryAxisTitle, valueAxisTitle, categories, series, arrangement,
                    orientation, valueFormat);
        }
    }
}
