package org.interlocutor.shared.chart;

import java.util.Locale;
import java.util.Objects;

/**
 * The texts every chart carries, already translated by the caller, and the locale its numbers are written in.
 *
 * @param title the chart's heading, drawn above it and announced by screen readers
 * @param description what the chart shows, in a sentence or two, for people who cannot see it (the SVG's
 *        {@code <desc>}); not drawn
 * @param noDataMessage drawn in place of the chart when it has nothing to show, e.g. "No engagements in this period"
 * @param locale formats the numbers (ticks, tooltips): "1,234.5" in English, "1 234,5" in French
 */
public record ChartHeader(String title, String description, String noDataMessage, Locale locale) {

    public ChartHeader {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(noDataMessage, "noDataMessage");
        Objects.requireNonNull(locale, "locale");
    }
}
