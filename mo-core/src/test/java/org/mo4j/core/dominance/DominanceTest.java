package org.mo4j.core.dominance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mo4j.core.dominance.Relation.DOMINATED;
import static org.mo4j.core.dominance.Relation.DOMINATES;
import static org.mo4j.core.dominance.Relation.EQUAL;
import static org.mo4j.core.dominance.Relation.NON_DOMINATED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mo4j.core.testing.BruteForceRanks;

class DominanceTest {

    private static double[] v(double... x) {
        return x;
    }

    @Test
    void paretoExamplesOfEveryRelation() {
        assertEquals(DOMINATES, Dominance.compare(v(1, 2), v(1, 3)));
        assertEquals(DOMINATES, Dominance.compare(v(0, 0, 0), v(1, 1, 1)));
        assertEquals(DOMINATED, Dominance.compare(v(2, 3), v(2, 2)));
        assertEquals(NON_DOMINATED, Dominance.compare(v(1, 3), v(2, 2)));
        assertEquals(NON_DOMINATED, Dominance.compare(v(0, 5, 0), v(1, 1, 1)));
        assertEquals(EQUAL, Dominance.compare(v(1, 2), v(1, 2)));
        assertEquals(EQUAL, Dominance.compare(v(-0.0, 2), v(0.0, 2)));
        assertEquals(EQUAL, Dominance.compare(v(7), v(7)));
        assertEquals(DOMINATED, Dominance.compare(v(8), v(7)));
    }

    /** Every pair of vectors of {0,1,2}^3 against the definitions. */
    @Test
    void exhaustiveOverSmallGrid() {
        List<double[]> grid = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            grid.add(v(i % 3, (i / 3) % 3, i / 9));
        }
        for (double[] a : grid) {
            for (double[] b : grid) {
                boolean ab = BruteForceRanks.dominates(a, b);
                boolean ba = BruteForceRanks.dominates(b, a);
                boolean equal = Arrays.equals(a, b);
                Relation expected = ab ? DOMINATES : ba ? DOMINATED : equal ? EQUAL : NON_DOMINATED;
                assertEquals(expected, Dominance.compare(a, b));
                assertEquals(expected, Dominance.compareUnchecked(a, b));
                assertEquals(ab, Dominance.dominates(a, b));
                assertEquals(ab || equal, Dominance.weaklyDominates(a, b));
                assertEquals(ab || equal, Dominance.epsilonDominates(a, b, 0));
                assertEquals(ab || equal, Dominance.multiplicativeEpsilonDominates(a, b, 0));
                assertEquals(expected, Dominance.compareConstrained(a, 0, b, 0));
            }
        }
    }

    @Test
    void constrainedFeasibleBeatsInfeasibleWhateverTheObjectives() {
        assertEquals(DOMINATES, Dominance.compareConstrained(v(5, 5), 0, v(1, 1), 0.1));
        assertEquals(DOMINATED, Dominance.compareConstrained(v(1, 1), 2, v(5, 5), 0));
    }

    @Test
    void constrainedInfeasiblePairsCompareByViolationOnly() {
        assertEquals(DOMINATES, Dominance.compareConstrained(v(5, 5), 1, v(1, 1), 2));
        assertEquals(DOMINATED, Dominance.compareConstrained(v(1, 1), 3, v(5, 5), 2));
        assertEquals(NON_DOMINATED, Dominance.compareConstrained(v(1, 1), 2, v(5, 5), 2));
        assertEquals(NON_DOMINATED, Dominance.compareConstrained(v(1, 1), 2, v(1, 1), 2));
    }

    @Test
    void constrainedFeasiblePairsComparePareto() {
        assertEquals(DOMINATES, Dominance.compareConstrained(v(1, 1), 0, v(1, 2), 0));
        assertEquals(DOMINATED, Dominance.compareConstrained(v(1, 2), 0, v(1, 1), 0));
        assertEquals(NON_DOMINATED, Dominance.compareConstrained(v(1, 2), 0, v(2, 1), 0));
        assertEquals(EQUAL, Dominance.compareConstrained(v(1, 2), 0.0, v(1, 2), -0.0));
    }

    @Test
    void additiveEpsilonShiftsTheFirstVector() {
        assertTrue(Dominance.epsilonDominates(v(1.5, 2), v(1, 2), 0.5));
        assertFalse(Dominance.epsilonDominates(v(1.5, 2), v(1, 2), 0.25));
        assertTrue(Dominance.epsilonDominates(v(3, 0), v(1, 1), 2));
        assertTrue(Dominance.epsilonDominates(v(0, 0), v(0.5, 1), -0.5));
        assertFalse(Dominance.epsilonDominates(v(0, 0), v(0.25, 1), -0.5));
        assertFalse(Dominance.epsilonDominates(v(1, 1), v(1, 1), -0.5));
    }

    @Test
    void multiplicativeEpsilonScalesTheSecondVector() {
        assertTrue(Dominance.multiplicativeEpsilonDominates(v(2, 1), v(1, 1), 1));
        assertFalse(Dominance.multiplicativeEpsilonDominates(v(2, 1), v(1, 1), 0.5));
        assertTrue(Dominance.multiplicativeEpsilonDominates(v(0, 0), v(3, 0), 0));
        assertFalse(Dominance.multiplicativeEpsilonDominates(v(1e-9, 0), v(0, 5), 100));
        assertTrue(Dominance.multiplicativeEpsilonDominates(v(-0.0, 3), v(1, 2), 0.5));
    }

    @Property(tries = 500)
    void compareIsAntisymmetric(@ForAll("vectors") double[] a, @ForAll("vectors") double[] b) {
        assertEquals(Dominance.compare(a, b).mirror(), Dominance.compare(b, a));
        assertEquals(Dominance.dominates(a, b), Dominance.compare(a, b) == DOMINATES);
        assertEquals(Dominance.dominates(b, a), Dominance.compare(a, b) == DOMINATED);
    }

    @Property(tries = 500)
    void constrainedCompareIsAntisymmetric(
            @ForAll("vectors") double[] a,
            @ForAll("violations") double va,
            @ForAll("vectors") double[] b,
            @ForAll("violations") double vb) {
        assertEquals(Dominance.compareConstrained(a, va, b, vb).mirror(), Dominance.compareConstrained(b, vb, a, va));
    }

    @Provide
    Arbitrary<double[]> vectors() {
        // fixed length 3 so that any two generated vectors are comparable; tiny value set for ties
        return Arbitraries.integers()
                .between(0, 2)
                .map(Integer::doubleValue)
                .list()
                .ofSize(3)
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Provide
    Arbitrary<Double> violations() {
        return Arbitraries.of(0.0, 0.0, 0.5, 1.0);
    }

    private static String fail(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    @Test
    void badVectorsAreRejectedByEveryMethodNamingTheArgument() {
        List<BiConsumer<double[], double[]>> methods = List.of(
                Dominance::compare,
                Dominance::dominates,
                Dominance::weaklyDominates,
                (a, b) -> Dominance.compareConstrained(a, 0, b, 0),
                (a, b) -> Dominance.epsilonDominates(a, b, 0.1),
                (a, b) -> Dominance.multiplicativeEpsilonDominates(a, b, 0.1));
        for (var m : methods) {
            assertEquals("a must not be null", fail(() -> m.accept(null, v(1))));
            assertEquals("b must not be null", fail(() -> m.accept(v(1), null)));
            assertEquals("a must have at least one coordinate, was empty", fail(() -> m.accept(v(), v())));
            assertEquals(
                    "b has 3 coordinates but a has 2 (dimension mismatch)", fail(() -> m.accept(v(1, 2), v(1, 2, 3))));
            assertEquals("a[1] must be finite, was NaN", fail(() -> m.accept(v(1, Double.NaN), v(1, 2))));
            assertEquals(
                    "b[0] must be finite, was Infinity", fail(() -> m.accept(v(1, 2), v(Double.POSITIVE_INFINITY, 2))));
            assertEquals("a[0] must be finite, was -Infinity", fail(() -> m.accept(v(Double.NEGATIVE_INFINITY), v(1))));
        }
    }

    @Test
    void badViolationsAreRejectedNamingTheArgument() {
        assertEquals(
                "violationA must be finite and >= 0, was -1.0",
                fail(() -> Dominance.compareConstrained(v(1), -1, v(1), 0)));
        assertEquals(
                "violationB must be finite and >= 0, was NaN",
                fail(() -> Dominance.compareConstrained(v(1), 0, v(1), Double.NaN)));
        assertEquals(
                "violationB must be finite and >= 0, was Infinity",
                fail(() -> Dominance.compareConstrained(v(1), 0, v(1), Double.POSITIVE_INFINITY)));
    }

    @Test
    void badEpsilonsAreRejectedNamingTheArgument() {
        assertEquals("eps must be finite, was NaN", fail(() -> Dominance.epsilonDominates(v(1), v(1), Double.NaN)));
        assertEquals(
                "eps must be finite, was -Infinity",
                fail(() -> Dominance.epsilonDominates(v(1), v(1), Double.NEGATIVE_INFINITY)));
        assertEquals(
                "eps must be finite and >= 0, was -0.1",
                fail(() -> Dominance.multiplicativeEpsilonDominates(v(1), v(1), -0.1)));
        assertEquals(
                "eps must be finite and >= 0, was Infinity",
                fail(() -> Dominance.multiplicativeEpsilonDominates(v(1), v(1), Double.POSITIVE_INFINITY)));
        assertEquals(
                "eps must be finite and >= 0, was NaN",
                fail(() -> Dominance.multiplicativeEpsilonDominates(v(1), v(1), Double.NaN)));
    }

    @Test
    void multiplicativeEpsilonRejectsNegativeObjectives() {
        assertEquals(
                "a[1] must be >= 0, was -1.0",
                fail(() -> Dominance.multiplicativeEpsilonDominates(v(1, -1), v(1, 1), 0.1)));
        assertEquals(
                "b[0] must be >= 0, was -2.0",
                fail(() -> Dominance.multiplicativeEpsilonDominates(v(1, 1), v(-2, 1), 0.1)));
    }

    @Test
    void mirrorSwapsOnlyTheDirectedRelations() {
        assertEquals(DOMINATED, DOMINATES.mirror());
        assertEquals(DOMINATES, DOMINATED.mirror());
        assertEquals(EQUAL, EQUAL.mirror());
        assertEquals(NON_DOMINATED, NON_DOMINATED.mirror());
    }
}
