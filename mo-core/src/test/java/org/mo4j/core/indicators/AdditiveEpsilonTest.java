package org.mo4j.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mo4j.core.indicators.Messages.rejection;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AdditiveEpsilonTest {

    @Test
    void isTheLargestShiftAnyReferencePointNeeds() {
        double[][] a = {{1, 2}, {2, 1}};
        double[][] z = {{0, 2}, {2, 0}, {1, 1}};
        // z=(0,2): max(1,0)=1 with (1,2), max(2,-1)=2 with (2,1) -> 1
        // z=(2,0): max(-1,2)=2, max(0,1)=1 -> 1;  z=(1,1): max(0,1)=1, max(1,0)=1 -> 1;  max = 1
        assertEquals(1, AdditiveEpsilon.of(a, z));
    }

    @Test
    void isNegativeWhenTheFrontStrictlyDominatesTheReference() {
        // max(0 - 1, 0 - 2) = -1
        assertEquals(-1, AdditiveEpsilon.of(new double[][] {{0, 0}}, new double[][] {{1, 2}}));
    }

    @Property(tries = 200)
    void referenceAgainstItselfIsZero(@ForAll("fronts") double[][] z) {
        assertEquals(0, AdditiveEpsilon.of(z, z));
    }

    @Property(tries = 200)
    void addingPointsToTheFrontNeverIncreasesIt(
            @ForAll("pairs") double[][][] pair, @ForAll("pairs") double[][][] extra) {
        double[][] a = pair[0];
        double[][] z = pair[1];
        double[][] more = new double[a.length + extra[0].length][];
        System.arraycopy(a, 0, more, 0, a.length);
        for (int i = 0; i < extra[0].length; i++) {
            more[a.length + i] = java.util.Arrays.copyOf(extra[0][i], a[0].length);
        }
        assertTrue(AdditiveEpsilon.of(more, z) <= AdditiveEpsilon.of(a, z));
    }

    @Provide
    Arbitrary<double[][]> fronts() {
        return RandomFronts.fronts(2);
    }

    @Provide
    Arbitrary<double[][][]> pairs() {
        return RandomFronts.pairs();
    }

    @Test
    void rejectsInvalidInputNamingTheArgument() {
        double[][] ok = {{0, 1}};
        assertEquals("referenceFront must not be null", rejection(() -> AdditiveEpsilon.of(ok, null)));
        assertEquals(
                "front must contain at least one point, was empty",
                rejection(() -> AdditiveEpsilon.of(new double[0][], ok)));
        assertEquals(
                "front has 1 objectives but referenceFront has 2 (dimension mismatch)",
                rejection(() -> AdditiveEpsilon.of(new double[][] {{1}}, ok)));
    }
}
