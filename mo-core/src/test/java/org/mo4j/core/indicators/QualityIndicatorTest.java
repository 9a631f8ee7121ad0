package org.mo4j.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mo4j.core.indicators.Messages.rejection;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.mo4j.core.hypervolume.Hypervolume;

class QualityIndicatorTest {

    private static final double[][] W = {{1, 0}, {0, 1}, {0.5, 0.5}};

    @Property(tries = 100)
    void factoriesAgreeWithTheStaticEntryPoints(@ForAll("fronts") double[][] a, @ForAll("fronts") double[][] z) {
        double[] ideal = {-10, -10};
        assertEquals(GenerationalDistance.of(a, z), QualityIndicator.gd(z).evaluate(a));
        assertEquals(
                InvertedGenerationalDistance.of(a, z), QualityIndicator.igd(z).evaluate(a));
        assertEquals(
                InvertedGenerationalDistancePlus.of(a, z),
                QualityIndicator.igdPlus(z).evaluate(a));
        assertEquals(
                AdditiveEpsilon.of(a, z), QualityIndicator.additiveEpsilon(z).evaluate(a));
        assertEquals(Spread.of(a, z), QualityIndicator.spread(z).evaluate(a));
        assertEquals(R2.of(a, W, ideal), QualityIndicator.r2(W, ideal).evaluate(a));
        assertEquals(Sparsity.of(a), QualityIndicator.sparsity().evaluate(a));
        assertEquals(
                ExpectedUtility.of(a, W), QualityIndicator.expectedUtility(W).evaluate(a));
        double[] ref = {2, 2};
        assertEquals(Hypervolume.of(a, ref), QualityIndicator.hypervolume(ref).evaluate(a));
    }

    @Provide
    Arbitrary<double[][]> fronts() {
        return RandomFronts.fronts(2);
    }

    @Test
    void laterChangesToTheReferenceDoNotAffectTheIndicator() {
        double[][] z = {{0, 1}, {1, 0}};
        QualityIndicator igd = QualityIndicator.igd(z);
        QualityIndicator spread = QualityIndicator.spread(z);
        z[0][0] = 100;
        double[][] a = {{0, 1}, {1, 0}};
        assertEquals(0, igd.evaluate(a));
        assertEquals(0, spread.evaluate(a));
        double[] r = {2, 2};
        QualityIndicator hv = QualityIndicator.hypervolume(r);
        r[0] = 100;
        assertEquals(3, hv.evaluate(a)); // boxes [0,2]x[1,2] and [1,2]x[0,2]: 2 + 2 - 1
    }

    @Test
    void factoriesRejectInvalidFixedArgumentsAtConstruction() {
        assertEquals(
                "referenceFront must contain at least one point, was empty",
                rejection(() -> QualityIndicator.igd(new double[0][])));
        assertEquals(
                "referenceFront[0][0] must be finite, was NaN",
                rejection(() -> QualityIndicator.gd(new double[][] {{Double.NaN, 0}})));
        assertEquals("referenceFront must not be null", rejection(() -> QualityIndicator.igdPlus(null)));
        assertEquals("referenceFront must not be null", rejection(() -> QualityIndicator.additiveEpsilon(null)));
        assertEquals(
                "referenceFront must have at least 2 objectives, had 1",
                rejection(() -> QualityIndicator.spread(new double[][] {{1}})));
        assertEquals(
                "weights[0] must not be all zero",
                rejection(() -> QualityIndicator.r2(new double[][] {{0, 0}}, new double[] {0, 0})));
        assertEquals("ideal must not be null", rejection(() -> QualityIndicator.r2(W, null)));
        assertEquals("weights must not be null", rejection(() -> QualityIndicator.expectedUtility(null)));
        assertEquals("ref must not be null", rejection(() -> QualityIndicator.hypervolume(null)));
        assertEquals(
                "ref[1] must be finite, was NaN",
                rejection(() -> QualityIndicator.hypervolume(new double[] {1, Double.NaN})));
    }

    @Test
    void evaluateRejectsAFrontOfTheWrongDimension() {
        double[][] three = {{1, 2, 3}};
        assertEquals(
                "front has 3 objectives but referenceFront has 2 (dimension mismatch)",
                rejection(() -> QualityIndicator.igd(W).evaluate(three)));
        assertEquals(
                "front has 3 objectives but weights has 2 (dimension mismatch)",
                rejection(() -> QualityIndicator.expectedUtility(W).evaluate(three)));
        assertEquals(
                "front must contain at least one point, was empty",
                rejection(() -> QualityIndicator.r2(W, new double[] {0, 0}).evaluate(new double[0][])));
        assertEquals(
                "front has 3 objectives but ref has 2 (dimension mismatch)",
                rejection(
                        () -> QualityIndicator.hypervolume(new double[] {1, 1}).evaluate(three)));
    }
}
