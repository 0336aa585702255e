package org.interlocutor.shared.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A value axis with round ticks: the step is 1, 2 or 5 times a power of ten, the smallest such step that keeps the
 * ticks to the number that fit, and the axis runs from a multiple of the step at or below the smallest value to
 * one at or above the largest.
 */
record NiceScale(double min, double max, double step) {

    /**
     * @param maxTicks how many ticks fit (at least 2)
     * @param wholeNumbers true for counts: the step is never below 1, so no axis reads "0.5 meetings"
     */
    static NiceScale of(double low, double high, int maxTicks, boolean wholeNumbers) {
        if (high < low) {
            double swap = low;
            low = high;
            high = swap;
        }
        if (high == low) {
            high = low + (wholeNumbers || low == 0 ? 1 : Math.abs(low) * 0.1);
        }
        double rough = (high - low) / Math.max(1, maxTicks - 1);
        int exponent = (int) Math.floor(Math.log10(rough));
        double step = round(2, exponent + 1);
        // the smallest round step whose ticks, from below the lowest value to above the highest, still fit
        for (double candidate : new double[] {round(1, exponent), round(2, exponent), round(5, exponent),
                round(1, exponent + 1)}) {
            long count = Math.round(Math.ceil(high / candidate - 1e-9) - Math.floor(low / candidate + 1e-9)) + 1;
            if (count <= maxTicks) {
                step = candidate;
                break;
            }
        }
        if (wholeNumbers && step < 1) {
            step = 1;
        }
        double min = Math.floor(low / step + 1e-9) * step;
        double max = Math.ceil(high / step - 1e-9) * step;
        return new NiceScale(clean(min, step), clean(max, step), step);
    }

    /** {@code digit} × 10^{@code exponent} as the nearest double, without the dust of multiplying by a power. */
    private static double round(int digit, int exponent) {
        return Double.parseDouble(digit + "E" + exponent);
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((max - min) / step);
        for (long i = 0; i <= count; i++) {
            ticks.add(clean(min + i * step, step));
        }
        return ticks;
    }

    /** Where {@code value} falls between {@code from} (at min) and {@code to} (at max). */
    double position(double value, double from, double to) {
        return from + (value - min) / (max - min) * (to - from);
    }

    /** Takes away the floating-point dust of multiplying steps: 0.30000000000000004 becomes 0.3. */
    private static double clean(double value, double step) {
        double digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
        double factor = Math.pow(10, digits);
        double cleaned = Math.round(value * factor) / factor;
        return cleaned == 0 ? 0.0 : cleaned;
    }
}
