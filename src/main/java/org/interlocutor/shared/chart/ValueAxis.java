package org.interlocutor.shared.chart;

import java.util.List;
import java.util.Locale;

/** A value axis: its round ticks and their labels in the chart's locale and format. */
final class ValueAxis {

    final NiceScale scale;
    final List<Double> ticks;
    final List<String> labels;
    private final ValueFormat format;
    private final Locale locale;

    ValueAxis(double min, double max, int maxTicks, List<Series> series, ValueFormat format, Locale locale) {
        this.format = format;
        this.locale = locale;
        boolean counts = format == ValueFormat.NUMBER && series.stream()
                .flatMap(one -> one.values().stream()).allMatch(value -> value == Math.rint(value));
        this.scale = NiceScale.of(min, max, maxTicks, counts);
        this.ticks = scale.ticks();
        int digits = format.fractionDigitsFor(scale.step());
        this.labels = ticks.stream().map(tick -> format.format(tick, locale, digits)).toList();
    }

    double widestLabel() {
        return labels.stream().mapToDouble(label -> Fonts.width(label, ChartLayout.TICK)).max().orElse(0);
    }

    /** A value as its tooltip gives it: exact to two decimals (one decimal of a percentage). */
    String describe(double value) {
        return format.format(value, locale, format == ValueFormat.PERCENT ? 1 : 2);
    }

    /** The lowest and highest values the marks reach: from zero, stacked bars adding up per category. */
    static double[] range(List<Series> series, int categories, boolean stacked) {
        double low = 0;
        double high = 0;
        for (int category = 0; category < categories; category++) {
            double total = 0;
            for (Series one : series) {
                double value = one.values().get(category);
                total += value;
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
            if (stacked) {
                high = Math.max(high, total);
            }
        }
        return new double[] {low, high};
    }

    static String tooltip(String category, Series series, String value, boolean severalSeries) {
        return severalSeries ? category + "\n" + series.name() + ": " + value : category + ": " + value;
    }
}
