package org.interlocutor.shared.chart;

import java.util.ArrayList;
import java.util.List;
import org.interlocutor.shared.chart.TextStyle.Anchor;

/**
 * A horizontal {@link BarChart}: category names down the left, right-aligned against their bars, values along the
 * bottom. The chart grows with the number of categories rather than squeezing them, so long names stay readable on
 * a phone.
 */
final class HorizontalBarLayout extends ChartLayout {

    private final List<String> categories;
    /** The lines each category name is written in: one or two, cut with an ellipsis beyond. */
    private final List<List<String>> shownCategories;
    private final List<Series> series;
    private final boolean stacked;
    private final String categoryTitle;
    private final String valueTitle;
    private final Heading heading;
    private final ValueAxis axis;
    private final double band;
    private final double plotLeft;
    private final double plotTop;
    private final double plotRight;
    private final double plotBottom;
    private final int height;

    HorizontalBarLayout(BarChart chart, int width) {
        super(width);
        this.categories = chart.categories();
        this.series = chart.series();
        this.stacked = chart.stacked();
        this.categoryTitle = chart.categoryAxisTitle();
        this.valueTitle = chart.valueAxisTitle();
        List<Heading.Entry> legend = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            legend.add(new Heading.Entry(series.get(i).name(), Palette.colour(i), Heading.Symbol.SWATCH,
                    Palette.marker(i)));
        }
        this.heading = new Heading(chart.header().title(), legend, width, padding);
        double labelRoom = Math.min(width * 0.38,
                categories.stream().mapToDouble(name -> Fonts.width(name, TICK)).max().orElse(0));
        this.shownCategories = categories.stream().map(name -> Fonts.wrap(name, labelRoom, TICK, 2)).toList();
        boolean twoLines = shownCategories.stream().anyMatch(lines -> lines.size() > 1);
        double oneBar = twoLines ? 2 * Fonts.lineHeight(TICK.size()) + 8 : 28;
        this.band = stacked || series.size() == 1 ? oneBar : Math.max(oneBar, series.size() * 13 + 10);
        // the category axis title heads the column of names, where a phone has room for it
        double categoryTitleHeight = categoryTitle.isBlank() ? 0 : Fonts.lineHeight(AXIS_TITLE.size()) + 4;
        this.plotTop = heading.bottom() + 8 + categoryTitleHeight;
        this.plotBottom = plotTop + band * categories.size();
        this.plotLeft = padding + labelRoom + 8;
        double[] range = ValueAxis.range(series, categories.size(), stacked);
        // the last tick's label is centred on the plot's right edge: keep room for its half
        ValueAxis first = new ValueAxis(range[0], range[1], ticksFitting(width - padding - plotLeft, 72), series,
                chart.valueFormat(), chart.header().locale());
        this.plotRight = width - padding - first.widestLabel() / 2;
        double spacing = Math.max(72, first.widestLabel() + 20);
        this.axis = new ValueAxis(range[0], range[1], ticksFitting(plotRight - plotLeft, spacing), series,
                chart.valueFormat(), chart.header().locale());
        double valueTitleHeight = valueTitle.isBlank() ? 0 : Fonts.lineHeight(AXIS_TITLE.size()) + 4;
        this.height = (int) Math.ceil(plotBottom + 6 + Fonts.lineHeight(TICK.size()) + valueTitleHeight + padding);
    }

    private static int ticksFitting(double length, double spacing) {
        return Math.max(2, (int) (length / spacing) + 1);
    }

    private double x(double value) {
        return axis.scale.position(value, plotLeft, plotRight);
    }

    @Override
    int height() {
        return height;
    }

    @Override
    void draw(Canvas canvas) {
        background(canvas);
        heading.draw(canvas);
        double tickBaseline = plotBottom + 6 + Fonts.ascent(TICK.size());
        for (int i = 0; i < axis.ticks.size(); i++) {
            double x = x(axis.ticks.get(i));
            canvas.line(x, plotTop, x, plotBottom, Paint.stroke(Palette.GRID, 1));
            canvas.text(x, tickBaseline, axis.labels.get(i), TICK);
        }
        if (!categoryTitle.isBlank()) {
            double baseline = plotTop - Fonts.lineHeight(AXIS_TITLE.size()) - 4 + Fonts.ascent(AXIS_TITLE.size());
            canvas.text(padding, baseline, Fonts.fit(categoryTitle, width - 2 * padding, AXIS_TITLE),
                    AXIS_TITLE.anchored(Anchor.START));
        }
        boolean several = series.size() > 1;
        double groupHeight = stacked || !several ? band * 0.64 : band - 8;
        double barHeight = stacked ? groupHeight : groupHeight / series.size();
        for (int category = 0; category < categories.size(); category++) {
            double bandTop = plotTop + category * band;
            String name = categories.get(category);
            List<String> lines = shownCategories.get(category);
            // a name cut short keeps its whole text as a tooltip
            boolean whole = String.join(" ", lines).equals(String.join(" ", name.strip().split("\\s+")));
            canvas.beginGroup(whole ? null : name, null);
            double lineHeight = Fonts.lineHeight(TICK.size());
            double firstMiddle = bandTop + band / 2 - (lines.size() - 1) * lineHeight / 2;
            for (int line = 0; line < lines.size(); line++) {
                canvas.text(plotLeft - 8, centredBaseline(firstMiddle + line * lineHeight, TICK), lines.get(line),
                        TICK.anchored(Anchor.END));
            }
            canvas.endGroup();
            double top = bandTop + (band - groupHeight) / 2;
            double base = 0;
            for (int s = 0; s < series.size(); s++) {
                double value = series.get(s).values().get(category);
                if (value == 0) {
                    continue;
                }
                double from = stacked ? base : 0;
                double to = from + value;
                base = stacked ? to : base;
                double y = stacked ? top : top + s * barHeight;
                canvas.beginGroup(ValueAxis.tooltip(name, series.get(s), axis.describe(value), several), null);
                canvas.rect(Math.min(x(from), x(to)), y, Math.abs(x(to) - x(from)), barHeight - (stacked ? 0 : 1),
                        Paint.fill(Palette.colour(s)));
                canvas.endGroup();
            }
        }
        canvas.line(x(0), plotTop, x(0), plotBottom, Paint.stroke(Palette.AXIS, 1));
        if (!valueTitle.isBlank()) {
            double y = tickBaseline + 4 + Fonts.lineHeight(AXIS_TITLE.size()) - 2;
            canvas.text((plotLeft + plotRight) / 2, y, Fonts.fit(valueTitle, plotRight - plotLeft, AXIS_TITLE),
                    AXIS_TITLE);
        }
    }
}
