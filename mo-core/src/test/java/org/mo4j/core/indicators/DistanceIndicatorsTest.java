package org.mo4j.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mo4j.core.indicators.Messages.rejection;

import java.util.Arrays;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** GD, IGD and IGD+: known answers, properties, rejected input. */
class DistanceIndicatorsTest {

    private static final double TOL = 1e-12;

    @Test
    void igdOfTwoPointsAgainstThreeIsMeanDistanceOfReferencePoints() {
        double[][] a = {{0, 1}, {1, 0}};
        double[][] z = {{0, 1}, {0.5, 0.5}, {1, 0}};
        // d((0,1),A) = 0, d((0.5,0.5),A) = sqrt(0.25 + 0.25) = sqrt(0.5), d((1,0),A) = 0
        assertEquals(Math.sqrt(0.5) / 3, InvertedGenerationalDistance.of(a, z), TOL);
    }

    @Test
    void igdWithExponentTwoIsRootOfSumOfSquaresOverCount() {
        double[][] a = {{0, 0}};
        double[][] z = {{3, 4}, {0, 1}};
        // distances 5 and 1: p = 1 -> (5 + 1)/2 = 3; p = 2 -> sqrt(25 + 1)/2 (jMetal's default)
        assertEquals(3, InvertedGenerationalDistance.of(a, z), TOL);
        assertEquals(Math.sqrt(26) / 2, InvertedGenerationalDistance.of(a, z, 2), TOL);
    }

    @Test
    void gdIsMeanDistanceOfFrontPointsToReference() {
        double[][] a = {{1, 1}, {0, 2}};
        double[][] z = {{0, 0}, {2, 0}};
        // d((1,1),Z) = sqrt(2); d((0,2),Z) = min(2, sqrt(8)) = 2
        assertEquals((Math.sqrt(2) + 2) / 2, GenerationalDistance.of(a, z), TOL);
        // p = 2: sqrt(2 + 4) / 2
        assertEquals(Math.sqrt(6) / 2, GenerationalDistance.of(a, z, 2), TOL);
    }

    @Test
    void igdPlusCountsOnlyTheAmountsByWhichTheFrontIsWorse() {
        double[][] a = {{1, 1}};
        double[][] z = {{0, 2}, {2, 0}, {0, 0}};
        // d+((0,2),(1,1)) = sqrt(1² + 0²) = 1; d+((2,0),(1,1)) = 1; d+((0,0),(1,1)) = sqrt(2)
        assertEquals((2 + Math.sqrt(2)) / 3, InvertedGenerationalDistancePlus.of(a, z), TOL);
        // the Euclidean distances are all sqrt(2), so IGD = sqrt(2) > IGD+
        assertEquals(Math.sqrt(2), InvertedGenerationalDistance.of(a, z), TOL);
    }

    @Test
    void igdPlusIsZeroWhenTheFrontDominatesTheReference() {
        assertEquals(0, InvertedGenerationalDistancePlus.of(new double[][] {{0, 0}}, new double[][] {{1, 1}}));
        assertEquals(
                Math.sqrt(2), InvertedGenerationalDistance.of(new double[][] {{0, 0}}, new double[][] {{1, 1}}), TOL);
    }

    @Test
    void inputsAreNotModified() {
        double[][] a = {{1, 1}, {0, 2}};
        double[][] z = {{0, 0}, {2, 0}};
        GenerationalDistance.of(a, z, 2);
        InvertedGenerationalDistance.of(a, z, 3);
        InvertedGenerationalDistancePlus.of(a, z);
        assertTrue(Arrays.deepEquals(new double[][] {{1, 1}, {0, 2}}, a));
        assertTrue(Arrays.deepEquals(new double[][] {{0, 0}, {2, 0}}, z));
    }

    @Property(tries = 200)
    void referenceAgainstItselfIsZero(@ForAll("fronts") double[][] z) {
        assertEquals(0, InvertedGenerationalDistance.of(z, z));
        assertEquals(0, GenerationalDistance.of(z, z));
        assertEquals(0, InvertedGenerationalDistancePlus.of(z, z));
    }

    @Property(tries = 200)
    void igdPlusNeverExceedsIgd(@ForAll("pairs") double[][][] pair) {
        assertTrue(InvertedGenerationalDistancePlus.of(pair[0], pair[1])
                <= InvertedGenerationalDistance.of(pair[0], pair[1]) + TOL);
    }

    @Property(tries = 200)
    void gdIsZeroForASubsetOfTheReference(@ForAll("fronts") double[][] z) {
        double[][] subset = new double[(z.length + 1) / 2][];
        for (int i = 0; i < subset.length; i++) {
            subset[i] = z[2 * i];
        }
        assertEquals(0, GenerationalDistance.of(subset, z));
    }

    @Property(tries = 200)
    void igdIsGdWithTheRolesSwapped(@ForAll("pairs") double[][][] pair) {
        assertEquals(
                GenerationalDistance.of(pair[1], pair[0], 2), InvertedGenerationalDistance.of(pair[0], pair[1], 2));
    }

    @Provide
    Arbitrary<double[][]> fronts() {
        return RandomFronts.fronts(3);
    }

    @Provide
    Arbitrary<double[][][]> pairs() {
        return RandomFronts.pairs();
    }

    @Test
    void rejectsInvalidInputNamingTheArgument() {
        double[][] ok = {{0, 1}};
        assertEquals("referenceFront must not be null", rejection(() -> GenerationalDistance.of(ok, null)));
        assertEquals(
                "referenceFront must contain at least one point, was empty",
                rejection(() -> InvertedGenerationalDistance.of(ok, new double[0][])));
        assertEquals(
                "front must contain at least one point, was empty",
                rejection(() -> InvertedGenerationalDistance.of(new double[0][], ok)));
        assertEquals(
                "front has 3 objectives but referenceFront has 2 (dimension mismatch)",
                rejection(() -> InvertedGenerationalDistancePlus.of(new double[][] {{1, 2, 3}}, ok)));
        assertEquals(
                "front[0][1] must be finite, was NaN",
                rejection(() -> GenerationalDistance.of(new double[][] {{1, Double.NaN}}, ok)));
        assertEquals("p must be finite and > 0, was 0.0", rejection(() -> GenerationalDistance.of(ok, ok, 0)));
        assertEquals(
                "p must be finite and > 0, was -1.0", rejection(() -> InvertedGenerationalDistance.of(ok, ok, -1)));
        assertEquals("front must not be null", rejection(() -> InvertedGenerationalDistancePlus.of(null, ok)));
    }
}
