package org.mo4j.benchmarks.peers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;

/** The jMetal side of the NSGA-II comparison really optimises our problem, with our conventions. */
class JMetalNsga2Test {

    @Test
    void jmetalNsga2ApproachesTheZdt1FrontThroughTheAdapter() {
        BenchmarkProblem p = Problems.create("zdt1");
        double truth = Nsga2Comparison.trueHv(p);
        for (long seed = 1; seed <= 2; seed++) {
            double[][] front = JMetalNsga2.run(p, 100, 10_000, seed);
            assertTrue(front.length > 50 && front.length <= 100, "front size " + front.length);
            double ratio = Hypervolume.of(front, p.referencePoint()) / truth;
            assertTrue(ratio > 0.95 && ratio <= 1, "seed " + seed + ": HV ratio " + ratio);
        }
    }

    @Test
    void theSameSeedGivesTheSameJmetalFront() {
        BenchmarkProblem p = Problems.create("zdt2");
        assertArrayEquals(JMetalNsga2.run(p, 20, 600, 5), JMetalNsga2.run(p, 20, 600, 5));
    }

    @Test
    void constraintsArePassedWithJmetalsSign() {
        BenchmarkProblem p = Problems.create("ctp1");
        JMetalNsga2.Adapter adapter = new JMetalNsga2.Adapter(p);
        DoubleSolution s = adapter.createSolution();
        double[] x = new double[p.numberOfVariables()];
        for (int i = 0; i < x.length; i++) {
            s.variables().set(i, 0.5 * (p.bounds().lower()[i] + p.bounds().upper()[i]));
            x[i] = s.variables().get(i);
        }
        adapter.evaluate(s);
        Evaluation e = p.evaluate(x);
        assertArrayEquals(e.objectives(), s.objectives());
        for (int j = 0; j < e.numberOfConstraints(); j++) {
            assertEquals(-e.constraints()[j], s.constraints()[j], 0.0);
        }
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        double[] v = {4, 1, 3, 2};
        assertEquals(2.5, Nsga2Comparison.median(v), 0);
        assertEquals(1.5, Nsga2Comparison.iqr(v), 1e-15);
        assertEquals(1, Nsga2Comparison.quantile(v, 0), 0);
        assertEquals(4, Nsga2Comparison.quantile(v, 1), 0);
    }
}
