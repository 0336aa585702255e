package org.interlocutor.shared.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NiceScaleTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTenAndTheAxisCoversTheValues() {
        assertThat(NiceScale.of(0, 7, 6, true)).isEqualTo(new NiceScale(0, 8, 2));
        assertThat(NiceScale.of(0, 302, 5, true)).isEqualTo(new NiceScale(0, 400, 100));
        assertThat(NiceScale.of(0, 302, 9, true)).isEqualTo(new NiceScale(0, 350, 50));
        assertThat(NiceScale.of(0, 0.37, 6, false)).isEqualTo(new NiceScale(0, 0.4, 0.1));
        assertThat(NiceScale.of(0, 1, 6, false).ticks()).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8, 1.0);
        assertThat(NiceScale.of(-35, 120, 8, true)).isEqualTo(new NiceScale(-50, 150, 50));
        assertThat(NiceScale.of(0, 1_234_567, 6, true)).isEqualTo(new NiceScale(0, 1_500_000, 500_000));
    }

    @Test
    void countsAreNeverCountedInFractions() {
        assertThat(NiceScale.of(0, 3, 8, true).step()).isEqualTo(1);
        assertThat(NiceScale.of(0, 3, 8, false).step()).isEqualTo(0.5);
    }

    @Test
    void anAxisOfOneValueStillHasARange() {
        assertThat(NiceScale.of(0, 0, 5, true)).isEqualTo(new NiceScale(0, 1, 1));
        assertThat(NiceScale.of(5, 5, 5, true).max()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void anyRangeGetsRoundTicksThatFitAndCoverIt() {
        Random random = new Random(11);
        for (int i = 0; i < 2000; i++) {
            double low = random.nextBoolean() ? 0 : -random.nextDouble() * Math.pow(10, random.nextInt(7) - 2);
            double high = random.nextDouble() * Math.pow(10, random.nextInt(9) - 3);
            int maxTicks = 2 + random.nextInt(10);

            NiceScale scale = NiceScale.of(low, high, maxTicks, false);

            // 0.05 is 5 × 10^-2: its significant digits alone are 5
            BigInteger digits = BigDecimal.valueOf(scale.step()).stripTrailingZeros().unscaledValue();
            assertThat(digits).as("step %s", scale.step()).isIn(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(5));
            // a millionth of a step beyond is drawn on the last tick
            assertThat(scale.min()).isLessThanOrEqualTo(low + scale.step() * 1e-6);
            assertThat(scale.max()).isGreaterThanOrEqualTo(high - scale.step() * 1e-6);
            assertThat(scale.ticks().size()).as("%s..%s in %s ticks: %s", low, high, maxTicks, scale)
                    .isLessThanOrEqualTo(Math.max(maxTicks, 3));
        }
    }
}
