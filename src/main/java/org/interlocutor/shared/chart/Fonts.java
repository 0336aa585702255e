package org.interlocutor.shared.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The font of the charts and the width of their texts. The layout measures with the font the PNG is painted in
 * (DejaVu Sans, or Java's logical "SansSerif" where DejaVu is missing or lacks a text's letters), and the SVG asks
 * browsers for the same font first, then for similarly wide ones, so that labels measured to fit do fit.
 */
final class Fonts {

    /** For the SVG: DejaVu Sans first, then fonts at least as narrow. */
    static final String CSS_FAMILY = "'DejaVu Sans', Verdana, 'Segoe UI', Arial, sans-serif";

    private static final String PREFERRED = "DejaVu Sans";
    private static final boolean PREFERRED_INSTALLED = installed(PREFERRED);
    /** Antialiased with fractional metrics, as the PNG is painted. */
    static final FontRenderContext RENDER_CONTEXT = new FontRenderContext(null, true, true);
    private static final String ELLIPSIS = "…";
    private static final Map<String, Font> DERIVED = new ConcurrentHashMap<>();

    private Fonts() {
    }

    private static boolean installed(String family) {
        try {
            return Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                    .contains(family);
        } catch (RuntimeException | Error noFontsAtAll) {
            return false;
        }
    }

    /** The font to write {@code text} in: DejaVu Sans when it has every letter, else the logical SansSerif. */
    static Font font(String text, double size, boolean bold) {
        if (PREFERRED_INSTALLED) {
            Font preferred = derived(PREFERRED, size, bold);
            if (preferred.canDisplayUpTo(text) == -1) {
                return preferred;
            }
        }
        return derived(Font.SANS_SERIF, size, bold);
    }

    /** Fonts are immutable, and a chart uses a handful of sizes: each is made once. */
    private static Font derived(String family, double size, boolean bold) {
        return DERIVED.computeIfAbsent(family + (bold ? "-bold-" : "-plain-") + size,
                key -> new Font(family, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
    }

    static double width(String text, double size, boolean bold) {
        if (text.isEmpty()) {
            return 0;
        }
        return font(text, size, bold).getStringBounds(text, RENDER_CONTEXT).getWidth();
    }

    static double width(String text, TextStyle style) {
        return width(text, style.size(), style.bold());
    }

    /** The text as it fits in {@code maxWidth}: whole, or cut with an ellipsis. */
    static String fit(String text, double maxWidth, TextStyle style) {
        if (width(text, style) <= maxWidth) {
            return text;
        }
        int[] codePoints = text.codePoints().toArray();
        int low = 0;
        int high = codePoints.length;
        // the longest beginning that fits with the ellipsis
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (width(new String(codePoints, 0, middle).stripTrailing() + ELLIPSIS, style) <= maxWidth) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low == 0 ? ELLIPSIS : new String(codePoints, 0, low).stripTrailing() + ELLIPSIS;
    }

    /**
     * The text broken at spaces into lines of at most {@code maxWidth}, at most {@code maxLines} of them: the last
     * one cut with an ellipsis when the text is longer, as is a word longer than a line.
     */
    static List<String> wrap(String text, double maxWidth, TextStyle style, int maxLines) {
        List<String> lines = new ArrayList<>();
        String[] words = text.strip().split("\\s+");
        StringBuilder line = new StringBuilder();
        int next = 0;
        while (next < words.length && lines.size() < maxLines - 1) {
            String candidate = line.isEmpty() ? words[next] : line + " " + words[next];
            if (width(candidate, style) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                next++;
            } else if (line.isEmpty()) {
                lines.add(fit(words[next], maxWidth, style));
                next++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        StringBuilder rest = new StringBuilder(line);
        for (int i = next; i < words.length; i++) {
            if (!rest.isEmpty()) {
                rest.append(' ');
            }
            rest.append(words[i]);
        }
        if (!rest.isEmpty() || lines.isEmpty()) {
            lines.add(fit(rest.toString(), maxWidth, style));
        }
        return lines;
    }

    /** The distance from the top of a line to its baseline, roughly, for placing text in a box. */
    static double ascent(double size) {
        return size * 0.76;
    }

    static double lineHeight(double size) {
        return Math.ceil(size * 1.3);
    }
}
