package org.interlocutor.shared.chart;

import java.util.List;

/** A chart with nothing to show: its title, then its no-data message in a dashed frame the size of a chart. */
final class EmptyLayout extends ChartLayout {

    private final Heading heading;
    private final List<String> message;
    private final double boxTop;
    private final double boxHeight;

    EmptyLayout(ChartHeader header, int width) {
        super(width);
        this.heading = new Heading(header.title(), List.of(), width, padding);
        this.boxTop = heading.bottom() + 8;
        this.boxHeight = clamp(width * 0.3, 110, 200);
        this.message = Fonts.wrap(header.noDataMessage(), width - 2 * padding - 24, MESSAGE, 3);
    }

    @Override
    int height() {
        return (int) Math.ceil(boxTop + boxHeight + padding);
    }

    @Override
    void draw(Canvas canvas) {
        background(canvas);
        heading.draw(canvas);
        canvas.rect(padding, boxTop, width - 2 * padding, boxHeight, Paint.dashed(Palette.AXIS, 1));
        double lineHeight = Fonts.lineHeight(MESSAGE.size());
        double first = boxTop + boxHeight / 2 - (message.size() - 1) * lineHeight / 2;
        for (int i = 0; i < message.size(); i++) {
            canvas.text(width / 2.0, centredBaseline(first + i * lineHeight, MESSAGE), message.get(i), MESSAGE);
        }
    }
}
