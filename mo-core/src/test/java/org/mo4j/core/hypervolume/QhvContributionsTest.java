package org.mo4j.core.hypervolume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
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
 * QHV-II's exclusive contributions as uncovered volumes ({@link Qhv#contributions}) against the
 * hypervolume lost by removing each point (grid oracle) and against WFG's limit-set
 * contributions, in 2 to 6 objectives, on fronts full of ties, duplicates and points on or
 * beyond the reference box.
 */
class QhvContributionsTest {

    /** Grid fronts in {0, 1/4, ..., 5/4}^d against ref (1, ..., 1): ties, duplicates, points on and outside the box. */
    @Provide
    Arbitrary<double[][]> gridFronts() {
        return Arbitraries.integers()
                .between(2, 5)
                .flatMap(d -> Arbitraries.integers()
                        .between(0, 5)
                        .list()
                        .ofSize(d)
                        .map(l -> l.stream().mapToDouble(i -> i / 4.0).toArray())
                        .list()
                        .ofMaxSize(d <= 3 ? 14 : 9)
                        .map(l -> l.toArray(new double[0][])));
    }

    @Property(tries = 400)
    void gridFrontsMatchTheOracleAndWfg(@ForAll("gridFronts") double[][] front) {
        if (front.length == 0) {
            assertEquals(0, Qhv.contributions(front, new double[] {1, 1}).length);
            return;
        }
        double[] ref = new double[front[0].length];
        Arrays.fill(ref, 1);
        assertExclusive(front, ref, true);
    }

    @Property(tries = 150)
    void realFrontsWithCopiedCoordinatesMatchTheOracleAndWfg(
            @ForAll @IntRange(min = 0, max = 9) int n,
            @ForAll @IntRange(min = 3, max = 5) int d,
            @ForAll Random random) {
        double[] ref = TestFronts.reference(d, random);
        double[][] front = TestFronts.withCopiedCoordinates(n, ref, random);
        assertExclusive(front, ref, true);
    }

    /** Larger fronts, mostly mutually non-dominated (on the sphere), in 5 and 6 objectives, against WFG. */
    @Property(tries = 20)
    void largerFrontsMatchWfg(
            @ForAll @IntRange(min = 1, max = 150) int n,
            @ForAll @IntRange(min = 5, max = 6) int d,
            @ForAll Random random) {
        double[][] front = new double[n][d];
        for (double[] p : front) {
            boolean onSphere = random.nextInt(4) != 0;
            double norm = 0;
            for (int j = 0; j < d; j++) {
                p[j] = onSphere ? Math.abs(random.nextGaussian()) : random.nextDouble();
                norm += p[j] * p[j];
            }
            for (int j = 0; onSphere && j < d; j++) {
                p[j] /= Math.sqrt(norm);
            }
        }
        double[] ref = new double[d];
        Arrays.fill(ref, 1.1);
        assertExclusive(front, ref, false);
    }

    @Test
    void duplicatesAndDominatedPointsGetExactlyZeroAndStillCountAgainstTheirDominator() {
        double[] ref = {1, 1, 1, 1, 1};
        double[][] front = {
            {0.1, 0.7, 0.3, 0.5, 0.2},
            {0.4, 0.2, 0.6, 0.1, 0.3},
            {0.1, 0.7, 0.3, 0.5, 0.2},
            {0.5, 0.3, 0.7, 0.2, 0.3},
            {0.2, 0.2, 0.2, 0.9, 0.9}
        };
        double[] c = Qhv.contributions(front, ref);
        assertEquals(0, c[0]);
        assertEquals(0, c[2]);
        assertEquals(0, c[3]); // dominated by point 1
        // Removing point 1 leaves point 3's box covered: HV(S) - HV(S \ {1}) counts only what 3 does not cover.
        double lost = GridOracle.hypervolume(front, ref)
                - GridOracle.hypervolume(new double[][] {front[0], front[2], front[3], front[4]}, ref);
        assertEquals(lost, c[1], 1e-15);
        double[][] once = {
            {0.1, 0.7, 0.3, 0.5, 0.2}, {0.4, 0.2, 0.6, 0.1, 0.3}, {0.5, 0.3, 0.7, 0.2, 0.3}, {0.2, 0.2, 0.2, 0.9, 0.9}
        };
        double[] d = Qhv.contributions(once, ref);
        assertEquals(d[1], c[1], 1e-15);
        assertEquals(d[3], c[4], 1e-15);
    }

    /** A contribution many orders below its box is still exact: no box-minus-covered cancellation. */
    @Test
    void tinyContributionUnderALargeBoxIsExact() {
        double e = 1e-9;
        double[][] front = {{0, 0, 0, 0, e}, {e, e, e, e, 0}};
        double[] ref = {1, 1, 1, 1, 1};
        // Point 1's exclusive region: [e, 1]^4 x [0, e).
        double expected = Math.pow(1 - e, 4) * e;
        double[] c = Qhv.contributions(front, ref);
        assertEquals(expected, c[1], 1e-15 * expected);
        // Point 0's: its box minus [e, 1]^5, (1 - e) (1 - (1 - e)^4), expanded to avoid cancelling here.
        double p0 = (1 - e) * (4 * e - 6 * e * e + 4 * e * e * e - e * e * e * e);
        assertEquals(p0, c[0], 1e-14 * p0);
    }

    @Test
    void singlePointContributesItsBoxAndOutsidePointsNothing() {
        double[] ref = {2, 2, 2, 2, 2, 2};
        double[][] front = {{1, 1.5, 1, 1, 0, 1}, {2, 0, 0, 0, 0, 0}};
        assertArrayEquals(new double[] {1 * 0.5 * 1 * 1 * 2 * 1, 0}, Qhv.contributions(front, ref));
    }

    /** Reference fronts of 3 to 6 objectives up to 300 points, and of 8 up to 100 (WFG takes seconds beyond). */
    static Stream<HvCase> smallerCases() {
        return RefData.hvCases().stream().filter(c -> c.d() >= 3 && c.points().length <= (c.d() <= 6 ? 300 : 100));
    }

    /** The reference fronts of {@link #smallerCases}: against WFG's contributions. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("smallerCases")
    void referenceCases(HvCase c) {
        double[][] f = c.points();
        double[] qhv = Qhv.contributions(f, c.ref());
        double[] wfg = Wfg.contributions(f, c.ref());
        double tolerance = Tolerance.REL * Math.max(c.hv(), 1);
        double sum = 0;
        for (int i = 0; i < f.length; i++) {
            assertTrue(qhv[i] >= 0, c.name() + ": negative contribution " + qhv[i]);
            assertTrue(
                    Math.abs(qhv[i] - wfg[i]) <= tolerance,
                    c.name() + " point " + i + ": " + qhv[i] + " vs WFG " + wfg[i]);
            sum += qhv[i];
        }
        assertTrue(sum <= c.hv() + tolerance, c.name() + ": sum " + sum + " > HV " + c.hv());
    }

    private static void assertExclusive(double[][] front, double[] ref, boolean oracle) {
        double[] c = Qhv.contributions(front, ref);
        double[] wfg = ref.length == 2 ? Hv2d.contributions(front, ref) : Wfg.contributions(front, ref);
        double hv = oracle ? GridOracle.hypervolume(front, ref) : Qhv.volume(front, ref);
        TestFronts.assertContributions(front, ref, c, wfg, hv, oracle);
    }
}
