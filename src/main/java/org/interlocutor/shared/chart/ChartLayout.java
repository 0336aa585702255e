package org.interlocutor.shared.chart;

import org.interlocutor.shared.chart.TextStyle.Anchor;

/**
 * A chart laid out for one width: where everything goes, worked out once, then drawn on any {@link Canvas}. The
 * sizes are CSS pixels: the application draws a chart at the width it is shown, so that its texts keep their size
 * on a phone and on a wide screen, and the layout adapts (fewer ticks, labels wrapped, turned or thinned out).
 */
abstract class ChartLayout {

    static final TextStyle TITLE = new TextStyle(16, true, Palette.TEXT, Anchor.START, 0);
    static final TextStyle LEGEND = new TextStyle(13, false, Palette.TEXT, Anchor.START, 0);
    static final TextStyle TICK = new TextStyle(12.5, false, Palette.MUTED, Anchor.MIDDLE, 0);
    static final TextStyle AXIS_TITLE = new TextStyle(12.5, true, Palette.MUTED, Anchor.MIDDLE, 0);
    static final TextStyle MESSAGE = new TextStyle(14, false, Palette.MUTED, Anchor.MIDDLE, 0);

    final int width;
    /** The margin around everything: smaller on a phone, where every pixel counts. */
    final double padding;

    ChartLayout(int width) {
        this.width = width;
        this.padding = width < 480 ? 8 : 14;
    }

    static ChartLayout of(Chart chart, int width) {
        if (chart.isEmpty()) {
            return new EmptyLayout(chart.header(), width);
        }
        return switch (chart) {
            case BarChart bars when bars.horizontal() -> new HorizontalBarLayout(bars, width);
            case BarChart bars -> new CategoryLayout(bars, width);
            case LineChart lines -> new CategoryLayout(lines, width);
            case ScatterChart scatter -> new ScatterLayout(scatter, width);
        };
    }

    /** The height the chart needs at this width. */
    abstract int height();

    abstract void draw(Canvas canvas);

    void background(Canvas canvas) {
        canvas.rect(0, 0, width, height(), Paint.fill(Palette.BACKGROUND));
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /** A text's baseline that centres it vertically on {@code y}. */
    static double centredBaseline(double y, TextStyle style) {
        return y + style.size() * 0.36;
    }

    /** A vertical axis title, written upwards along the left edge, centred on the plot. */
    static void verticalTitle(Canvas canvas, String title, double left, double top, double bottom) {
        if (!title.isBlank()) {
            String shown = Fonts.fit(title, bottom - top, AXIS_TITLE);
            canvas.text(left + Fonts.ascent(AXIS_TITLE.size()), (top + bottom) / 2, shown, AXIS_TITLE.rotated(-90));
        }
    }

    /** The room a vertical axis title takes, nothing when there is none. */
    static double verticalTitleWidth(String title) {
        return title.isBlank() ? 0 : Fonts.lineHeight(AXIS_TITLE.size()) + 4;
    }
}
