package org.interlocutor.dashboard;

import java.util.List;

/** A figure in the shape charts take: categories (the x axis) and series of one number per category. */
public record ChartData(List<FigureLabel> categories, List<FigureSeries> series) {

    public ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }
}
