package org.interlocutor.shared.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The top of a chart: its title (two lines at most) and, when it has more than one series or style group, its
 * legend, flowing into as many rows as the width needs.
 */
final class Heading {

    /** A legend entry: a name and the symbol of its bars, line or points. */
    record Entry(String name, String colour, Symbol symbol, Palette.Marker marker) {
    }

    enum Symbol {
        SWATCH, LINE, MARKER
    }

    private static final double SYMBOL_WIDTH = 14;
    private static final double LINE_SYMBOL_WIDTH = 22;
    private static final double SYMBOL_GAP = 6;
    private static final double ENTRY_GAP = 18;

    private record Placed(Entry entry, String shownName, double x, double y) {
    }

    private final List<String> titleLines;
    private final List<Placed> legend = new ArrayList<>();
    private final double padding;
    private final double bottom;

    Heading(String title, List<Entry> entries, int width, double padding) {
        this.padding = padding;
        double available = width - 2 * padding;
        this.titleLines = title.isBlank() ? List.of() : Fonts.wrap(title, available, ChartLayout.TITLE, 2);
        double titleLineHeight = Fonts.lineHeight(ChartLayout.TITLE.size());
        double y = padding + titleLines.size() * titleLineHeight;
        if (entries.size() > 1) {
            double rowHeight = Fonts.lineHeight(ChartLayout.LEGEND.size()) + 4;
            double x = padding;
            y += titleLines.isEmpty() ? 0 : 6;
            for (Entry entry : entries) {
                double symbol = entry.symbol() == Symbol.LINE ? LINE_SYMBOL_WIDTH : SYMBOL_WIDTH;
                String name = Fonts.fit(entry.name(), available - symbol - SYMBOL_GAP, ChartLayout.LEGEND);
                double entryWidth = symbol + SYMBOL_GAP + Fonts.width(name, ChartLayout.LEGEND);
                if (x > padding && x + entryWidth > width - padding) {
                    x = padding;
                    y += rowHeight;
                }
                legend.add(new Placed(entry, name, x, y));
                x += entryWidth + ENTRY_GAP;
            }
            y += rowHeight;
        }
        this.bottom = y;
    }

    /** Where what follows the heading may start. */
    double bottom() {
        return bottom;
    }

    void draw(Canvas canvas) {
        double titleLineHeight = Fonts.lineHeight(ChartLayout.TITLE.size());
        for (int i = 0; i < titleLines.size(); i++) {
            canvas.text(padding, padding + i * titleLineHeight + Fonts.ascent(ChartLayout.TITLE.size()),
                    titleLines.get(i), ChartLayout.TITLE);
        }
        double rowHeight = Fonts.lineHeight(ChartLayout.LEGEND.size()) + 4;
        for (Placed placed : legend) {
            double middle = placed.y() + rowHeight / 2;
            Entry entry = placed.entry();
            double symbolWidth = switch (entry.symbol()) {
                case SWATCH -> {
                    canvas.rect(placed.x(), middle - 6, 12, 12, Paint.fill(entry.colour()));
                    yield SYMBOL_WIDTH;
                }
                case LINE -> {
                    canvas.line(placed.x(), middle, placed.x() + LINE_SYMBOL_WIDTH - 2, middle,
                            Paint.stroke(entry.colour(), 2.5));
                    entry.marker().draw(canvas, placed.x() + (LINE_SYMBOL_WIDTH - 2) / 2, middle, 3.5,
                            Paint.filledAndOutlined(entry.colour(), Palette.BACKGROUND, 1));
                    yield LINE_SYMBOL_WIDTH;
                }
                case MARKER -> {
                    entry.marker().draw(canvas, placed.x() + 6, middle, 5,
                            Paint.filledAndOutlined(entry.colour(), Palette.BACKGROUND, 1));
                    yield SYMBOL_WIDTH;
                }
            };
            canvas.text(placed.x() + symbolWidth + SYMBOL_GAP, ChartLayout.centredBaseline(middle, ChartLayout.LEGEND),
                    placed.shownName(), ChartLayout.LEGEND);
        }
    }
}
