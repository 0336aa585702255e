package org.interlocutor.dashboard;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Engagements per month over the last twelve months, oldest first, the current one last (so far), as stacked
 * series: one per kind, or one per leading campaign with "other campaigns" and "no campaign".
 */
public record MonthlySeries(MonthlyBreakdown breakdown, List<YearMonth> months, List<FigureSeries> series) {

    public MonthlySeries {
        months = List.copyOf(months);
        series = List.copyOf(series);
    }

    public ChartData chart() {
        return new ChartData(months.stream().<FigureLabel>map(FigureLabel.Month::new).toList(), series);
    }

    /** Each month's column total. By campaign, an engagement filed under two campaigns counts in both. */
    public List<Long> totals() {
        return IntStream.range(0, months.size())
                .mapToObj(month -> series.stream().mapToLong(one -> one.values().get(month)).sum()).toList();
    }
}
