package org.interlocutor.shared.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One named row of values of a {@link BarChart} or a {@link LineChart}: one value per category, in the chart's
 * category order. Its name is shown in the legend and the tooltips.
 */
public record Series(String name, List<Double> values) {

    public Series {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        for (double value : values) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("The series " + name + " has a value that is not a number: " + value);
            }
        }
    }

    public static Series of(String name, double... values) {
        return new Series(name, Arrays.stream(values).boxed().toList());
    }

    public static Series of(String name, List<? extends Number> values) {
        return new Series(name, values.stream().map(Number::doubleValue).toList());
    }
}
