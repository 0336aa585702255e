package org.interlocutor.shared.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jspecify.annotations.Nullable;

/** Paints a chart with Java2D, for the PNG download: the same layout as the SVG, without tooltips or links. */
final class Java2dCanvas implements Canvas {

    private final Graphics2D graphics;

    /** Draws on {@code graphics} in CSS pixels, multiplied by {@code scale} (2 for a sharp picture on most screens). */
    Java2dCanvas(Graphics2D graphics, double scale) {
        this.graphics = graphics;
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.scale(scale, scale);
    }

    @Override
    public void rect(double x, double y, double width, double height, Paint paint) {
        draw(new Rectangle2D.Double(x, y, width, height), paint);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Paint paint) {
        draw(new Line2D.Double(x1, y1, x2, y2), paint);
    }

    @Override
    public void polyline(double[] coordinates, Paint paint) {
        draw(path(coordinates, false), paint);
    }

    @Override
    public void polygon(double[] coordinates, Paint paint) {
        draw(path(coordinates, true), paint);
    }

    @Override
    public void circle(double centreX, double centreY, double radius, Paint paint) {
        draw(new Ellipse2D.Double(centreX - radius, centreY - radius, radius * 2, radius * 2), paint);
    }

    @Override
    public void text(double x, double y, String text, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        Font font = Fonts.font(text, style.size(), style.bold());
        double width = font.getStringBounds(text, Fonts.RENDER_CONTEXT).getWidth();
        double shift = switch (style.anchor()) {
            case START -> 0;
            case MIDDLE -> -width / 2;
            case END -> -width;
        };
        AffineTransform before = graphics.getTransform();
        graphics.translate(x, y);
        if (style.rotation() != 0) {
            graphics.rotate(Math.toRadians(style.rotation()));
        }
        graphics.setFont(font);
        graphics.setColor(colour(style.colour()));
        graphics.drawString(text, (float) shift, 0f);
        graphics.setTransform(before);
    }

    @Override
    public void beginGroup(@Nullable String tooltip, @Nullable String link) {
        // a picture has no tooltips and no links
    }

    @Override
    public void endGroup() {
        // nothing was begun
    }

    private void draw(Shape shape, Paint paint) {
        if (paint.fill() != null) {
            graphics.setColor(colour(paint.fill()));
            graphics.fill(shape);
        }
        if (paint.stroke() != null) {
            graphics.setColor(colour(paint.stroke()));
            graphics.setStroke(paint.dashed()
                    ? new BasicStroke((float) paint.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                            new float[] {4f, 3f}, 0f)
                    : new BasicStroke((float) paint.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            graphics.draw(shape);
        }
    }

    private static Path2D path(double[] coordinates, boolean closed) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i + 1 < coordinates.length; i += 2) {
            if (i == 0) {
                path.moveTo(coordinates[i], coordinates[i + 1]);
            } else {
                path.lineTo(coordinates[i], coordinates[i + 1]);
            }
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    private static Color colour(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
