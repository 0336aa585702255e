package org.interlocutor.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The contacts an export contained, as kept beside its audit event: compact, exact, cheap to gather. */
class ContactIdSetTest {

    @Test
    void theIdsComeBackExactlyAsGathered() {
        BitSet ids = new BitSet();
        ids.set(1);
        ids.set(70_000);
        ids.set(2_500_000);

        ContactIdSet stored = ContactIdSet.stored(ContactIdSet.of(ids).compressed(), 3);

        assertThat(stored.ids()).isEqualTo(ids);
        assertThat(stored.count()).isEqualTo(3);
        assertThat(stored.contains(70_000)).isTrue();
        assertThat(stored.contains(70_001)).isFalse();
        assertThat(stored.contains(-1)).isFalse();
        assertThat(stored.contains(Long.MAX_VALUE)).isFalse();
    }

    @Test
    void noContactsIsAnEmptySet() {
        ContactIdSet none = ContactIdSet.of(new BitSet());

        assertThat(none.ids().isEmpty()).isTrue();
        assertThat(none.contains(0)).isFalse();
    }

    @Test
    void aDamagedStoredSetIsRefusedRatherThanReadAsOtherIds() {
        byte[] compressed = ContactIdSet.of(BitSet.valueOf(new long[] {0xF0F0_F0F0L, 42L})).compressed();
        byte[] cut = Arrays.copyOf(compressed, compressed.length / 2);

        assertThatThrownBy(() -> ContactIdSet.stored(cut, 2).ids()).isInstanceOf(IllegalStateException.class);
    }

    /**
     * An export of 100,000 contacts among 300,000 ids: gathering their ids and deflating them takes a few
     * milliseconds against the export's 4 s, and some kilobytes. Printed, not asserted: a measure, not a timed test.
     */
    @Test
    void recordingTheIdsOfAHundredThousandContactsIsSmallAndQuick() {
        Random random = new Random(8);
        long[] ids = random.ints(0, 300_000).distinct().limit(100_000).asLongStream().toArray();
        ContactIdSet set = null;
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long started = System.nanoTime();
            BitSet gathered = new BitSet();
            for (long id : ids) {
                gathered.set(Math.toIntExact(id));
            }
            set = ContactIdSet.of(gathered);
            best = Math.min(best, System.nanoTime() - started);
        }
        long inflate = System.nanoTime();
        assertThat(set.ids().cardinality()).isEqualTo(100_000);
        inflate = System.nanoTime() - inflate;

        System.out.printf("MEASURE export ids: 100,000 of 300,000 contacts gathered and deflated in %.2f ms "
                + "(best of 5), %,d bytes stored (bits alone: %,d), read back in %.2f ms%n", best / 1e6,
                set.compressed().length, 300_000 / 8, inflate / 1e6);
        assertThat(set.compressed().length).isLessThan(300_000 / 8 + 100);

        BitSet aFilteredList = new BitSet();
        aFilteredList.set(200_000, 300_000);
        System.out.printf("MEASURE export ids: 100,000 consecutive ids stored in %,d bytes%n",
                ContactIdSet.of(aFilteredList).compressed().length);
    }
}
