package org.mo4j.problems;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.core.sorting.NonDominatedSorting;

/** The contract of {@link BenchmarkProblem}, checked on every problem of {@link Catalogue}. */
class BenchmarkPropertiesTest {

    @Provide
    Arbitrary<BenchmarkProblem> problems() {
        return Arbitraries.of(Catalogue.all());
    }

    @Provide
    Arbitrary<BenchmarkProblem> withFronts() {
        return Arbitraries.of(
                Catalogue.all().stream().filter(BenchmarkProblem::hasTrueFront).toList());
    }

    private static double[] randomX(BenchmarkProblem p, Random rnd) {
        Bounds b = p.bounds();
        double[] x = new double[p.numberOfVariables()];
        for (int i = 0; i < x.length; i++) {
            x[i] = b.lower(i) + rnd.nextDouble() * (b.upper(i) - b.lower(i));
        }
        return x;
    }

    @Property(tries = 100)
    void trueFrontIsMutuallyNonDominatedAndStrictlyInsideTheReferencePoint(
            @ForAll("withFronts") BenchmarkProblem p, @ForAll @IntRange(min = 1, max = 300) int n) {
        double[][] front = p.trueFront(n);
        assertTrue(front.length >= 1);
        int m = p.numberOfObjectives();
        double[] ref = p.referencePoint();
        assertEquals(m, ref.length);
        for (int rank : NonDominatedSorting.ranks(front)) {
            assertEquals(0, rank, p + ": a front point is dominated by another");
        }
        for (double[] f : front) {
            assertEquals(m, f.length);
            for (int i = 0; i < m; i++) {
                assertTrue(
                        f[i] < ref[i], p + ": " + Arrays.toString(f) + " not strictly inside " + Arrays.toString(ref));
            }
        }
    }

    @Property(tries = 150)
    void aParetoOptimalXGivesAPointNoFrontPointDominates(@ForAll("withFronts") BenchmarkProblem p, @ForAll long seed) {
        Random rnd = new Random(seed);
        double[] x = ParetoSets.sample(p, rnd);
        assertNotNull(x, "no Pareto set known to the test for " + p);
        double[] f = p.evaluate(x).objectives();
        double[][] front = p.trueFront(400);
        // the front's scale: the "better" allowance below is relative to it, not to |f[i]|, because
        // on a front scaled unevenly (MaF5: 8, 4, 2) a tangential step t moves the largest
        // objective by only about 8 t^2 / 2, which the 16-ulp "no worse" allowance absorbs while
        // the step itself (4 t) is still above 1e-7 of a small objective
        double scale = Arrays.stream(p.referencePoint()).map(Math::abs).max().orElseThrow();
        double nearest = Double.POSITIVE_INFINITY;
        for (double[] q : front) {
            boolean weaklyBetter = true;
            boolean strictlyBetterSomewhere = false;
            double d = 0;
            for (int i = 0; i < f.length; i++) {
                // rounding allowances: at most 16 ulps for "no worse" (a real difference on a
                // curved front near its ends can be tiny, e.g. 1 - cos(3e-7) = 4e-14), and 1e-7
                // for "better": near an axis of a sphere, cos(t) rounds to 1 for t < sqrt(2 ulp(1))
                // = 1.5e-8, leaving (1, t) beside (1, 0)
                double tol = 16 * Math.ulp(Math.max(Math.abs(f[i]), Math.abs(q[i])));
                weaklyBetter &= q[i] <= f[i] + tol;
                strictlyBetterSomewhere |= q[i] < f[i] - 1e-7 * Math.max(1, scale);
                d += (q[i] - f[i]) * (q[i] - f[i]);
            }
            assertTrue(
                    !(weaklyBetter && strictlyBetterSomewhere),
                    p + ": " + Arrays.toString(q) + " of the true front dominates f(x*) = " + Arrays.toString(f));
            nearest = Math.min(nearest, Math.sqrt(d));
        }
        // and it lies near the sampled front (the sample's spacing bounds the distance)
        assertTrue(
                nearest < 0.35 * scale, p + ": f(x*) = " + Arrays.toString(f) + " is " + nearest + " from the front");
    }

    @Property(tries = 200)
    void aParetoOptimalXAndEveryTrueFrontPointSatisfyTheFrontEquation(
            @ForAll("withFronts") BenchmarkProblem p, @ForAll long seed) {
        double[] f = p.evaluate(ParetoSets.sample(p, new Random(seed))).objectives();
        double r = FrontEquations.residual(p, f);
        if (!Double.isNaN(r)) {
            assertEquals(0, r, 1e-9, p + ": f(x*) = " + Arrays.toString(f) + " is off the front");
            for (double[] q : p.trueFront(50)) {
                assertEquals(0, FrontEquations.residual(p, q), 1e-9, p + ": front point " + Arrays.toString(q));
            }
        }
    }

    @Property(tries = 200)
    void evaluateIsDeterministicAndDoesNotModifyX(@ForAll("problems") BenchmarkProblem p, @ForAll long seed) {
        double[] x = randomX(p, new Random(seed));
        double[] copy = x.clone();
        Evaluation a = p.evaluate(x);
        assertArrayEquals(copy, x);
        Evaluation b = p.evaluate(x);
        assertEquals(a, b);
        assertEquals(p.numberOfObjectives(), a.numberOfObjectives());
        assertEquals(p.numberOfConstraints(), a.numberOfConstraints());
    }

    @Property(tries = 60)
    void boundsAndReferencePointHaveTheDeclaredDimensions(@ForAll("problems") BenchmarkProblem p) {
        assertEquals(p.numberOfVariables(), p.bounds().dimension());
        assertEquals(p.numberOfObjectives(), p.referencePoint().length);
        double[] r = p.referencePoint();
        r[0] = -1;
        assertTrue(p.referencePoint()[0] > 0, "referencePoint must return a copy");
        // the corners of the box evaluate
        p.evaluate(p.bounds().lower());
        p.evaluate(p.bounds().upper());
    }

    @Property(tries = 60)
    void rejectsXOfTheWrongLengthOrOutsideTheBounds(@ForAll("problems") BenchmarkProblem p) {
        int n = p.numberOfVariables();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.evaluate(new double[n + 1]));
        assertEquals(
                "x has " + (n + 1) + " coordinates but " + p.name() + " has " + n + " variables (dimension mismatch)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.evaluate(new double[n - 1]));
        assertThrows(IllegalArgumentException.class, () -> p.evaluate(null));
        double[] x = p.bounds().upper();
        x[n - 1] += 1;
        e = assertThrows(IllegalArgumentException.class, () -> p.evaluate(x));
        assertTrue(e.getMessage().startsWith("x[" + (n - 1) + "] must lie in ["), e.getMessage());
        x[n - 1] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> p.evaluate(x));
    }

    @Property(tries = 40)
    void trueFrontRejectsANonPositiveCount(@ForAll("withFronts") BenchmarkProblem p) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.trueFront(0));
        assertEquals("n must be at least 1, was 0", e.getMessage());
    }
}
