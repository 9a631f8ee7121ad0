package org.mo4j.core.hypervolume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The word hierarchy answers like a {@link TreeSet} across one, two and three levels. */
class RankSetTest {

    @Property(tries = 60)
    void behavesLikeATreeSet(@ForAll @IntRange(min = 1, max = 300_000) int capacity, @ForAll Random random) {
        RankSet set = new RankSet(capacity);
        TreeSet<Integer> expected = new TreeSet<>();
        for (int step = 0; step < 2000; step++) {
            // Cluster the operations sometimes so that words empty out and fill again.
            int r = random.nextBoolean() ? random.nextInt(capacity) : Math.min(capacity - 1, random.nextInt(200));
            if (random.nextInt(3) == 0 && expected.contains(r)) {
                set.remove(r);
                expected.remove(r);
            } else if (!expected.contains(r)) {
                set.add(r);
                expected.add(r);
            }
            int probe = random.nextInt(capacity);
            Integer lower = expected.lower(probe);
            Integer higher = expected.higher(probe);
            assertEquals(lower == null ? -1 : lower, set.lower(probe), "lower(" + probe + ")");
            assertEquals(higher == null ? -1 : higher, set.higher(probe), "higher(" + probe + ")");
        }
        for (int r : expected) {
            set.remove(r);
        }
        assertEquals(-1, set.higher(-1), "empty after removing every element");
    }

    /**
     * A reused set (as HVC3D's sweeps reuse theirs): after {@code clear(bound)}, successors of
     * ranks below bound see only what was added since, whatever was left at or above bound. The
     * stale words one past bound, at every level, are what a successor query reads.
     */
    @Property(tries = 200)
    void clearHidesWhatWasLeftAtOrAboveTheBound(
            @ForAll @IntRange(min = 1, max = 300_000) int capacity, @ForAll Random random) {
        RankSet set = new RankSet(capacity);
        for (int k = 0; k < 500; k++) {
            set.add(random.nextInt(capacity));
        }
        int bound = random.nextBoolean() ? 1 + random.nextInt(capacity) : Math.min(capacity, 64 << random.nextInt(6));
        set.clear(bound);
        TreeSet<Integer> expected = new TreeSet<>();
        for (int k = 0; k < 20; k++) {
            int r = random.nextInt(bound);
            set.add(r);
            expected.add(r);
        }
        for (int probe = -1; probe < bound; probe += 1 + random.nextInt(Math.max(1, bound / 50))) {
            Integer higher = expected.higher(probe);
            assertEquals(
                    higher == null ? -1 : higher,
                    set.higher(probe),
                    "higher(" + probe + ") after clear(" + bound + ")");
        }
        Integer last = expected.last();
        assertEquals(-1, set.higher(last), "higher(" + last + ") after clear(" + bound + ")");
    }
}
