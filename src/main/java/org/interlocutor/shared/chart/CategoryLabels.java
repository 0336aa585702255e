package org.interlocutor.shared.chart;

import java.util.ArrayList;
import java.util.List;
import org.interlocutor.shared.chart.TextStyle.Anchor;

/**
 * The names under a row of bands (categories, months, ticks), fitted to the room each band has: written across
 * when they fit, else on two lines, else turned 45 degrees (bars, where every name matters) or every second, third…
 * one written (lines over months, where the neighbours say which is which). A name cut short stays whole in the
 * tooltips of the marks above it.
 */
final class CategoryLabels {

    private static final TextStyle STYLE = ChartLayout.TICK;
    private static final double GAP = 8;
    private static final double SIN_45 = Math.sqrt(0.5);

    private enum Mode {
        ACROSS, WRAPPED, TURNED
    }

    private final Mode mode;
    /** The lines written under each band; empty for a band whose name is left out. */
    private final List<List<String>> shown;
    private final double height;

    private CategoryLabels(Mode mode, List<List<String>> shown, double height) {
        this.mode = mode;
        this.shown = shown;
        this.height = height;
    }

    /**
     * @param band the width of each band in pixels
     * @param mayTurn true to turn names that do not fit (bars), false to leave some out instead (lines)
     * @param longest the most room a turned name, or a name left alone with empty neighbours, may take
     */
    static CategoryLabels under(List<String> names, double band, boolean mayTurn, double longest) {
        double lineHeight = Fonts.lineHeight(STYLE.size());
        double widest = names.stream().mapToDouble(name -> Fonts.width(name, STYLE)).max().orElse(0);
        if (widest <= band - GAP) {
            return new CategoryLabels(Mode.ACROSS, names.stream().map(List::of).toList(), lineHeight);
        }
        List<List<String>> wrapped = names.stream().map(name -> Fonts.wrap(name, band - GAP, STYLE, 2)).toList();
        boolean wholeNames = true;
        for (int i = 0; i < names.size(); i++) {
            wholeNames &= String.join(" ", wrapped.get(i)).equals(String.join(" ", names.get(i).strip().split("\\s+")));
        }
        if (wholeNames && band - GAP >= STYLE.size() * 3) {
            return new CategoryLabels(Mode.WRAPPED, wrapped, 2 * lineHeight);
        }
        if (mayTurn) {
            // turned names sit band × sin 45° apart: leave some out when even that is too tight
            int every = (int) Math.ceil(lineHeight / (band * SIN_45));
            List<List<String>> turned = new ArrayList<>();
            double longestShown = 0;
            for (int i = 0; i < names.size(); i++) {
                String name = i % every == 0 ? Fonts.fit(names.get(i), longest, STYLE) : "";
                longestShown = Math.max(longestShown, Fonts.width(name, STYLE));
                turned.add(name.isEmpty() ? List.of() : List.of(name));
            }
            return new CategoryLabels(Mode.TURNED, turned, (longestShown + STYLE.size()) * SIN_45 + 4);
        }
        int every = Math.max(1, (int) Math.ceil((Math.min(widest, longest) + GAP) / band));
        List<List<String>> thinned = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            thinned.add(i % every == 0 ? List.of(Fonts.fit(names.get(i), every * band - GAP, STYLE)) : List.of());
        }
        return new CategoryLabels(Mode.ACROSS, thinned, lineHeight);
    }

    double height() {
        return height;
    }

    /** Writes each band's name under {@code top}, centred on its band's centre. */
    void draw(Canvas canvas, double[] centres, double top) {
        double lineHeight = Fonts.lineHeight(STYLE.size());
        for (int i = 0; i < centres.length && i < shown.size(); i++) {
            List<String> lines = shown.get(i);
            if (mode == Mode.TURNED) {
                if (!lines.isEmpty()) {
                    canvas.text(centres[i] + STYLE.size() * 0.3, top + STYLE.size() * 0.8, lines.getFirst(),
                            STYLE.anchored(Anchor.END).rotated(-45));
                }
                continue;
            }
            for (int line = 0; line < lines.size(); line++) {
                canvas.text(centres[i], top + line * lineHeight + Fonts.ascent(STYLE.size()), lines.get(line), STYLE);
            }
        }
    }
}
