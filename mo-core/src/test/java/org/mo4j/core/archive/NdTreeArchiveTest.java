package org.mo4j.core.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mo4j.core.testing.Allocations;
import org.mo4j.core.testing.FlatParetoArchive;

/**
 * The ND-tree behind {@link ParetoArchive} against the flat list it replaced, on sequences long
 * enough to split leaves many times: after every insertion both accept or reject alike, and at the
 * end they hold the same members in the same order with the same payloads.
 */
class NdTreeArchiveTest {

    /** Offers of one of four shapes; integer grids make duplicates and ties common. */
    static double[][] offers(long seed, int n, int d, int shape) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] out = new double[n][d];
        for (int k = 0; k < n; k++) {
            double[] p = out[k];
            switch (shape) {
                case 0 -> { // uniform in the cube: few members
                    for (int i = 0; i < d; i++) {
                        p[i] = random.nextDouble();
                    }
                }
                case 1 -> { // near a simplex: most offers are members for a while
                    double sum = 0;
                    for (int i = 0; i < d; i++) {
                        p[i] = -Math.log(1 - random.nextDouble());
                        sum += p[i];
                    }
                    double noise = 1 + 0.05 * random.nextDouble();
                    for (int i = 0; i < d; i++) {
                        p[i] = p[i] / sum * noise;
                    }
                }
                case 2 -> { // a small integer grid: duplicates, equal coordinates
                    for (int i = 0; i < d; i++) {
                        p[i] = random.nextInt(6);
                    }
                }
                default -> { // a simplex on an integer grid, with a drift that keeps evicting
                    int total = 12;
                    int left = total;
                    for (int i = 0; i < d - 1; i++) {
                        p[i] = random.nextInt(left + 1);
                        left -= (int) p[i];
                    }
                    p[d - 1] = left;
                    if (random.nextInt(10) == 0) {
                        p[random.nextInt(d)] -= 1;
                    }
                }
            }
        }
        return out;
    }

    @Property(tries = 200)
    void agreesWithTheFlatListAfterEveryInsertion(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 2500) int n,
            @ForAll @IntRange(min = 1, max = 6) int d,
            @ForAll @IntRange(min = 0, max = 3) int shape) {
        double[][] offers = offers(seed, n, d, shape);
        ParetoArchive<Integer> tree = new ParetoArchive<>(d);
        FlatParetoArchive<Integer> flat = new FlatParetoArchive<>(d);
        for (int k = 0; k < n; k++) {
            assertEquals(flat.add(offers[k], k), tree.add(offers[k], k), "offer " + k);
            assertEquals(flat.size(), tree.size(), "size after offer " + k);
        }
        List<FlatParetoArchive.Entry<Integer>> expected = flat.entries();
        List<ParetoArchive.Entry<Integer>> actual = tree.entries();
        assertEquals(expected.size(), actual.size());
        for (int m = 0; m < expected.size(); m++) {
            assertEquals(expected.get(m).payload(), actual.get(m).payload(), "member " + m);
            assertArrayEquals(expected.get(m).objectives(), actual.get(m).objectives(), 0.0);
        }
        tree.clear();
        assertEquals(0, tree.size());
        assertEquals(true, tree.add(offers[0], 0));
        assertEquals(1, tree.objectives().length);
    }

    @Test
    void offersThatChangeNothingAllocateNothing() {
        int d = 4;
        double[][] members = offers(7, 3000, d, 1);
        ParetoArchive<Integer> archive = new ParetoArchive<>(d);
        for (int k = 0; k < members.length; k++) {
            archive.add(members[k], k);
        }
        assertTrue(archive.size() > 10 * ParetoArchive.LEAF_CAPACITY, "the tree has split: " + archive.size());
        double[][] rejected = new double[200][];
        for (int k = 0; k < rejected.length; k++) {
            rejected[k] = members[k].clone();
            for (int i = 0; i < d; i++) {
                rejected[k][i] += 2; // dominated by the member it was copied from, or by its evictor
            }
        }
        Runnable offerAll = () -> {
            for (double[] y : rejected) {
                if (archive.add(y, -1)) {
                    throw new AssertionError("a dominated offer was stored");
                }
            }
        };
        OptionalLong allocated = Allocations.bytes(offerAll, 200, 20);
        assumeTrue(allocated.isPresent(), "no per-thread allocation counter");
        assertEquals(0, allocated.getAsLong(), "bytes allocated by 4,000 rejected offers");
    }
}
