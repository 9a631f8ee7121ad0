package org.mo4j.core.hypervolume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mo4j.core.testing.RefData;
import org.mo4j.core.testing.RefData.HvCase;

/**
 * The four-objective contributions sweeps, HVC4D with neighbour links ({@link Hvc4dLinks}) and
 * with presorted orders ({@link Hvc4d}), against the hypervolume lost by removing each point (grid
 * oracle, HV4D+ and the exact dispatch), against WFG's one-limit-set-per-point contributions,
 * against each other and against the limit-set sweep ({@link Hvc4dLimitSets}), on fronts full of
 * ties, duplicates, dominated points and points on or beyond the reference box; and the dispatch's
 * choice between the two sweeps.
 */
class Hvc4dTest {

    private static final double[] UNIT = {1, 1, 1, 1};

    /** Grid fronts in {0, 1/4, ..., 5/4}^4 against ref (1, 1, 1, 1): ties, duplicates, points on and outside the box. */
    @Provide
    Arbitrary<double[][]> gridFronts() {
        Arbitrary<double[]> point = Arbitraries.integers()
                .between(0, 5)
                .list()
                .ofSize(4)
                .map(l -> l.stream().mapToDouble(i -> i / 4.0).toArray());
        return point.list().ofMaxSize(14).map(l -> l.toArray(new double[0][]));
    }

    @Property(tries = 500)
    void gridFrontsMatchTheOracleAndWfg(@ForAll("gridFronts") double[][] front) {
        assertExclusive(front, UNIT, true);
    }

    @Property(tries = 200)
    void realFrontsWithCopiedCoordinatesMatchTheOracleAndWfg(
            @ForAll @IntRange(min = 0, max = 14) int n, @ForAll Random random) {
        double[] ref = TestFronts.reference(4, random);
        double[][] front = TestFronts.withCopiedCoordinates(n, ref, random);
        assertExclusive(front, ref, true);
    }

    /** Larger mutually non-dominated and mixed fronts, against WFG only. */
    @Property(tries = 40)
    void largerFrontsMatchWfg(@ForAll @IntRange(min = 1, max = 400) int n, @ForAll Random random) {
        double[][] front = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] p = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            double norm = Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2] + p[3] * p[3]);
            boolean onSphere = random.nextInt(4) != 0;
            for (int j = 0; j < 4; j++) {
                p[j] = onSphere ? Math.abs(p[j]) / norm : random.nextDouble();
            }
            front[i] = p;
        }
        assertExclusive(front, new double[] {1.1, 1.1, 1.1, 1.1}, false);
    }

    /**
     * Runs of insertions that leave S unchanged and insertions that change it, in random order,
     * so that every pair of them follows the other: two early points dominate the box [0.5, 1)^3
     * (points there are dominated twice, and discarded) while points with ever lower x below
     * both escape them (each joins S), so that the 3D recomputation runs after every kind of
     * insertion, and must agree with the oracles.
     */
    @Property(tries = 100)
    void alternatingDiscardedAndKeptInsertionsMatchTheOracles(
            @ForAll @IntRange(min = 4, max = 60) int n, @ForAll Random random) {
        double[][] front = new double[n][];
        front[0] = new double[] {0.01, 0.01, 0.01, 0};
        front[1] = new double[] {0.02, 0.02, 0.02, 0.001};
        double w = 0.001;
        double escapeX = 0.009;
        for (int i = 2; i < n; i++) {
            w += random.nextInt(4) == 0 ? 0 : random.nextDouble() / n;
            if (random.nextBoolean()) {
                front[i] = new double[] {
                    0.5 + random.nextDouble() / 2, 0.5 + random.nextDouble() / 2, 0.5 + random.nextDouble() / 2, w
                };
            } else {
                escapeX *= 0.5 + random.nextDouble() / 2;
                front[i] = new double[] {escapeX, random.nextDouble(), random.nextDouble(), w};
            }
        }
        assertExclusive(front, new double[] {1.1, 1.1, 1.1, 1.1}, false);
    }

    /** Hundreds of points on a coarse grid: long runs of equal coordinates and many duplicates. */
    @Property(tries = 40)
    void largeTiedFrontsMatchWfg(
            @ForAll @IntRange(min = 1, max = 300) int n,
            @ForAll @IntRange(min = 1, max = 12) int levels,
            @ForAll Random random) {
        double[][] front = new double[n][4];
        for (double[] p : front) {
            // Mostly near the plane x + y + z + w = levels, so that many points stay non-dominated.
            int a = random.nextInt(levels + 1);
            int b = random.nextInt(levels + 1 - a);
            int c = random.nextInt(levels + 1 - a - b);
            int d = Math.min(levels, levels - a - b - c + random.nextInt(2));
            p[0] = a / (double) levels;
            p[1] = b / (double) levels;
            p[2] = c / (double) levels;
            p[3] = d / (double) levels;
        }
        assertExclusive(front, new double[] {1, 1, 1, 1.0 + random.nextInt(2) / 8.0}, false);
    }

    @Test
    void duplicatesGetExactlyZeroAndTheRestIsUnaffected() {
        double[][] front = {{0.1, 0.7, 0.3, 0.5}, {0.4, 0.2, 0.6, 0.1}, {0.1, 0.7, 0.3, 0.5}, {0.3, 0.3, 0.3, 0.6}};
        double[] c = Hvc4dLinks.contributions(front, UNIT);
        assertEquals(0, c[0]);
        assertEquals(0, c[2]);
        double[][] once = {{0.1, 0.7, 0.3, 0.5}, {0.4, 0.2, 0.6, 0.1}, {0.3, 0.3, 0.3, 0.6}};
        double[] d = Hvc4dLinks.contributions(once, UNIT);
        assertEquals(d[1], c[1], 1e-15);
        assertEquals(d[2], c[3], 1e-15);
    }

    @Test
    void threeDimensionalDuplicateAtHigherLevelEndsTheExclusiveSlab() {
        // (0, 0, 0, 1/4) alone covers w in [1/4, 1/2) over the unit cube: 1/4; the second copy in
        // (x, y, z), at w = 1/2, is weakly dominated and gets 0.
        double[][] front = {{0, 0, 0, 0.5}, {0, 0, 0, 0.25}};
        assertArrayEquals(new double[] {0, 0.25}, Hvc4dLinks.contributions(front, UNIT));
    }

    @Test
    void limitPointsCollapsingOntoOneXyAreRankedInSweepOrder() {
        // Against q = (0, 1/2, 0), the first two points have limit points (1/2, 1/2, 1/2) and
        // (1/2, 1/2, 1/4): equal in (x, y), in y order the reverse of their z order (a case for
        // the presorted orders of Hvc4d, checked here for both sweeps).
        double[][] front = {{0.5, 0, 0.5, 0}, {0.5, 0.25, 0.25, 0.25}, {0, 0.5, 0, 0.5}, {0.75, 0.75, 0, 0.75}};
        assertExclusive(front, UNIT, true);
    }

    /**
     * The dispatch runs the linked sweep where the point with the largest box dominates a quarter
     * of the points (uniform points in the cube: about two thirds), the presorted one on mutually
     * non-dominated points (on a sphere), and either gives the sweep's contributions.
     */
    @Test
    void theDispatchPicksTheLinkedSweepForMostlyDominatedFronts() {
        Random random = new Random(5);
        double[][] cube = new double[400][4];
        double[][] sphere = new double[400][4];
        for (int i = 0; i < 400; i++) {
            double norm = 0;
            for (int j = 0; j < 4; j++) {
                cube[i][j] = random.nextDouble();
                sphere[i][j] = Math.abs(random.nextGaussian());
                norm += sphere[i][j] * sphere[i][j];
            }
            for (int j = 0; j < 4; j++) {
                sphere[i][j] /= Math.sqrt(norm);
            }
        }
        double[] ref = {1.1, 1.1, 1.1, 1.1};
        assertTrue(Hypervolume.mostlyDominated(cube, ref));
        assertTrue(!Hypervolume.mostlyDominated(sphere, ref));
        assertArrayEquals(Hvc4dLinks.contributions(cube, ref), Hypervolume.contributions(cube, ref));
        assertArrayEquals(Hvc4d.contributions(sphere, ref), Hypervolume.contributions(sphere, ref));
        // A quarter exactly: a, with the largest box, dominates b, one of the four points inside
        // the box; with a fifth point that a does not dominate it is less than a quarter.
        double[] a = {0.1, 0.1, 0.1, 0.1};
        double[] b = {0.5, 0.5, 0.5, 0.5};
        double[] c = {0, 0.2, 0.2, 0.2};
        double[] d = {0.2, 0, 0.2, 0.2};
        double[] e = {0.2, 0.2, 0, 0.2};
        double[] outside = {0.05, 0.05, 0.05, 2};
        assertTrue(Hypervolume.mostlyDominated(new double[][] {a, b, c, d, outside}, ref));
        assertTrue(!Hypervolume.mostlyDominated(new double[][] {a, b, c, d, e}, ref));
        assertTrue(!Hypervolume.mostlyDominated(new double[][] {a, c, d}, ref));
        assertTrue(!Hypervolume.mostlyDominated(new double[][] {{2, 0, 0, 0}}, ref));
    }

    static Stream<HvCase> fourObjectiveCases() {
        return RefData.hvCases().stream().filter(c -> c.d() == 4);
    }

    /**
     * Every d = 4 reference case: against WFG's contributions up to n = 1000; beyond, the
     * contributions are non-negative, sum to at most HV(S), and a sample of them equals
     * HV(S) - HV(S \ p) by HV4D+.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fourObjectiveCases")
    void referenceCases(HvCase c) {
        double[][] f = c.points();
        double[] hvc = Hvc4dLinks.contributions(f, c.ref());
        double tolerance = Tolerance.REL * Math.max(c.hv(), 1);
        double sum = 0;
        for (double x : hvc) {
            assertTrue(x >= 0, c.name() + ": negative contribution " + x);
            sum += x;
        }
        assertTrue(sum <= c.hv() + tolerance, c.name() + ": sum " + sum + " > HV " + c.hv());
        if (f.length <= 1000) {
            double[] wfg = Wfg.contributions(f, c.ref());
            for (int i = 0; i < f.length; i++) {
                assertTrue(
                        Math.abs(hvc[i] - wfg[i]) <= tolerance,
                        c.name() + " point " + i + ": " + hvc[i] + " vs WFG " + wfg[i]);
            }
        } else {
            Random random = new Random(c.name().hashCode());
            for (int k = 0; k < 25; k++) {
                int i = random.nextInt(f.length);
                double lost = c.hv() - Hv4dPlus.volume(TestFronts.without(f, i), c.ref());
                assertTrue(
                        Math.abs(hvc[i] - lost) <= tolerance, c.name() + " point " + i + ": " + hvc[i] + " vs " + lost);
            }
        }
    }

    private static void assertExclusive(double[][] front, double[] ref, boolean oracle) {
        double[] c = Hvc4dLinks.contributions(front, ref);
        double[] wfg = Wfg.contributions(front, ref);
        double hv = oracle ? GridOracle.hypervolume(front, ref) : Hv4dPlus.volume(front, ref);
        double tolerance = Tolerance.REL * Math.max(hv, 1);
        TestFronts.assertContributions(front, ref, c, wfg, hv, oracle);
        // Brute force: HV(S) - HV(S \ p) by the exact dispatch, for every point.
        double exact = Hypervolume.of(front, ref);
        for (int i = 0; i < front.length; i++) {
            double lost = exact - Hypervolume.of(TestFronts.without(front, i), ref);
            assertTrue(
                    Math.abs(c[i] - lost) <= tolerance, "point " + i + " = " + c[i] + ", HV(S) - HV(S \\ p) " + lost);
        }
        // The limit-set sweep it replaced, as an independent oracle, with its filter as in
        // production, switched off (every limit set goes whole to HVC3D) and tiny.
        for (int limit : new int[] {Hvc4dLimitSets.FILTER_LIMIT, 0, 2}) {
            double[] old = Hvc4dLimitSets.contributions(front, ref, limit);
            for (int i = 0; i < front.length; i++) {
                assertTrue(
                        Math.abs(old[i] - c[i]) <= tolerance,
                        "limit-set sweep (filter " + limit + ") " + i + " = " + old[i] + ", HVC4D " + c[i]);
            }
        }
        // HVC4D with presorted orders and rank sets, the dispatch's other sweep.
        double[] presorted = Hvc4d.contributions(front, ref);
        for (int i = 0; i < front.length; i++) {
            assertTrue(
                    Math.abs(presorted[i] - c[i]) <= tolerance,
                    "presorted orders " + i + " = " + presorted[i] + ", HVC4D " + c[i]);
        }
        // Order does not matter.
        List<Integer> perm = new ArrayList<>();
        for (int i = 0; i < front.length; i++) {
            perm.add(i);
        }
        Collections.shuffle(perm, new Random(front.length));
        double[][] shuffled = new double[front.length][];
        for (int i = 0; i < front.length; i++) {
            shuffled[i] = front[perm.get(i)];
        }
        double[] s = Hvc4dLinks.contributions(shuffled, ref);
        for (int i = 0; i < front.length; i++) {
            assertTrue(Math.abs(s[i] - c[perm.get(i)]) <= tolerance, "shuffled " + Arrays.toString(s));
        }
    }
}
