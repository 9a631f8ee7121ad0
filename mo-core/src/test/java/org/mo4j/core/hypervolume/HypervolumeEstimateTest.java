package org.mo4j.core.hypervolume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mo4j.core.testing.RefData;
import org.mo4j.core.testing.RefData.HvCase;

/**
 * The Monte-Carlo estimator: coverage of its interval, convergence, reproducibility, exact
 * degenerate cases and argument checks. All runs use fixed seeds, so the tests are deterministic;
 * the bounds are chosen so that they would hold with overwhelming probability for any seeds.
 */
class HypervolumeEstimateTest {

    private static HvCase refCase(String name) {
        return RefData.hvFiles().stream()
                .filter(p -> p.getFileName().toString().equals(name + ".txt"))
                .map(RefData::hvCase)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Twenty independent 95% intervals: the number that miss is Binomial(20, 0.05) if the
     * intervals are exact, so at least 15 covering fails with probability P(misses >= 6) < 4e-4.
     */
    @Test
    void ninetyFivePercentIntervalsCoverTheExactValueInMostRuns() {
        for (String name : new String[] {"linear_d6_n100", "random_d5_n100", "spherical_d4_n100"}) {
            HvCase c = refCase(name);
            int covered = 0;
            for (long seed = 1; seed <= 20; seed++) {
                HypervolumeEstimate e = Hypervolume.estimate(c.points(), c.ref(), 20_000, seed);
                assertTrue(e.lower() <= e.value() && e.value() <= e.upper(), e.toString());
                if (e.covers(c.hv())) {
                    covered++;
                }
            }
            assertTrue(covered >= 15, name + ": only " + covered + " of 20 intervals cover " + c.hv());
        }
    }

    /**
     * Small grid fronts (ties, duplicates, points on and beyond the box) in d = 1..5 against the
     * grid oracle: a Wilson interval at confidence 1 - 1e-9 (z about 6.1) essentially always
     * covers, and the bounds are ordered inside [0, boxVolume].
     */
    @Property(tries = 150)
    void wideIntervalsCoverTheOracle(
            @ForAll @IntRange(min = 1, max = 5) int d,
            @ForAll @IntRange(min = 0, max = 12) int n,
            @ForAll Random random) {
        double[][] front = new double[n][d];
        for (double[] p : front) {
            for (int j = 0; j < d; j++) {
                p[j] = random.nextInt(6) / 4.0;
            }
        }
        double[] ref = new double[d];
        java.util.Arrays.fill(ref, 1);
        double exact = GridOracle.hypervolume(front, ref);
        HypervolumeEstimate e = Hypervolume.estimate(front, ref, 4_000, random.nextLong(), 1 - 1e-9);
        assertTrue(
                0 <= e.lower() && e.lower() <= e.value() && e.value() <= e.upper() && e.upper() <= e.boxVolume(),
                e.toString());
        assertTrue(e.covers(exact) || Math.abs(e.value() - exact) <= 1e-12, e + " does not cover " + exact);
    }

    @Test
    void errorShrinksWithTheNumberOfSamples() {
        HvCase c = refCase("random_d6_n100");
        double small = 0;
        double large = 0;
        double seSmall = 0;
        double seLarge = 0;
        for (long seed = 100; seed < 110; seed++) {
            HypervolumeEstimate a = Hypervolume.estimate(c.points(), c.ref(), 1_000, seed);
            HypervolumeEstimate b = Hypervolume.estimate(c.points(), c.ref(), 100_000, seed);
            small += Math.abs(a.value() - c.hv());
            large += Math.abs(b.value() - c.hv());
            seSmall += a.standardError();
            seLarge += b.standardError();
        }
        // Expected ratio 10 for both; the mean absolute error of 10 runs is noisy, hence 3.
        assertTrue(large < small / 3, "mean error " + large / 10 + " with 1e5 samples vs " + small / 10 + " with 1e3");
        assertTrue(seLarge > seSmall / 12 && seLarge < seSmall / 8, "standard errors " + seSmall + ", " + seLarge);
        HypervolumeEstimate precise = Hypervolume.estimate(c.points(), c.ref(), 1_000_000, 7);
        assertTrue(Math.abs(precise.value() - c.hv()) < 5 * precise.standardError(), precise + " vs " + c.hv());
        assertTrue(precise.upper() - precise.lower() < 0.01 * c.hv(), precise.toString());
    }

    @Test
    void sameSeedGivesBitIdenticalResults() {
        HvCase c = refCase("random_d8_n100");
        HypervolumeEstimate a = Hypervolume.estimate(c.points(), c.ref(), 50_000, 42);
        HypervolumeEstimate b = Hypervolume.estimate(c.points(), c.ref(), 50_000, 42);
        assertEquals(a, b);
        assertEquals(Double.doubleToRawLongBits(a.value()), Double.doubleToRawLongBits(b.value()));
        assertEquals(Double.doubleToRawLongBits(a.lower()), Double.doubleToRawLongBits(b.lower()));
        assertNotEquals(
                a.hits(), Hypervolume.estimate(c.points(), c.ref(), 50_000, 43).hits());
    }

    @Test
    void parallelAndSequentialChunksGiveTheSameResult() {
        HvCase c = refCase("spherical_d6_n100");
        long samples = 5 * MonteCarlo.CHUNK + 12_345;
        HypervolumeEstimate parallel = MonteCarlo.estimate(c.points(), c.ref(), samples, -3, 0.9, true);
        HypervolumeEstimate sequential = MonteCarlo.estimate(c.points(), c.ref(), samples, -3, 0.9, false);
        assertEquals(sequential, parallel);
        assertEquals(parallel, Hypervolume.estimate(c.points(), c.ref(), samples, -3, 0.9));
        assertEquals(samples, parallel.samples());
        assertTrue(
                parallel.covers(c.hv()) || Math.abs(parallel.value() - c.hv()) < 4 * parallel.standardError(),
                parallel + " vs " + c.hv());
    }

    @Test
    void fieldsAreConsistent() {
        double[][] front = {{0.2, 0.6}, {0.6, 0.2}, {0.7, 0.7}, {2, 0}};
        double[] ref = {1, 1};
        HypervolumeEstimate e = Hypervolume.estimate(front, ref, 10_000, 3, 0.99);
        assertEquals(10_000, e.samples());
        assertEquals(0.99, e.confidence());
        assertEquals(0.8 * 0.8, e.boxVolume(), 1e-15);
        assertEquals(e.boxVolume() * e.hits() / 10_000.0, e.value(), 1e-15);
        assertTrue(e.covers(Hypervolume.of(front, ref)), e.toString());
        HypervolumeEstimate narrower = Hypervolume.estimate(front, ref, 10_000, 3, 0.5);
        assertEquals(e.value(), narrower.value());
        assertTrue(narrower.upper() - narrower.lower() < e.upper() - e.lower());
    }

    @Test
    void emptyFrontsAreExactlyZero() {
        HypervolumeEstimate empty = Hypervolume.estimate(new double[0][], new double[] {1, 1, 1, 1, 1}, 100, 1);
        assertEquals(new HypervolumeEstimate(0, 0, 0, 0, 0, 0, 0, 0.95), empty);
        HypervolumeEstimate outside =
                Hypervolume.estimate(new double[][] {{1, 0, 0}, {0, 2, 0}}, new double[] {1, 1, 1}, 100, 1);
        assertEquals(0, outside.value());
        assertEquals(0, outside.upper());
    }

    @Test
    void aSinglePointIsMeasuredExactly() {
        double[][] front = {{0.5, 0.25, 0, 0.75, 0.5, 0.5}};
        double[] ref = {1, 1, 1, 1, 1, 1};
        HypervolumeEstimate e = Hypervolume.estimate(front, ref, 1_000, 9);
        assertEquals(0.5 * 0.75 * 0.25 * 0.5 * 0.5, e.value(), 1e-15);
        assertEquals(0, e.standardError());
        assertEquals(1_000, e.hits());
    }

    @Test
    void normalQuantileIsAccurate() {
        assertEquals(0, MonteCarlo.normalQuantile(0.5), 1e-15);
        assertEquals(1.959963984540054, MonteCarlo.normalQuantile(0.975), 1e-13);
        assertEquals(2.5758293035489004, MonteCarlo.normalQuantile(0.995), 1e-13);
        assertEquals(0.6744897501960817, MonteCarlo.normalQuantile(0.75), 1e-13);
    }

    static Stream<Arguments> badInputs() {
        return HypervolumeArgumentsTest.badInputs();
    }

    @ParameterizedTest(name = "estimate: {2}")
    @MethodSource("badInputs")
    void rejectsBadFrontsAndReferencePoints(double[][] front, double[] ref, String message) {
        assertRejected(() -> Hypervolume.estimate(front, ref, 10, 1), message);
    }

    @Test
    void rejectsBadSampleCountsAndConfidences() {
        double[][] front = {{0.5, 0.5}};
        double[] ref = {1, 1};
        assertRejected(() -> Hypervolume.estimate(front, ref, 0, 1), "samples must be at least 1, was 0");
        assertRejected(() -> Hypervolume.estimate(front, ref, -5, 1), "samples must be at least 1, was -5");
        assertRejected(() -> Hypervolume.estimate(front, ref, 10, 1, 1), "confidence must be in (0, 1), was 1.0");
        assertRejected(() -> Hypervolume.estimate(front, ref, 10, 1, 0), "confidence must be in (0, 1), was 0.0");
        assertRejected(
                () -> Hypervolume.estimate(front, ref, 10, 1, Double.NaN), "confidence must be in (0, 1), was NaN");
        assertRejected(() -> Hypervolume.estimate(new double[0][], ref, 0, 1), "samples must be at least 1, was 0");
    }

    private static void assertRejected(Runnable call, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertEquals(message, e.getMessage());
    }
}
