package org.interlocutor.shared.chart;

import org.jspecify.annotations.Nullable;

/** How a shape is filled and outlined; colours as "#rrggbb". */
record Paint(@Nullable String fill, @Nullable String stroke, double strokeWidth, boolean dashed) {

    static Paint fill(String colour) {
        return new Paint(colour, null, 0, false);
    }

    static Paint stroke(String colour, double width) {
        return new Paint(null, colour, width, false);
    }

    static Paint dashed(String colour, double width) {
        return new Paint(null, colour, width, true);
    }

    static Paint filledAndOutlined(String fill, String stroke, double width) {
        return new Paint(fill, stroke, width, false);
    }
}
