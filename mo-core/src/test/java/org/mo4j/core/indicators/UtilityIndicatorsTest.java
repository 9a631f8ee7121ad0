package org.mo4j.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mo4j.core.indicators.Messages.rejection;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.mo4j.core.weights.WeightVectors;

/** R2, expected utility and sparsity. */
class UtilityIndicatorsTest {

    private static final double TOL = 1e-12;
    private static final double[][] W = {{1, 0}, {0, 1}, {0.5, 0.5}};
    private static final double[][] A = {{1, 3}, {2, 2}};

    @Test
    void r2IsMeanOverWeightsOfBestTchebycheffValue() {
        // z* = (0,0). w=(1,0): min(1, 2) = 1; w=(0,1): min(3, 2) = 2;
        // w=(½,½): min(max(0.5, 1.5), max(1, 1)) = 1. R2 = (1 + 2 + 1)/3
        assertEquals(4.0 / 3, R2.of(A, W, new double[] {0, 0}), TOL);
    }

    @Test
    void r2UsesTheAbsoluteDistanceToTheIdeal() {
        // z* = (2, 4): |2−1|,|4−3| = (1,1) and (0,2). w=(1,0): min(1, 0) = 0; w=(0,1): min(1, 2) = 1;
        // w=(½,½): min(0.5, 1) = 0.5. R2 = 1.5/3
        assertEquals(0.5, R2.of(A, W, new double[] {2, 4}), TOL);
    }

    @Test
    void expectedUtilityIsMinusMeanOfBestWeightedSum() {
        // w=(1,0): min(1, 2) = 1; w=(0,1): min(3, 2) = 2; w=(½,½): min(2, 2) = 2. EU = −5/3.
        // C-MORL on returns G = −f = {(−1,−3), (−2,−2)}: max w·G = −1, −2, −2, mean −5/3 too.
        assertEquals(-5.0 / 3, ExpectedUtility.of(A, W), TOL);
    }

    @Test
    void sparsityIsSumOfSquaredSortedGapsOverNMinusOne() {
        // f1 sorted 0,1,3: gaps 1,2 -> 1 + 4 = 5; f2 sorted 0,1,3 -> 5; (5 + 5)/(3 − 1) = 5
        assertEquals(5, Sparsity.of(new double[][] {{1, 1}, {3, 0}, {0, 3}}), TOL);
        assertEquals(0, Sparsity.of(new double[][] {{1, 1}}));
        assertEquals(0, Sparsity.of(new double[0][]));
    }

    @Property(tries = 200)
    void expectedUtilityIgnoresDominatedPoints(@ForAll("fronts") double[][] front, @ForAll("offsets") double[] offset) {
        double[][] weights = WeightVectors.simplexLattice(3, 4);
        double[][] more = new double[front.length + 1][];
        System.arraycopy(front, 0, more, 0, front.length);
        more[front.length] = new double[3];
        for (int i = 0; i < 3; i++) {
            more[front.length][i] = front[0][i] + offset[i];
        }
        assertEquals(ExpectedUtility.of(front, weights), ExpectedUtility.of(more, weights));
    }

    @Provide
    Arbitrary<double[][]> fronts() {
        return RandomFronts.fronts(3);
    }

    @Provide
    Arbitrary<double[]> offsets() {
        return Arbitraries.doubles().between(0, 5).array(double[].class).ofSize(3);
    }

    @Test
    void rejectsInvalidInputNamingTheArgument() {
        double[] z = {0, 0};
        assertEquals(
                "weights[1][0] must be >= 0, was -0.5",
                rejection(() -> R2.of(A, new double[][] {{1, 0}, {-0.5, 1.5}}, z)));
        assertEquals(
                "weights[0] must not be all zero", rejection(() -> ExpectedUtility.of(A, new double[][] {{0, 0}})));
        assertEquals(
                "weights must contain at least one point, was empty",
                rejection(() -> ExpectedUtility.of(A, new double[0][])));
        assertEquals(
                "ideal has 3 coordinates but weights has 2 (dimension mismatch)",
                rejection(() -> R2.of(A, W, new double[] {0, 0, 0})));
        assertEquals("ideal[1] must be finite, was NaN", rejection(() -> R2.of(A, W, new double[] {0, Double.NaN})));
        assertEquals(
                "front has 3 objectives but weights has 2 (dimension mismatch)",
                rejection(() -> ExpectedUtility.of(new double[][] {{1, 2, 3}}, W)));
        assertEquals("front must contain at least one point, was empty", rejection(() -> R2.of(new double[0][], W, z)));
        assertEquals(
                "front[0][0] must be finite, was Infinity",
                rejection(() -> Sparsity.of(new double[][] {{Double.POSITIVE_INFINITY, 0}})));
        assertEquals("front must not be null", rejection(() -> Sparsity.of(null)));
    }
}
