package org.interlocutor.shared.chart;

import java.util.ArrayList;
import java.util.List;
import org.interlocutor.shared.chart.TextStyle.Anchor;

/**
 * Categories along the bottom and values up the side: a vertical {@link BarChart} (bars in each category's band,
 * side by side or stacked) or a {@link LineChart} (a line through the band centres).
 */
final class CategoryLayout extends ChartLayout {

    private final List<String> categories;
    private final List<Series> series;
    private final boolean lines;
    private final boolean stacked;
    private final String xTitle;
    private final String yTitle;
    private final Heading heading;
    private final ValueAxis axis;
    private final CategoryLabels labels;
    private final double plotLeft;
    private final double plotTop;
    private final double plotRight;
    private final double plotBottom;
    private final int height;

    CategoryLayout(BarChart chart, int width) {
        this(chart.header(), chart.categories(), chart.series(), false, chart.stacked(), chart.categoryAxisTitle(),
                chart.valueAxisTitle(), chart.valueFormat(), width);
    }

    CategoryLayout(LineChart chart, int width) {
        this(chart.header(), chart.categories(), chart.series(), true, false, chart.xAxisTitle(),
                chart.yAxisTitle(), chart.valueFormat(), width);
    }

    private CategoryLayout(ChartHeader header, List<String> categories, List<Series> series, boolean lines,
            boolean stacked, String xTitle, String yTitle, ValueFormat format, int width) {
        super(width);
        this.categories = categories;
        this.series = series;
        this.lines = lines;
        this.stacked = stacked;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        this.heading = new Heading(header.title(), legend(series, lines), width, padding);
        this.plotTop = heading.bottom() + 12;
        double plotHeight = clamp(width * 0.42, 150, 300);
        this.plotBottom = plotTop + plotHeight;
        double[] range = ValueAxis.range(series, categories.size(), stacked);
        this.axis = new ValueAxis(range[0], range[1], Math.max(2, (int) (plotHeight / 34) + 1), series, format,
                header.locale());
        this.plotLeft = padding + verticalTitleWidth(yTitle) + axis.widestLabel() + 8;
        this.plotRight = width - padding;
        this.labels = CategoryLabels.under(categories, band(), !lines, clamp(width * 0.38, 90, 180));
        double xTitleHeight = xTitle.isBlank() ? 0 : Fonts.lineHeight(AXIS_TITLE.size()) + 6;
        this.height = (int) Math.ceil(plotBottom + 6 + labels.height() + xTitleHeight + padding);
    }

    private static List<Heading.Entry> legend(List<Series> series, boolean lines) {
        List<Heading.Entry> entries = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            entries.add(new Heading.Entry(series.get(i).name(), Palette.colour(i),
                    lines ? Heading.Symbol.LINE : Heading.Symbol.SWATCH, Palette.marker(i)));
        }
        return entries;
    }

    private double band() {
        return (plotRight - plotLeft) / categories.size();
    }

    private double centre(int category) {
        return plotLeft + (category + 0.5) * band();
    }

    private double y(double value) {
        return axis.scale.position(value, plotBottom, plotTop);
    }

    @Override
    int height() {
        return height;
    }

    @Override
    void draw(Canvas canvas) {
        background(canvas);
        heading.draw(canvas);
        for (int i = 0; i < axis.ticks.size(); i++) {
            double y = y(axis.ticks.get(i));
            canvas.line(plotLeft, y, plotRight, y, Paint.stroke(Palette.GRID, 1));
            canvas.text(plotLeft - 8, centredBaseline(y, TICK), axis.labels.get(i), TICK.anchored(Anchor.END));
        }
        verticalTitle(canvas, yTitle, padding, plotTop, plotBottom);
        if (lines) {
            drawLines(canvas);
        } else {
            drawBars(canvas);
        }
        // the zero line over the marks' feet, and the bottom of the plot when values go below zero
        canvas.line(plotLeft, y(0), plotRight, y(0), Paint.stroke(Palette.AXIS, 1));
        if (axis.scale.min() < 0) {
            canvas.line(plotLeft, plotBottom, plotRight, plotBottom, Paint.stroke(Palette.GRID, 1));
        }
        double[] centres = new double[categories.size()];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = centre(i);
        }
        labels.draw(canvas, centres, plotBottom + 6);
        if (!xTitle.isBlank()) {
            double y = plotBottom + 6 + labels.height() + 4 + Fonts.ascent(AXIS_TITLE.size());
            canvas.text((plotLeft + plotRight) / 2, y, Fonts.fit(xTitle, plotRight - plotLeft, AXIS_TITLE),
                    AXIS_TITLE);
        }
    }

    private void drawBars(Canvas canvas) {
        double band = band();
        boolean several = series.size() > 1;
        double groupWidth = stacked ? Math.min(band * 0.62, 64) : Math.min(band * 0.8, series.size() * 44.0);
        double barWidth = stacked ? groupWidth : groupWidth / series.size();
        // a hairline between neighbouring bars of a group, when the bars are wide enough to spare it
        double gap = !stacked && several && barWidth > 6 ? 1.5 : 0;
        for (int category = 0; category < categories.size(); category++) {
            double left = plotLeft + category * band + (band - groupWidth) / 2;
            double base = 0;
            for (int s = 0; s < series.size(); s++) {
                double value = series.get(s).values().get(category);
                if (value == 0) {
                    continue;
                }
                double from = stacked ? base : 0;
                double to = from + value;
                base = stacked ? to : base;
                double x = stacked ? left : left + s * barWidth;
                double top = Math.min(y(from), y(to));
                double barHeight = Math.abs(y(from) - y(to));
                canvas.beginGroup(ValueAxis.tooltip(categories.get(category), series.get(s),
                        axis.describe(value), several), null);
                canvas.rect(x + gap / 2, top, barWidth - gap, barHeight, Paint.fill(Palette.colour(s)));
                canvas.endGroup();
            }
        }
    }

    private void drawLines(Canvas canvas) {
        boolean several = series.size() > 1;
        double radius = clamp(band() * 0.3, 2, 4);
        for (int s = 0; s < series.size(); s++) {
            List<Double> values = series.get(s).values();
            double[] points = new double[values.size() * 2];
            for (int i = 0; i < values.size(); i++) {
                points[2 * i] = centre(i);
                points[2 * i + 1] = y(values.get(i));
            }
            if (values.size() > 1) {
                canvas.polyline(points, Paint.stroke(Palette.colour(s), 2.25));
            }
            Paint marker = Paint.filledAndOutlined(Palette.colour(s), Palette.BACKGROUND, 1);
            for (int i = 0; i < values.size(); i++) {
                canvas.beginGroup(ValueAxis.tooltip(categories.get(i), series.get(s),
                        axis.describe(values.get(i)), several), null);
                Palette.marker(s).draw(canvas, points[2 * i], points[2 * i + 1], radius, marker);
                canvas.endGroup();
            }
        }
    }
}
