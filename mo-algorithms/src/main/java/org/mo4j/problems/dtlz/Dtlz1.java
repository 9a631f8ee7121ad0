package org.mo4j.problems.dtlz;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Dtlz;
import org.mo4j.problems.internal.Fronts;

/**
 * DTLZ1 (Deb, Thiele, Laumanns, Zitzler 2005, "Scalable test problems for evolutionary
 * multiobjective optimization", in Evolutionary Multiobjective Optimization, Springer,
 * pp. 105–145): any m ≥ 2 objectives.
 *
 * <p>g = 100 (k + Σ_{x_M} ((x_i − 0.5)² − cos(20π (x_i − 0.5)))),
 * f_1 = ½ x_1 ⋯ x_{m−1} (1 + g), f_i = ½ x_1 ⋯ x_{m−i} (1 − x_{m−i+1}) (1 + g),
 * f_m = ½ (1 − x_1)(1 + g): a linear front with 11^k − 1 local fronts.
 *
 * <ul>
 * <li>Variables: n = m + k − 1, default k = 5 (the paper's), each in [0, 1]; the first m − 1 are
 * position variables, the last k the distance variables x_M.</li>
 * <li>Pareto set: x_M = 0.5 (g = 0); front Σ f_i = ½, f ≥ 0.</li>
 * <li>{@link #trueFront(int)}: ½ × the Das–Dennis lattice (Das, Dennis 1998) whose size
 * C(H + m − 1, m − 1) is closest to n (the smaller H on a tie, H ≥ 1, so at least m points).</li>
 * <li>Reference point (0.55, …, 0.55): 1.1 × the nadir point (½, …, ½), the usual
 * 1.1 × nadir convention (see Ishibuchi et al. 2018, Evolutionary Computation 26(3)).</li>
 * </ul>
 */
public final class Dtlz1 extends AbstractBenchmarkProblem {

    /** The paper's k for DTLZ1. */
    static final int DEFAULT_K = Dtlz.DEFAULT_LINEAR_K;

    /**
     * DTLZ1 with m objectives and n = m + 5 − 1 variables.
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Dtlz1(int objectives) {
        this(objectives, AbstractBenchmarkProblem.checkObjectives(objectives) + DEFAULT_K - 1);
    }

    /**
     * @param objectives m ≥ 2
     * @param variables  n ≥ m (k = n − m + 1)
     * @throws IllegalArgumentException if {@code objectives < 2} or {@code variables < objectives}
     */
    public Dtlz1(int objectives, int variables) {
        super(
                "DTLZ1",
                Dtlz.checkSizes(objectives, variables),
                objectives,
                Dtlz.unitBox(variables),
                filled(objectives, 0.55));
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int m = numberOfObjectives();
        return Evaluation.of(Dtlz.linear(x, m, 0.5 * (1 + Dtlz.rastriginG(x, m))));
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        double[][] w = Fronts.simplex(numberOfObjectives(), n);
        for (double[] p : w) {
            for (int i = 0; i < p.length; i++) {
                p[i] *= 0.5;
            }
        }
        return w;
    }
}
