package org.interlocutor.shared.chart;

/**
 * How a text is written: size in pixels, weight, colour, which end of it sits at the given x, and a rotation in
 * degrees around its anchor point (-90 for a vertical axis title reading upwards).
 */
record TextStyle(double size, boolean bold, String colour, Anchor anchor, double rotation) {

    enum Anchor {
        START, MIDDLE, END
    }

    TextStyle anchored(Anchor other) {
        return new TextStyle(size, bold, colour, other, rotation);
    }

    TextStyle rotated(double degrees) {
        return new TextStyle(size, bold, colour, anchor, degrees);
    }

    TextStyle coloured(String other) {
        return new TextStyle(size, bold, other, anchor, rotation);
    }
}
