package org.mo4j.core.indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mo4j.core.indicators.Messages.rejection;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NormalizationTest {

    @Test
    void mapsEachObjectiveAffinely() {
        Normalization n = Normalization.of(new double[] {0, 10}, new double[] {2, 30});
        // (1 − 0)/2 = 0.5, (20 − 10)/20 = 0.5; (4 − 0)/2 = 2, (5 − 10)/20 = −0.25 (not clipped)
        assertArrayEquals(new double[] {0.5, 0.5}, n.apply(new double[] {1, 20}));
        double[][] front = {{1, 20}, {4, 5}};
        double[][] out = n.apply(front);
        assertArrayEquals(new double[] {2, -0.25}, out[1]);
        assertArrayEquals(new double[] {4, 5}, front[1]);
    }

    @Test
    void boundsAreTheBoxOfTheUnion() {
        Normalization n =
                Normalization.bounds(new double[][] {{0, 30}, {2, 10}}, new double[0][], new double[][] {{1, 20}});
        assertArrayEquals(new double[] {0, 10}, n.ideal());
        assertArrayEquals(new double[] {2, 30}, n.nadir());
    }

    @Property(tries = 200)
    void mapsIdealToZeroAndNadirToOne(@ForAll("points") double[] ideal, @ForAll("ranges") double[] range) {
        double[] nadir = new double[ideal.length];
        for (int i = 0; i < ideal.length; i++) {
            nadir[i] = ideal[i] + range[i];
        }
        Normalization n = Normalization.of(ideal, nadir);
        assertArrayEquals(new double[] {0, 0, 0}, n.apply(ideal));
        assertArrayEquals(new double[] {1, 1, 1}, n.apply(nadir));
    }

    @Provide
    Arbitrary<double[]> points() {
        return Arbitraries.doubles().between(-1e3, 1e3).array(double[].class).ofSize(3);
    }

    @Provide
    Arbitrary<double[]> ranges() {
        return Arbitraries.doubles()
                .between(1e-3, 1e3)
                .ofScale(6)
                .array(double[].class)
                .ofSize(3);
    }

    @Test
    void rejectsInvalidInputNamingTheArgument() {
        assertEquals(
                "ideal[1] must be < nadir[1], was 5.0 >= 5.0",
                rejection(() -> Normalization.of(new double[] {0, 5}, new double[] {1, 5})));
        assertEquals(
                "nadir has 1 coordinates but ideal has 2 (dimension mismatch)",
                rejection(() -> Normalization.of(new double[] {0, 5}, new double[] {1})));
        assertEquals(
                "fronts have zero range in objective 0 (every value is 1.0); it cannot be normalised",
                rejection(() -> Normalization.bounds(new double[][] {{1, 2}, {1, 3}})));
        assertEquals(
                "fronts must contain at least one point, were all empty",
                rejection(() -> Normalization.bounds(new double[0][])));
        assertEquals(
                "fronts[1] has 3 objectives but fronts[0] has 2 (dimension mismatch)",
                rejection(() -> Normalization.bounds(new double[][] {{1, 2}}, new double[][] {{1, 2, 3}})));
        Normalization n = Normalization.of(new double[] {0, 0}, new double[] {1, 1});
        assertEquals(
                "point has 3 coordinates but normalization has 2 (dimension mismatch)",
                rejection(() -> n.apply(new double[] {1, 2, 3})));
        assertEquals(
                "front has 1 objectives but normalization has 2 (dimension mismatch)",
                rejection(() -> n.apply(new double[][] {{1}})));
    }
}
