package org.interlocutor.shared.chart;

import java.text.NumberFormat;
import java.util.Locale;

/** How the values of a {@link BarChart} or a {@link LineChart} are written on its axis and in its tooltips. */
public enum ValueFormat {
    /** Plain numbers in the chart's locale: "1,234" or "1 234". */
    NUMBER,
    /** Fractions shown as percentages: 0.25 is "25%" ("25 %" in French). */
    PERCENT;

    /** {@code value} written with at most {@code fractionDigits} digits after the decimal separator. */
    String format(double value, Locale locale, int fractionDigits) {
        NumberFormat format = this == PERCENT ? NumberFormat.getPercentInstance(locale)
                : NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(Math.max(0, fractionDigits));
        // "-0" is not a value anyone wants to read
        return format.format(value == 0 ? 0.0 : value);
    }

    /** The digits a tick step needs: none for 5 or 10, one for 0.5, two for 0.25. */
    int fractionDigitsFor(double step) {
        double shown = this == PERCENT ? step * 100 : step;
        for (int digits = 0; digits < 6; digits++) {
            double scaled = shown * Math.pow(10, digits);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled))) {
                return digits;
            }
        }
        return 6;
    }
}
