package org.mo4j.core.hypervolume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mo4j.core.hypervolume.Tolerance.assertClose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mo4j.core.testing.RefData;
import org.mo4j.core.testing.RefData.HvCase;

/** Running a hypervolume algorithm by name through {@link Hypervolume#of(double[][], double[], HypervolumeAlgorithm)}. */
class HypervolumeAlgorithmTest {

    /** Every (algorithm, reference case) pair the algorithm supports, on the smaller cases. */
    static Stream<Arguments> supportedCases() {
        List<Arguments> out = new ArrayList<>();
        for (HvCase c : RefData.hvCases()) {
            int n = c.points().length;
            if (n > 100 || c.d() >= 7 && n > 10) {
                continue;
            }
            for (HypervolumeAlgorithm a : HypervolumeAlgorithm.values()) {
                if (a.supports(c.d())) {
                    out.add(Arguments.of(a, c));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("supportedCases")
    void namedAlgorithmMatchesTheReferenceValue(HypervolumeAlgorithm a, HvCase c) {
        assertClose(c.hv(), Hypervolume.of(c.points(), c.ref(), a), a + " on " + c.name());
    }

    @Test
    void everyDimensionFromTwoToTenHasAtLeastTwoAlgorithmsAndEachRangeIsAsDocumented() {
        for (int d = 2; d <= 10; d++) {
            int supported = 0;
            for (HypervolumeAlgorithm a : HypervolumeAlgorithm.values()) {
                supported += a.supports(d) ? 1 : 0;
            }
            assertTrue(supported >= 2, "d = " + d + ": " + supported + " algorithms");
        }
        assertTrue(HypervolumeAlgorithm.SWEEP_2D.supports(2));
        assertFalse(HypervolumeAlgorithm.SWEEP_2D.supports(3));
        assertFalse(HypervolumeAlgorithm.HV4D_PLUS.supports(5));
        assertFalse(HypervolumeAlgorithm.DIMENSION_SWEEP.supports(4));
        assertTrue(HypervolumeAlgorithm.DIMENSION_SWEEP.supports(12));
        assertFalse(HypervolumeAlgorithm.QHV_II.supports(1));
    }

    @Test
    void emptyFrontsAndPointsOutsideTheBoxGiveTheSameValueByEveryAlgorithm() {
        for (int d = 2; d <= 6; d++) {
            double[] ref = new double[d];
            Arrays.fill(ref, 1);
            double[] inside = new double[d];
            Arrays.fill(inside, 0.5);
            double[] onBoundary = inside.clone();
            onBoundary[d - 1] = 1;
            double[] beyond = inside.clone();
            beyond[0] = 3;
            double[][] front = {inside, onBoundary, beyond, inside.clone()};
            double expected = Math.pow(0.5, d);
            for (HypervolumeAlgorithm a : HypervolumeAlgorithm.values()) {
                if (a.supports(d)) {
                    assertEquals(0.0, Hypervolume.of(new double[0][], ref, a), a + ", d = " + d + ", empty");
                    assertEquals(expected, Hypervolume.of(front, ref, a), 1e-15, a + ", d = " + d);
                }
            }
        }
    }

    @Test
    void anAlgorithmAskedForADimensionItDoesNotSupportIsRejectedNamingBoth() {
        double[][] front = {{0.5, 0.5, 0.5}};
        double[] ref = {1, 1, 1};
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Hypervolume.of(front, ref, HypervolumeAlgorithm.SWEEP_2D));
        assertEquals("algorithm SWEEP_2D needs d = 2, but ref has 3 objectives", e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class, () -> Hypervolume.of(front, ref, HypervolumeAlgorithm.DIMENSION_SWEEP));
        assertEquals("algorithm DIMENSION_SWEEP needs d >= 5, but ref has 3 objectives", e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> Hypervolume.of(new double[][] {{0.5}}, new double[] {1}, HypervolumeAlgorithm.QHV_II));
        assertEquals("algorithm QHV_II needs d >= 2, but ref has 1 objectives", e.getMessage());
    }

    @Test
    void aNullAlgorithmIsRejected() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Hypervolume.of(new double[][] {{0.5, 0.5}}, new double[] {1, 1}, null));
        assertEquals("algorithm must not be null", e.getMessage());
    }
}
