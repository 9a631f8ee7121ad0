package org.mo4j.benchmarks.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;
import org.uma.jmetal.problem.doubleproblem.DoubleProblem;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;

/**
 * jMetal's own problem code in the comparison computes mo4j's functions: same variable count,
 * bounds and objectives (relative 1e-12) at random points of the box and on its corners' faces.
 */
class JMetalProblemsTest {

    @ParameterizedTest
    @ValueSource(strings = {"zdt1", "zdt2", "zdt3", "zdt4", "zdt6", "dtlz1:3", "dtlz2:3", "dtlz2:5"})
    void jmetalsProblemIsMo4jsFunction(String spec) {
        BenchmarkProblem p = Problems.create(spec);
        assertTrue(JMetalProblems.isNative(p), spec);
        DoubleProblem jp = JMetalProblems.of(p);
        assertEquals(p.numberOfVariables(), jp.numberOfVariables(), "variables");
        assertEquals(p.numberOfObjectives(), jp.numberOfObjectives(), "objectives");
        double[] lo = p.bounds().lower();
        double[] hi = p.bounds().upper();
        for (int i = 0; i < lo.length; i++) {
            assertEquals(lo[i], jp.variableBounds().get(i).getLowerBound(), 0, "lower bound " + i);
            assertEquals(hi[i], jp.variableBounds().get(i).getUpperBound(), 0, "upper bound " + i);
        }
        SplittableRandom random = new SplittableRandom(15);
        for (int t = 0; t < 500; t++) {
            double[] x = new double[lo.length];
            DoubleSolution s = jp.createSolution();
            for (int i = 0; i < x.length; i++) {
                // a tenth of the coordinates on a bound: where g and h have their edge cases
                double u = random.nextInt(10) == 0 ? random.nextInt(2) : random.nextDouble();
                x[i] = lo[i] + u * (hi[i] - lo[i]);
                s.variables().set(i, x[i]);
            }
            jp.evaluate(s);
            double[] f = p.evaluate(x).objectives();
            for (int j = 0; j < f.length; j++) {
                assertEquals(f[j], s.objectives()[j], 1e-12 * Math.max(1, Math.abs(f[j])), spec + " f" + j);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"uf1", "ctp1"})
    void otherProblemsAreMo4jsCodeAdapted(String spec) {
        BenchmarkProblem p = Problems.create(spec);
        assertTrue(!JMetalProblems.isNative(p));
        assertTrue(JMetalProblems.of(p) instanceof JMetalNsga2.Adapter);
    }
}
