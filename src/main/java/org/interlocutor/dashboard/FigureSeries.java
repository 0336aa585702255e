package org.interlocutor.dashboard;

import java.util.List;

/** One series of a figure: a label and one number per category. */
public record FigureSeries(FigureLabel label, List<Long> values) {

    public FigureSeries {
        values = List.copyOf(values);
    }

    public long total() {
        return values.stream().mapToLong(Long::longValue).sum();
    }
}
