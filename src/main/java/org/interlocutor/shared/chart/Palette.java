package org.interlocutor.shared.chart;

import java.util.List;

/**
 * The colours and marker shapes of series and style groups. The colours are Okabe and Ito's palette, which people
 * with the common colour-vision deficiencies tell apart, ordered for contrast on white (its yellow, the palest, last);
 * lines and points also change marker shape, so that a print in grey still tells them apart.
 */
final class Palette {

    static final String TEXT = "#1f2933";
    static final String MUTED = "#52606d";
    static final String AXIS = "#7b8794";
    static final String GRID = "#e4e7eb";
    static final String BACKGROUND = "#ffffff";

    private static final List<String> OKABE_ITO = List.of(
            "#0072B2", // blue
            "#E69F00", // orange
            "#009E73", // bluish green
            "#D55E00", // vermillion
            "#56B4E9", // sky blue
            "#CC79A7", // reddish purple
            "#000000", // black
            "#F0E442"); // yellow

    private Palette() {
    }

    static String colour(int index) {
        return OKABE_ITO.get(Math.floorMod(index, OKABE_ITO.size()));
    }

    static Marker marker(int index) {
        Marker[] shapes = Marker.values();
        // past the eighth colour the colours repeat: shift the shapes so the pair stays unique
        return shapes[Math.floorMod(index + index / OKABE_ITO.size(), shapes.length)];
    }

    /** A marker shape, drawn centred on a point. */
    enum Marker {
        CIRCLE, SQUARE, TRIANGLE, DIAMOND, TRIANGLE_DOWN;

        void draw(Canvas canvas, double x, double y, double radius, Paint paint) {
            double r = radius;
            switch (this) {
                case CIRCLE -> canvas.circle(x, y, r, paint);
                case SQUARE -> canvas.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8, paint);
                case TRIANGLE -> canvas.polygon(new double[] {x, y - r * 1.15, x + r * 1.1, y + r * 0.8,
                        x - r * 1.1, y + r * 0.8}, paint);
                case DIAMOND -> canvas.polygon(new double[] {x, y - r * 1.25, x + r * 1.05, y, x, y + r * 1.25,
                        x - r * 1.05, y}, paint);
                case TRIANGLE_DOWN -> canvas.polygon(new double[] {x, y + r * 1.15, x + r * 1.1, y - r * 0.8,
                        x - r * 1.1, y - r * 0.8}, paint);
            }
        }
    }
}
