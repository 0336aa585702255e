package org.interlocutor.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The stakeholder map's recency buckets, counted in days back from the map's date. */
class RecencyTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    private static Recency daysBefore(int days) {
        return Recency.of(AS_OF.minusDays(days), AS_OF);
    }

    @Test
    void bucketsHoldTheirBoundaries() {
        assertThat(daysBefore(0)).isEqualTo(Recency.WITHIN_30_DAYS);
        assertThat(daysBefore(30)).isEqualTo(Recency.WITHIN_30_DAYS);
        assertThat(daysBefore(31)).isEqualTo(Recency.DAYS_31_TO_90);
        assertThat(daysBefore(90)).isEqualTo(Recency.DAYS_31_TO_90);
        assertThat(daysBefore(91)).isEqualTo(Recency.DAYS_91_TO_365);
        assertThat(daysBefore(365)).isEqualTo(Recency.DAYS_91_TO_365);
        assertThat(daysBefore(366)).isEqualTo(Recency.LONGER_OR_NEVER);
    }

    @Test
    void neverEngagedIsLongerOrNever() {
        assertThat(Recency.of(null, AS_OF)).isEqualTo(Recency.LONGER_OR_NEVER);
    }
}
