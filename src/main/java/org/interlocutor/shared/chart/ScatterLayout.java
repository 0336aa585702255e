package org.interlocutor.shared.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.interlocutor.shared.chart.ScatterChart.Axis;
import org.interlocutor.shared.chart.ScatterChart.Point;
import org.interlocutor.shared.chart.ScatterChart.Tick;
import org.interlocutor.shared.chart.TextStyle.Anchor;

/**
 * A {@link ScatterChart}: the caller's ticks on both axes, lines between the bands of a category axis (so its
 * cells show) or through the ticks of a numeric one, and the points, those on one spot spread inside their cell.
 */
final class ScatterLayout extends ChartLayout {

    private final ScatterChart chart;
    private final Heading heading;
    private final List<String> yLabels;
    private final CategoryLabels xLabels;
    private final double plotLeft;
    private final double plotTop;
    private final double plotRight;
    private final double plotBottom;
    private final int height;

    /** A point where it is drawn. */
    record Placed(Point point, double x, double y, double radius) {
    }

    ScatterLayout(ScatterChart chart, int width) {
        super(width);
        this.chart = chart;
        List<Heading.Entry> legend = new ArrayList<>();
        for (int i = 0; i < chart.groups().size(); i++) {
            legend.add(new Heading.Entry(chart.groups().get(i), Palette.colour(i), Heading.Symbol.MARKER,
                    Palette.marker(i)));
        }
        this.heading = new Heading(chart.header().title(), legend, width, padding);
        this.plotTop = heading.bottom() + 12;
        this.plotBottom = plotTop + clamp(width * 0.55, 200, 420);
        double labelRoom = Math.min(width * 0.25, chart.y().ticks().stream()
                .mapToDouble(tick -> Fonts.width(tick.label(), TICK)).max().orElse(0));
        this.yLabels = chart.y().ticks().stream().map(tick -> Fonts.fit(tick.label(), labelRoom, TICK)).toList();
        this.plotLeft = padding + verticalTitleWidth(chart.y().title()) + labelRoom + 8;
        this.plotRight = width - padding;
        double tickGap = chart.x().cellSize() / (chart.x().max() - chart.x().min()) * (plotRight - plotLeft);
        this.xLabels = CategoryLabels.under(chart.x().ticks().stream().map(Tick::label).toList(), tickGap, false,
                clamp(width * 0.3, 80, 170));
        double xTitleHeight = chart.x().title().isBlank() ? 0 : Fonts.lineHeight(AXIS_TITLE.size()) + 6;
        this.height = (int) Math.ceil(plotBottom + 6 + xLabels.height() + xTitleHeight + padding);
    }

    private double x(double value) {
        return plotLeft + (value - chart.x().min()) / (chart.x().max() - chart.x().min()) * (plotRight - plotLeft);
    }

    private double y(double value) {
        return plotBottom - (value - chart.y().min()) / (chart.y().max() - chart.y().min()) * (plotBottom - plotTop);
    }

    @Override
    int height() {
        return height;
    }

    @Override
    void draw(Canvas canvas) {
        background(canvas);
        heading.draw(canvas);
        drawGrid(canvas);
        canvas.rect(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop, Paint.stroke(Palette.AXIS, 1));
        List<Tick> yTicks = chart.y().ticks();
        for (int i = 0; i < yTicks.size(); i++) {
            String shown = yLabels.get(i);
            canvas.beginGroup(shown.equals(yTicks.get(i).label()) ? null : yTicks.get(i).label(), null);
            canvas.text(plotLeft - 8, centredBaseline(y(yTicks.get(i).value()), TICK), shown,
                    TICK.anchored(Anchor.END));
            canvas.endGroup();
        }
        verticalTitle(canvas, chart.y().title(), padding, plotTop, plotBottom);
        double[] centres = chart.x().ticks().stream().mapToDouble(tick -> x(tick.value())).toArray();
        xLabels.draw(canvas, centres, plotBottom + 6);
        if (!chart.x().title().isBlank()) {
            double baseline = plotBottom + 6 + xLabels.height() + 4 + Fonts.ascent(AXIS_TITLE.size());
            canvas.text((plotLeft + plotRight) / 2, baseline,
                    Fonts.fit(chart.x().title(), plotRight - plotLeft, AXIS_TITLE), AXIS_TITLE);
        }
        for (Placed placed : placedPoints()) {
            Point point = placed.point();
            int group = chart.groups().indexOf(point.group());
            canvas.beginGroup(tooltip(point), point.link());
            Palette.marker(group).draw(canvas, placed.x(), placed.y(), placed.radius(),
                    Paint.filledAndOutlined(Palette.colour(group), Palette.BACKGROUND, placed.radius() > 3 ? 1 : 0.5));
            canvas.endGroup();
        }
    }

    private void drawGrid(Canvas canvas) {
        Paint grid = Paint.stroke(Palette.GRID, 1);
        for (double value : gridLines(chart.x())) {
            canvas.line(x(value), plotTop, x(value), plotBottom, grid);
        }
        for (double value : gridLines(chart.y())) {
            canvas.line(plotLeft, y(value), plotRight, y(value), grid);
        }
    }

    /** Between the bands of a category axis, through the ticks of a numeric one; the plot's frame draws the ends. */
    private static List<Double> gridLines(Axis axis) {
        List<Double> values = axis.ticks().stream().map(Tick::value).sorted().toList();
        if (!axis.banded()) {
            return values;
        }
        List<Double> between = new ArrayList<>();
        for (int i = 1; i < values.size(); i++) {
            between.add((values.get(i - 1) + values.get(i)) / 2);
        }
        return between;
    }

    /** Every point where it is drawn: those on one spot spread over their cell, in group then label order. */
    List<Placed> placedPoints() {
        Map<List<Double>, List<Point>> bySpot = new LinkedHashMap<>();
        for (Point point : chart.points()) {
            bySpot.computeIfAbsent(List.of(point.x(), point.y()), spot -> new ArrayList<>()).add(point);
        }
        Comparator<Point> order = Comparator.<Point>comparingInt(point -> chart.groups().indexOf(point.group()))
                .thenComparing(Point::label)
                .thenComparing(point -> Objects.requireNonNullElse(point.link(), ""));
        double cellWidth = Math.abs(x(chart.x().min() + chart.x().cellSize()) - x(chart.x().min())) * 0.86;
        double cellHeight = Math.abs(y(chart.y().min() + chart.y().cellSize()) - y(chart.y().min())) * 0.86;
        double largest = width < 480 ? 4.5 : 5.5;
        List<Placed> placed = new ArrayList<>();
        for (List<Point> spot : bySpot.values()) {
            List<Point> sorted = spot.stream().sorted(order).toList();
            CellSpread spread = CellSpread.of(sorted.size(), cellWidth, cellHeight, largest);
            for (int i = 0; i < sorted.size(); i++) {
                Point point = sorted.get(i);
                placed.add(new Placed(point, x(point.x()) + spread.dx()[i], y(point.y()) + spread.dy()[i],
                        spread.radius()));
            }
        }
        return placed;
    }

    private String tooltip(Point point) {
        StringBuilder tooltip = new StringBuilder(point.label());
        appendCoordinate(tooltip, chart.x(), point.x());
        appendCoordinate(tooltip, chart.y(), point.y());
        if (chart.groups().size() > 1) {
            tooltip.append('\n').append(point.group());
        }
        return tooltip.toString();
    }

    private void appendCoordinate(StringBuilder tooltip, Axis axis, double value) {
        tooltip.append('\n');
        if (!axis.title().isBlank()) {
            tooltip.append(axis.title()).append(": ");
        }
        tooltip.append(axis.describe(value, chart.header().locale()));
    }
}
