package org.interlocutor.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The State Parties of each UN regional group reached, with at least one engagement the reader may see touching the
 * country (a participant from there, or an organisation based there), from {@code from} to today.
 */
public record Coverage(CoverageWindow window, LocalDate from, LocalDate to, List<GroupCoverage> groups) {

    public Coverage {
        groups = List.copyOf(groups);
    }

    /** The groups as a chart's categories, with two series: reached and not reached. */
    public ChartData chart() {
        return new ChartData(groups.stream().<FigureLabel>map(group -> new FigureLabel.Key(group.group().messageKey()))
                .toList(), List.of(
                new FigureSeries(new FigureLabel.Key("dashboard.coverage.reached"),
                        groups.stream().map(group -> (long) group.reached()).toList()),
                new FigureSeries(new FigureLabel.Key("dashboard.coverage.not-reached"),
                        groups.stream().map(group -> (long) group.notReached().size()).toList())));
    }
}
