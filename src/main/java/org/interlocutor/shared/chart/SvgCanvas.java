package org.interlocutor.shared.chart;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes a standalone SVG document. Every text and attribute value goes through {@link #escape(String)}: chart
 * texts come from users (campaign and contact names), and the application puts this SVG into its pages as markup,
 * which is safe only because nothing in it can close a tag or open one.
 */
final class SvgCanvas implements Canvas {

    private final StringBuilder svg = new StringBuilder(8192);
    private final boolean interactive;
    /** The closing tag of each group begun and not yet ended. */
    private final Deque<String> openGroups = new ArrayDeque<>();

    /**
     * @param id makes the ids of the title and description unique in a page showing several charts
     * @param interactive true when the chart holds links: its role is then "group", since an "img" hides its links
     *        from assistive technologies
     */
    SvgCanvas(int width, int height, String id, String title, String description, boolean interactive) {
        this.interactive = interactive;
        String titleId = id + "-title";
        String descriptionId = id + "-desc";
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"").append(interactive ? "group" : "img")
                .append("\" aria-labelledby=\"").append(escape(titleId)).append(' ').append(escape(descriptionId))
                .append("\" font-family=\"").append(escape(Fonts.CSS_FAMILY)).append("\">");
        svg.append("<title id=\"").append(escape(titleId)).append("\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(escape(descriptionId)).append("\">").append(escape(description))
                .append("</desc>");
    }

    String finish() {
        return svg.append("</svg>").toString();
    }

    @Override
    public void rect(double x, double y, double width, double height, Paint paint) {
        svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(number(height)).append('"');
        paint(paint);
        svg.append("/>");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Paint paint) {
        svg.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1))
                .append("\" x2=\"").append(number(x2)).append("\" y2=\"").append(number(y2)).append('"');
        paint(paint);
        svg.append("/>");
    }

    @Override
    public void polyline(double[] coordinates, Paint paint) {
        svg.append("<polyline points=\"").append(points(coordinates)).append('"');
        paint(paint);
        svg.append(" stroke-linejoin=\"round\"/>");
    }

    @Override
    public void polygon(double[] coordinates, Paint paint) {
        svg.append("<polygon points=\"").append(points(coordinates)).append('"');
        paint(paint);
        svg.append("/>");
    }

    @Override
    public void circle(double centreX, double centreY, double radius, Paint paint) {
        svg.append("<circle cx=\"").append(number(centreX)).append("\" cy=\"").append(number(centreY))
                .append("\" r=\"").append(number(radius)).append('"');
        paint(paint);
        svg.append("/>");
    }

    @Override
    public void text(double x, double y, String text, TextStyle style) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" font-size=\"").append(number(style.size())).append("\" fill=\"")
                .append(escape(style.colour())).append('"');
        if (style.bold()) {
            svg.append(" font-weight=\"bold\"");
        }
        switch (style.anchor()) {
            case MIDDLE -> svg.append(" text-anchor=\"middle\"");
            case END -> svg.append(" text-anchor=\"end\"");
            case START -> { }
        }
        if (style.rotation() != 0) {
            svg.append(" transform=\"rotate(").append(number(style.rotation())).append(' ').append(number(x))
                    .append(' ').append(number(y)).append(")\"");
        }
        svg.append('>').append(escape(text)).append("</text>");
    }

    @Override
    public void beginGroup(@Nullable String tooltip, @Nullable String link) {
        if (link != null && interactive) {
            // data-route: the screen navigates inside the application instead of reloading the page
            svg.append("<a href=\"").append(escape(link)).append("\" data-route=\"").append(escape(link))
                    .append("\">");
            openGroups.push("</a>");
        } else {
            svg.append("<g>");
            openGroups.push("</g>");
        }
        if (tooltip != null) {
            svg.append("<title>").append(escape(tooltip)).append("</title>");
        }
    }

    @Override
    public void endGroup() {
        svg.append(openGroups.pop());
    }

    private void paint(Paint paint) {
        svg.append(" fill=\"").append(paint.fill() == null ? "none" : escape(paint.fill())).append('"');
        if (paint.stroke() != null) {
            svg.append(" stroke=\"").append(escape(paint.stroke())).append("\" stroke-width=\"")
                    .append(number(paint.strokeWidth())).append('"');
            if (paint.dashed()) {
                svg.append(" stroke-dasharray=\"4 3\"");
            }
        }
    }

    private static String points(double[] coordinates) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i + 1 < coordinates.length; i += 2) {
            if (i > 0) {
                points.append(' ');
            }
            points.append(number(coordinates[i])).append(',').append(number(coordinates[i + 1]));
        }
        return points.toString();
    }

    /** Two decimals at most, with a dot whatever the locale. */
    static String number(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.2f", rounded).replaceAll("0+$", "");
    }

    /**
     * The text made safe as XML character data and as an attribute value: markup characters become entities, and
     * characters XML does not allow (control characters, lone surrogates) are dropped.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        escaped.append(c).append(text.charAt(++i));
                    } else if (allowedInXml(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
    }
}
