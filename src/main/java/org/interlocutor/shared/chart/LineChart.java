package org.interlocutor.shared.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lines over ordered categories such as months: one line per {@link Series}, a marker on each value. When the
 * category names do not all fit under the axis, every second (third…) one is written; each marker's tooltip names
 * its category. Build one with {@link #builder(ChartHeader)}.
 *
 * @param xAxisTitle the title under the categories; empty for none
 * @param yAxisTitle the title of the value axis; empty for none
 */
public record LineChart(ChartHeader header, String xAxisTitle, String yAxisTitle, List<String> categories,
        List<Series> series, ValueFormat valueFormat) implements Chart {

    public LineChart {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(xAxisTitle, "xAxisTitle");
        Objects.requireNonNull(yAxisTitle, "yAxisTitle");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        Objects.requireNonNull(valueFormat, "valueFormat");
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("The series " + one.name() + " has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    @Override
    public boolean isEmpty() {
        return categories.isEmpty() || series.stream().allMatch(one -> one.values().stream().allMatch(v -> v == 0));
    }

    public static Builder builder(ChartHeader header) {
        return new Builder(header);
    }

    /** Collects a line chart's parts. */
    public static final class Builder {

        private final ChartHeader header;
        private String xAxisTitle = "";
        private String yAxisTitle = "";
        private List<String> categories = List.of();
        private final List<Series> series = new ArrayList<>();
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

        public Builder axisTitles(String xAxis, String yAxis) {
            this.xAxisTitle = xAxis;
            this.yAxisTitle = yAxis;
            return this;
        }

        public Builder valueFormat(ValueFormat format) {
            this.valueFormat = format;
            return this;
        }

        public LineChart build() {
            return new LineChart(header, xAxisTitle, yAxisTitle, categories, series, valueFormat);
        }
    }
}
