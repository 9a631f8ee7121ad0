package org.mo4j.problems.re;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.BenchmarkProblem;

/** Properties of every RE problem at points of its box, the corners included. */
class RealWorldProblemPropertiesTest {

    private static final List<String> NAMES = RealWorldProblems.names();

    /** A problem name and a point of its box, built from fractions in [0, 1] (edges included). */
    @Provide
    Arbitrary<Tuple2<String, double[]>> problemAndPoint() {
        Arbitrary<Double> fraction =
                Arbitraries.oneOf(Arbitraries.doubles().between(0, 1), Arbitraries.of(0.0, 1.0, 0.5));
        return Arbitraries.of(NAMES).flatMap(name -> {
            Bounds b = RealWorldProblems.create(name).bounds();
            return fraction.array(double[].class).ofSize(b.dimension()).map(u -> {
                double[] x = new double[u.length];
                for (int i = 0; i < u.length; i++) {
                    x[i] = Math.min(b.upper(i), b.lower(i) + u[i] * (b.upper(i) - b.lower(i)));
                }
                return Tuple.of(name, x);
            });
        });
    }

    @Property(tries = 2000)
    void evaluationIsFiniteDeterministicAndLeavesXAlone(@ForAll("problemAndPoint") Tuple2<String, double[]> t) {
        BenchmarkProblem p = RealWorldProblems.create(t.get1());
        double[] x = t.get2();
        double[] copy = x.clone();
        Evaluation e = p.evaluate(x);
        assertArrayEquals(copy, x, "x was modified");
        assertEquals(p.numberOfObjectives(), e.numberOfObjectives());
        assertEquals(0, e.numberOfConstraints());
        for (double v : e.objectives()) {
            assertTrue(Double.isFinite(v));
        }
        assertEquals(e, p.evaluate(x));
        assertEquals(e, RealWorldProblems.create(t.get1()).evaluate(copy));
    }

    @Property(tries = 500)
    void violationObjectivesAreNeverNegative(@ForAll("problemAndPoint") Tuple2<String, double[]> t) {
        // every problem but RE34 and RE37 (no constraints) ends with a total violation, ≥ 0; RE91's
        // objectives 2…9 are max(0, ·)
        BenchmarkProblem p = RealWorldProblems.create(t.get1());
        double[] f = p.evaluate(t.get2()).objectives();
        if (p instanceof Re91) {
            for (int i = 1; i < f.length; i++) {
                assertTrue(f[i] >= 0);
            }
        } else if (!(p instanceof Re34) && !(p instanceof Re37)) {
            assertTrue(f[f.length - 1] >= 0);
        }
    }
}
