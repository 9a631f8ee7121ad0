package org.mo4j.algorithms.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.mo4j.core.problem.Bounds;

/** Properties of the variation operators over random bounds, parents and seeds. */
class OperatorPropertiesTest {

    /** Random bounds (some variables fixed) with two parents inside them. */
    record Case(Bounds bounds, double[] p1, double[] p2, double[] p3, long seed) {}

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.integers()
                .between(1, 8)
                .flatMap(n -> Combinators.combine(
                                Arbitraries.doubles()
                                        .between(-1e3, 1e3)
                                        .array(double[].class)
                                        .ofSize(n),
                                Arbitraries.doubles()
                                        .between(0, 1e3)
                                        .array(double[].class)
                                        .ofSize(n),
                                Arbitraries.doubles()
                                        .between(0, 1)
                                        .array(double[].class)
                                        .ofSize(3 * n),
                                Arbitraries.longs(),
                                Arbitraries.integers().between(0, 9))
                        .as((lo, width, u, seed, fixed) -> {
                            double[] hi = new double[n];
                            for (int i = 0; i < n; i++) {
                                hi[i] = fixed == 0 && i == 0 ? lo[i] : lo[i] + width[i];
                            }
                            double[][] p = new double[3][n];
                            for (int k = 0; k < 3; k++) {
                                for (int i = 0; i < n; i++) {
                                    // push some parents onto the bounds exactly
                                    double t = u[k * n + i] < 0.1 ? 0 : u[k * n + i] > 0.9 ? 1 : u[k * n + i];
                                    p[k][i] = t == 1 ? hi[i] : lo[i] + t * (hi[i] - lo[i]);
                                }
                            }
                            return new Case(new Bounds(lo, hi), p[0], p[1], p[2], seed);
                        }));
    }

    @Property(tries = 300)
    void sbxChildrenStayWithinBounds(@ForAll("cases") Case c, @ForAll @DoubleRange(min = 0, max = 100) double eta) {
        double[] c1 = new double[c.p1.length];
        double[] c2 = new double[c.p1.length];
        double[] p1 = c.p1.clone();
        double[] p2 = c.p2.clone();
        new SbxCrossover(1.0, eta).apply(p1, p2, c1, c2, c.bounds, new SplittableRandom(c.seed));
        assertTrue(c.bounds.contains(c1));
        assertTrue(c.bounds.contains(c2));
        assertArrayEquals(c.p1, p1);
        assertArrayEquals(c.p2, p2);
    }

    @Property(tries = 300)
    void mutationStaysWithinBounds(@ForAll("cases") Case c, @ForAll @DoubleRange(min = 0, max = 100) double eta) {
        double[] x = c.p1.clone();
        new PolynomialMutation(1.0, eta).apply(x, c.bounds, new SplittableRandom(c.seed));
        assertTrue(c.bounds.contains(x));
    }

    @Property(tries = 300)
    void differentialEvolutionStaysWithinBounds(
            @ForAll("cases") Case c,
            @ForAll @DoubleRange(min = 0, max = 1) double cr,
            @ForAll @DoubleRange(min = 0, max = 2) double scale) {
        double[] child = new double[c.p1.length];
        new DifferentialEvolution(cr, scale)
                .apply(c.p1, c.p2, c.p3, c.p1, child, c.bounds, new SplittableRandom(c.seed));
        assertTrue(c.bounds.contains(child));
    }

    @Property(tries = 200)
    void sbxOfIdenticalParentsReturnsThem(@ForAll("cases") Case c) {
        double[] c1 = new double[c.p1.length];
        double[] c2 = new double[c.p1.length];
        new SbxCrossover(1.0, 20).apply(c.p1, c.p1.clone(), c1, c2, c.bounds, new SplittableRandom(c.seed));
        assertArrayEquals(c.p1, c1);
        assertArrayEquals(c.p1, c2);
    }

    @Property(tries = 200)
    void mutationWithProbabilityZeroIsIdentity(@ForAll("cases") Case c) {
        double[] x = c.p1.clone();
        new PolynomialMutation(0.0, 20).apply(x, c.bounds, new SplittableRandom(c.seed));
        assertArrayEquals(c.p1, x);
    }

    @Property(tries = 200)
    void sbxWithProbabilityZeroCopiesTheParents(@ForAll("cases") Case c) {
        double[] c1 = new double[c.p1.length];
        double[] c2 = new double[c.p1.length];
        new SbxCrossover(0.0, 20).apply(c.p1, c.p2, c1, c2, c.bounds, new SplittableRandom(c.seed));
        assertArrayEquals(c.p1, c1);
        assertArrayEquals(c.p2, c2);
    }

    @Property(tries = 200)
    void operatorsAreDeterministicPerSeed(@ForAll("cases") Case c) {
        double[][] first = applyAll(c);
        double[][] second = applyAll(c);
        for (int i = 0; i < first.length; i++) {
            assertArrayEquals(first[i], second[i]);
        }
    }

    private static double[][] applyAll(Case c) {
        SplittableRandom rng = new SplittableRandom(c.seed);
        int n = c.p1.length;
        double[] c1 = new double[n];
        double[] c2 = new double[n];
        double[] d = new double[n];
        new SbxCrossover(0.9, 20).apply(c.p1, c.p2, c1, c2, c.bounds, rng);
        new PolynomialMutation(20).apply(c1, c.bounds, rng);
        new DifferentialEvolution(0.9, 0.5).apply(c.p1, c.p2, c.p3, c1, d, c.bounds, rng);
        return new double[][] {c1, c2, d};
    }
}
