package org.interlocutor.shared.chart;

import org.jspecify.annotations.Nullable;

/**
 * What the chart layouts draw on. The layout code is written once against this; {@link SvgCanvas} writes SVG and
 * {@link Java2dCanvas} paints pixels, so the two downloads show the same picture. Coordinates are in CSS pixels,
 * y going down; a text's y is its baseline.
 */
interface Canvas {

    void rect(double x, double y, double width, double height, Paint paint);

    void line(double x1, double y1, double x2, double y2, Paint paint);

    /** An open line through the points, given as x0, y0, x1, y1, … */
    void polyline(double[] coordinates, Paint paint);

    /** A closed shape through the points, given as x0, y0, x1, y1, … */
    void polygon(double[] coordinates, Paint paint);

    void circle(double centreX, double centreY, double radius, Paint paint);

    void text(double x, double y, String text, TextStyle style);

    /**
     * Starts a group of shapes that shows {@code tooltip} when pointed at and, when {@code link} is an application
     * route, opens it when clicked. Images have neither: the PNG ignores both.
     */
    void beginGroup(@Nullable String tooltip, @Nullable String link);

    void endGroup();
}
