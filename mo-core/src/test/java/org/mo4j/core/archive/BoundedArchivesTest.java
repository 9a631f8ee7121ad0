package org.mo4j.core.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mo4j.core.hypervolume.Hypervolume;

/**
 * The bounded archives against plain-list oracles that recompute everything from scratch: the same
 * members, in the same order, with the same payloads, after every offer.
 */
class BoundedArchivesTest {

    /** A plain list with the Pareto filter and a truncation rule that picks the member to drop. */
    private static final class Oracle {
        final List<double[]> rows = new ArrayList<>();
        final List<Integer> payloads = new ArrayList<>();

        boolean add(double[] y, int payload, int capacity, ToIntFunction<double[][]> worst) {
            for (double[] m : rows) {
                if (weaklyDominates(m, y)) {
                    return false;
                }
            }
            for (int k = rows.size() - 1; k >= 0; k--) {
                if (weaklyDominates(y, rows.get(k))) {
                    rows.remove(k);
                    payloads.remove(k);
                }
            }
            rows.add(y.clone());
            payloads.add(payload);
            if (rows.size() <= capacity) {
                return true;
            }
            int w = worst.applyAsInt(rows.toArray(new double[0][]));
            rows.remove(w);
            payloads.remove(w);
            return w != rows.size();
        }
    }

    private static boolean weaklyDominates(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                return false;
            }
        }
        return true;
    }

    private static int argmin(double[] values) {
        int w = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] < values[w]) {
                w = k;
            }
        }
        return w;
    }

    /** Crowding distance from its definition (stable sorts, extremes infinite, constant objectives add 0). */
    private static double[] crowding(double[][] f) {
        int n = f.length;
        double[] c = new double[n];
        if (n <= 2) {
            Arrays.fill(c, Double.POSITIVE_INFINITY);
            return c;
        }
        for (int i = 0; i < f[0].length; i++) {
            int obj = i;
            Integer[] order = new Integer[n];
            for (int k = 0; k < n; k++) {
                order[k] = k;
            }
            Arrays.sort(order, Comparator.comparingDouble(k -> f[k][obj]));
            double range = f[order[n - 1]][i] - f[order[0]][i];
            if (range == 0) {
                continue;
            }
            c[order[0]] = Double.POSITIVE_INFINITY;
            c[order[n - 1]] = Double.POSITIVE_INFINITY;
            for (int k = 1; k < n - 1; k++) {
                c[order[k]] += (f[order[k + 1]][i] - f[order[k - 1]][i]) / range;
            }
        }
        return c;
    }

    /** Exclusive contributions as HV(all) - HV(all but one), by {@link Hypervolume#of}. */
    private static double[] contributions(double[][] f, double[] ref) {
        double all = Hypervolume.of(f, ref);
        double[] c = new double[f.length];
        for (int k = 0; k < f.length; k++) {
            double[][] rest = new double[f.length - 1][];
            for (int j = 0, r = 0; j < f.length; j++) {
                if (j != k) {
                    rest[r++] = f[j];
                }
            }
            c[k] = all - (rest.length == 0 ? 0 : Hypervolume.of(rest, ref));
        }
        return c;
    }

    /** Integer vectors near a front (many members), so every volume is an exact integer. */
    private static double[][] offers(long seed, int n, int d, int range) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] out = new double[n][d];
        for (double[] p : out) {
            int left = range;
            for (int i = 0; i < d - 1; i++) {
                p[i] = random.nextInt(left + 1);
                left -= (int) p[i];
            }
            p[d - 1] = left + random.nextInt(3);
        }
        return out;
    }

    private static void assertSame(Oracle oracle, List<ParetoArchive.Entry<Integer>> entries, String when) {
        assertEquals(oracle.rows.size(), entries.size(), when);
        for (int m = 0; m < entries.size(); m++) {
            assertArrayEquals(oracle.rows.get(m), entries.get(m).objectives(), 0.0, when);
            assertEquals(oracle.payloads.get(m), entries.get(m).payload(), when);
        }
    }

    @Property(tries = 100)
    void crowdingArchiveDropsTheMostCrowded(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 300) int n,
            @ForAll @IntRange(min = 1, max = 5) int d,
            @ForAll @IntRange(min = 1, max = 12) int capacity) {
        double[][] offers = offers(seed, n, d, 20);
        CrowdingDistanceArchive<Integer> archive = new CrowdingDistanceArchive<>(d, capacity);
        Oracle oracle = new Oracle();
        for (int k = 0; k < n; k++) {
            boolean expected = oracle.add(offers[k], k, capacity, f -> argmin(crowding(f)));
            assertEquals(expected, archive.add(offers[k], k), "offer " + k);
            assertSame(oracle, archive.entries(), "after offer " + k);
            assertTrue(archive.size() <= capacity);
        }
    }

    @Property(tries = 60)
    void hypervolumeArchiveDropsTheLeastContributor(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 150) int n,
            @ForAll @IntRange(min = 2, max = 4) int d,
            @ForAll @IntRange(min = 1, max = 10) int capacity) {
        double[][] offers = offers(seed, n, d, 12);
        double[] ref = new double[d];
        Arrays.fill(ref, 13); // some offers lie outside the box and contribute 0
        HypervolumeArchive<Integer> archive = new HypervolumeArchive<>(ref, capacity);
        Oracle oracle = new Oracle();
        for (int k = 0; k < n; k++) {
            boolean expected = oracle.add(offers[k], k, capacity, f -> argmin(contributions(f, ref)));
            assertEquals(expected, archive.add(offers[k], k), "offer " + k);
            assertSame(oracle, archive.entries(), "after offer " + k);
        }
    }

    private static double[] box(double[] f, double[] epsilon) {
        double[] b = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            b[i] = Math.floor(f[i] / epsilon[i]);
        }
        return b;
    }

    @Property(tries = 150)
    void epsilonGridKeepsEveryOfferBoxDominated(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 400) int n,
            @ForAll @IntRange(min = 1, max = 5) int d,
            @ForAll @IntRange(min = 1, max = 40) int tenthsOfEpsilon) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] epsilon = new double[d];
        for (int i = 0; i < d; i++) {
            epsilon[i] = tenthsOfEpsilon / 10.0 * (0.5 + random.nextDouble());
        }
        double[][] offers = new double[n][d];
        for (double[] p : offers) {
            double sum = 0;
            for (int i = 0; i < d; i++) {
                p[i] = -Math.log(1 - random.nextDouble());
                sum += p[i];
            }
            for (int i = 0; i < d; i++) {
                p[i] = 10 * p[i] / sum + random.nextDouble() * (random.nextInt(4) == 0 ? 1 : 0);
            }
        }
        EpsilonGridArchive<Integer> archive = new EpsilonGridArchive<>(epsilon);
        for (int k = 0; k < n; k++) {
            boolean member = archive.add(offers[k], k);
            List<ParetoArchive.Entry<Integer>> entries = archive.entries();
            int at = k;
            assertEquals(member, entries.stream().anyMatch(e -> e.payload() == at), "return value of offer " + k);
            for (int a = 0; a < entries.size(); a++) {
                double[] ba = box(entries.get(a).objectives(), epsilon);
                assertArrayEquals(
                        offers[entries.get(a).payload()], entries.get(a).objectives(), 0.0);
                for (int b = 0; b < entries.size(); b++) {
                    if (a != b) {
                        assertFalse(
                                weaklyDominates(ba, box(entries.get(b).objectives(), epsilon)),
                                "boxes of members " + a + " and " + b);
                    }
                }
            }
            for (int j = 0; j <= k; j++) {
                double[] bj = box(offers[j], epsilon);
                assertTrue(
                        entries.stream().anyMatch(e -> weaklyDominates(box(e.objectives(), epsilon), bj)),
                        "offer " + j + " is box-dominated by no member after offer " + k);
            }
        }
    }

    @Test
    void epsilonGridKeepsOnePerBoxPreferringTheCorner() {
        EpsilonGridArchive<String> archive = new EpsilonGridArchive<>(new double[] {1, 1});
        assertTrue(archive.add(new double[] {0.9, 0.2}, "a"));
        assertFalse(archive.add(new double[] {0.95, 0.3}, "dominated in the box"));
        assertTrue(archive.add(new double[] {0.1, 0.8}, "nearer the corner"));
        assertEquals(
                List.of("nearer the corner"),
                archive.entries().stream().map(ParetoArchive.Entry::payload).toList());
        assertTrue(archive.add(new double[] {0.05, 0.5}, "dominates it"));
        assertFalse(archive.add(new double[] {1.5, 0.9}, "box dominated"));
        assertTrue(archive.add(new double[] {1.5, -0.5}, "another box"));
        assertEquals(2, archive.size());
        assertTrue(archive.add(new double[] {-0.5, -0.5}, "box dominates both"));
        assertEquals(1, archive.size());
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals(
                "capacity must be at least 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new CrowdingDistanceArchive<>(2, 0))
                        .getMessage());
        assertEquals(
                "epsilon[1] must be positive, was 0.0",
                assertThrows(IllegalArgumentException.class, () -> new EpsilonGridArchive<>(new double[] {1, 0}))
                        .getMessage());
        assertEquals(
                "objectives has 3 coordinates but the archive has 2 (dimension mismatch)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new HypervolumeArchive<>(new double[] {1, 1}, 3).add(new double[] {0, 0, 0}))
                        .getMessage());
    }
}
