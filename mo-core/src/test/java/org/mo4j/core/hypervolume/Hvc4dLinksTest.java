package org.mo4j.core.hypervolume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mo4j.core.testing.RefData;
import org.mo4j.core.testing.RefData.HvCase;

/**
 * HVC4D with HV4D+'s neighbour links ({@link Hvc4dLinks}) against HVC4D with presorted orders
 * ({@link Hvc4d}), the limit-set sweep ({@link Hvc4dLimitSets}) and brute force (HV(S) - HV(S \ p)
 * by {@link Hypervolume#of}), on fronts with copies, dominated points, ties in every coordinate and
 * points on or beyond the reference box, and on every d = 4 reference case.
 */
class Hvc4dLinksTest {

    private static final double[] UNIT = {1, 1, 1, 1};

    /**
     * Points on a grid of {@code levels} values per coordinate, some of them copies of earlier
     * rows, some pushed onto or beyond the reference box in one coordinate, some dominated by an
     * earlier row: ties in every coordinate, at every size up to 40.
     */
    @Property(tries = 400)
    void tiedFrontsWithCopiesAndDominatedPointsMatchTheOracles(
            @ForAll @IntRange(min = 0, max = 40) int n,
            @ForAll @IntRange(min = 1, max = 6) int levels,
            @ForAll Random random) {
        double[][] front = new double[n][];
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(10);
            if (i > 0 && kind == 0) {
                front[i] = front[random.nextInt(i)].clone();
            } else if (i > 0 && kind == 1) {
                // Dominated by an earlier row (weakly: some coordinates stay equal).
                double[] p = front[random.nextInt(i)].clone();
                for (int j = 0; j < 4; j++) {
                    p[j] += random.nextInt(2) * (1 + random.nextInt(levels)) / (double) levels / 2;
                }
                front[i] = p;
            } else {
                double[] p = new double[4];
                for (int j = 0; j < 4; j++) {
                    p[j] = random.nextInt(levels) / (double) levels;
                }
                if (kind == 2) {
                    p[random.nextInt(4)] = 1 + random.nextInt(2) / 4.0;
                }
                front[i] = p;
            }
        }
        assertMatchesOracles(front, UNIT);
    }

    /** Mostly mutually non-dominated points near a simplex, with real coordinates and copied ones. */
    @Property(tries = 150)
    void realFrontsWithCopiedCoordinatesMatchTheOracles(
            @ForAll @IntRange(min = 0, max = 30) int n, @ForAll Random random) {
        double[] ref = TestFronts.reference(4, random);
        assertMatchesOracles(TestFronts.withCopiedCoordinates(n, ref, random), ref);
    }

    /**
     * Larger fronts on a sphere and in the cube, half of them rounded to a grid of 16 to 256 steps
     * (ties in every coordinate), against WFG's contributions only.
     */
    @Property(tries = 30)
    void largerFrontsMatchWfg(@ForAll @IntRange(min = 1, max = 600) int n, @ForAll Random random) {
        double[][] front = new double[n][4];
        boolean sphere = random.nextBoolean();
        double steps = random.nextBoolean() ? 16 << random.nextInt(5) : 0;
        for (double[] p : front) {
            double norm = 0;
            for (int j = 0; j < 4; j++) {
                p[j] = sphere ? Math.abs(random.nextGaussian()) : random.nextDouble();
                norm += p[j] * p[j];
            }
            for (int j = 0; j < 4; j++) {
                p[j] = sphere ? p[j] / Math.sqrt(norm) : p[j];
                p[j] = steps > 0 ? Math.rint(p[j] * steps) / steps : p[j];
            }
        }
        double[] ref = {1.1, 1.1, 1.1, 1.1};
        double[] expected = Wfg.contributions(front, ref);
        double[] presorted = Hvc4d.contributions(front, ref);
        double[] actual = Hvc4dLinks.contributions(front, ref);
        double tolerance = Tolerance.REL * Math.max(1, Hv4dPlus.volume(front, ref));
        for (int i = 0; i < n; i++) {
            assertEquals(expected[i], actual[i], tolerance, "point " + i + ", HVC4D " + presorted[i]);
        }
    }

    /**
     * 188 points on the unit sphere rounded to multiples of 1/64 (seed 47), found by comparing
     * the two sweeps: {@link Hvc4d} got two contributions wrong here (by 16% and 4%) while
     * {@link RankSet#clear} left the words beyond its bound as they were, since its reused HVC3D
     * sweep met a limit set of exactly 64 points after a larger one and the successor of rank 63
     * read a stale staircase bit. Both sweeps must match WFG's contributions.
     */
    @Test
    void roundedSphereFrontWithALimitSetOf64PointsMatchesWfg() {
        Random random = new Random(47);
        double[][] front = new double[188][4];
        for (double[] p : front) {
            double norm = 0;
            for (int j = 0; j < 4; j++) {
                p[j] = Math.abs(random.nextGaussian());
                norm += p[j] * p[j];
            }
            for (int j = 0; j < 4; j++) {
                p[j] = Math.rint(p[j] / Math.sqrt(norm) * 64) / 64;
            }
        }
        double[] ref = {1.1, 1.1, 1.1, 1.1};
        double[] expected = Wfg.contributions(front, ref);
        double[] actual = Hvc4dLinks.contributions(front, ref);
        double[] presorted = Hvc4d.contributions(front, ref);
        double tolerance = Tolerance.REL * Math.max(1, Hv4dPlus.volume(front, ref));
        for (int i = 0; i < front.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, "point " + i);
            assertEquals(expected[i], presorted[i], tolerance, "presorted orders, point " + i);
        }
    }

    @Test
    void onePointContributesItsBox() {
        assertArrayEquals(
                new double[] {0.5 * 0.75 * 0.25 * 1},
                Hvc4dLinks.contributions(new double[][] {{0.5, 0.25, 0.75, 0}}, UNIT));
    }

    @Test
    void aDominatedPointGetsZeroAndCutsItsDominatorsContribution() {
        // (1/2, 1/2, 1/2, 1/2) lies in the box of the origin: 1 - 1/16 is left exclusive to the origin.
        double[][] front = {{0.5, 0.5, 0.5, 0.5}, {0, 0, 0, 0}};
        assertArrayEquals(new double[] {0, 1 - 1.0 / 16}, Hvc4dLinks.contributions(front, UNIT));
        double[][] two = {{0.5, 0.5, 0.5, 0.5}, {0, 0, 0, 0}, {0.25, 0.75, 0.5, 0.5}};
        double[] c = Hvc4dLinks.contributions(two, UNIT);
        assertEquals(0, c[0]);
        assertEquals(0, c[2]);
        assertEquals(1 - (0.5 * 0.5 * 0.5 * 0.5 + 0.75 * 0.25 * 0.5 * 0.5 - 0.5 * 0.25 * 0.5 * 0.5), c[1], 1e-15);
    }

    @Test
    void copiesGetZeroAndPointsOutsideTheBoxChangeNothing() {
        double[][] front = {
            {0.1, 0.7, 0.3, 0.5}, {0.4, 0.2, 0.6, 0.1}, {0.1, 0.7, 0.3, 0.5}, {0.3, 0.3, 0.3, 0.6}, {0, 0, 0, 1}
        };
        double[] c = Hvc4dLinks.contributions(front, UNIT);
        assertEquals(0, c[0]);
        assertEquals(0, c[2]);
        assertEquals(0, c[4]);
        double[][] once = {{0.4, 0.2, 0.6, 0.1}, {0.3, 0.3, 0.3, 0.6}, {0.1, 0.7, 0.3, 0.5}};
        double[] d = Hvc4dLinks.contributions(once, UNIT);
        assertEquals(d[0], c[1], 1e-15);
        assertEquals(d[1], c[3], 1e-15);
    }

    /**
     * A staircase point whose rectangle holds local points on both sides of a new one: (0, 0, 0)
     * dominates the next three, which the last (at the highest z) partly covers; each step is
     * checked against brute force.
     */
    @Test
    void localStaircasesAreCutOnBothSides() {
        double[][] front = {
            {0, 0.5, 0, 0},
            {0.5, 0, 0, 0},
            {0.25, 0.25, 0, 0.1},
            {0.3, 0.75, 0.1, 0.2},
            {0.75, 0.3, 0.2, 0.2},
            {0.6, 0.6, 0.3, 0.3},
            {0.4, 0.4, 0.5, 0.4}
        };
        assertMatchesOracles(front, UNIT);
    }

    static Stream<HvCase> fourObjectiveCases() {
        return RefData.hvCases().stream().filter(c -> c.d() == 4);
    }

    /** Every d = 4 reference case, point by point against HVC4D with presorted orders, 1e-12 of the hypervolume. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fourObjectiveCases")
    void referenceCasesMatchHvc4d(HvCase c) {
        double[] expected = Hvc4d.contributions(c.points(), c.ref());
        double[] actual = Hvc4dLinks.contributions(c.points(), c.ref());
        double tolerance = Tolerance.REL * Math.max(c.hv(), 1);
        for (int i = 0; i < expected.length; i++) {
            assertTrue(
                    Math.abs(expected[i] - actual[i]) <= tolerance,
                    c.name() + " point " + i + ": " + actual[i] + " vs " + expected[i]);
        }
    }

    private static void assertMatchesOracles(double[][] front, double[] ref) {
        double[] c = Hvc4dLinks.contributions(front, ref);
        double exact = Hypervolume.of(front, ref);
        double tolerance = Tolerance.REL * Math.max(exact, 1);
        double[] presorted = Hvc4d.contributions(front, ref);
        double[] limitSets = Hvc4dLimitSets.contributions(front, ref);
        for (int i = 0; i < front.length; i++) {
            double lost = exact - Hypervolume.of(TestFronts.without(front, i), ref);
            String at = "point " + i + " = " + c[i];
            assertTrue(c[i] >= 0, at);
            assertTrue(Math.abs(c[i] - lost) <= tolerance, at + ", HV(S) - HV(S \\ p) " + lost);
            assertTrue(Math.abs(c[i] - presorted[i]) <= tolerance, at + ", HVC4D " + presorted[i]);
            assertTrue(Math.abs(c[i] - limitSets[i]) <= tolerance, at + ", limit sets " + limitSets[i]);
        }
    }
}
