/**
 * Charts drawn on the server, without any JavaScript library: immutable models ({@link BarChart},
 * {@link LineChart}, {@link ScatterChart}) that callers fill with texts already translated, and
 * {@link ChartRenderer}, which lays a chart out once and draws it as standalone SVG or as PNG.
 *
 * <p>Plain Java (no Vaadin): {@code shared.ui.ChartPanel} shows a chart on a screen with its downloads.
 *
 * <pre>{@code
 * // the texts come translated, from the screen's bundle
 * ChartHeader header = new ChartHeader(title, description, noDataMessage, locale);
 * BarChart chart = BarChart.builder(header)
 *         .categories(List.of("Meeting", "Call", "Email"))
 *         .series("2025", 12, 7, 30)
 *         .series("2026", 15, 4, 22)
 *         .stacked()
 *         .axisTitles("Type", "Engagements")
 *         .build();
 * String svg = ChartRenderer.svg(chart);
 * byte[] png = ChartRenderer.png(chart, 2);
 * }</pre>
 */
@NullMarked
package org.interlocutor.shared.chart;

import org.jspecify.annotations.NullMarked;
