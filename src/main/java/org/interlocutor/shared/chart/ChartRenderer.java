package org.interlocutor.shared.chart;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Draws a {@link Chart} as SVG or PNG. Both come from one layout, worked out for a width in CSS pixels: the texts
 * keep their size and the layout adapts (ticks, label turning, legend rows), and the height follows from the width
 * and the chart. The SVG is a standalone document (namespace, viewBox, width and height, {@code role="img"} named by
 * its {@code <title>} and described by its {@code <desc>}, a tooltip on every bar and point) with every text escaped,
 * safe to put into a page as markup.
 */
public final class ChartRenderer {

    /** The width of downloads and of charts drawn before their screen width is known. */
    public static final int DEFAULT_WIDTH = 800;
    /** Narrower widths are drawn at this width and scaled down. */
    public static final int MIN_WIDTH = 280;
    public static final int MAX_WIDTH = 1600;

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private ChartRenderer() {
    }

    /** The chart as a standalone SVG document, {@link #DEFAULT_WIDTH} pixels wide. */
    public static String svg(Chart chart) {
        return svg(chart, DEFAULT_WIDTH, "chart");
    }

    /**
     * The chart as SVG laid out for {@code width} CSS pixels.
     *
     * @param id the prefix of the ids inside the SVG (its title and description), unique in the page that shows
     *        it: letters, digits, '-' and '_', starting with a letter
     */
    public static String svg(Chart chart, int width, String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A chart id is a letter then letters, digits, '-' or '_', not " + id);
        }
        ChartLayout layout = ChartLayout.of(chart, bounded(width));
        boolean interactive = chart instanceof ScatterChart scatter && scatter.hasLinks() && !chart.isEmpty();
        SvgCanvas canvas = new SvgCanvas(layout.width, layout.height(), id, chart.header().title(),
                chart.header().description(), interactive);
        layout.draw(canvas);
        return canvas.finish();
    }

    /** The chart as a PNG image {@link #DEFAULT_WIDTH} pixels wide times {@code scale} (2 for high-density screens). */
    public static byte[] png(Chart chart, double scale) {
        return png(chart, DEFAULT_WIDTH, scale);
    }

    /**
     * The chart as a PNG image laid out for {@code width} CSS pixels and drawn {@code scale} times larger: the image
     * is {@code round(width × scale)} pixels wide.
     */
    public static byte[] png(Chart chart, int width, double scale) {
        if (!(scale >= 0.25 && scale <= 4)) {
            throw new IllegalArgumentException("A chart image is drawn at a scale from 0.25 to 4, not " + scale);
        }
        ChartLayout layout = ChartLayout.of(chart, bounded(width));
        BufferedImage image = new BufferedImage((int) Math.round(layout.width * scale),
                (int) Math.round(layout.height() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            layout.draw(new Java2dCanvas(graphics, scale));
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return png.toByteArray();
    }

    private static int bounded(int width) {
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width));
    }
}
