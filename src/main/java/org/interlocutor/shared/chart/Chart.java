package org.interlocutor.shared.chart;

/**
 * A chart that {@link ChartRenderer} can draw. Every chart has a {@link ChartHeader} (title, accessible description,
 * the message shown when there is nothing to draw, the locale of its numbers).
 */
public sealed interface Chart permits BarChart, LineChart, ScatterChart {

    ChartHeader header();

    /** True when there is nothing to draw: the chart then shows its header's no-data message. */
    boolean isEmpty();
}
