package org.mo4j.problems.maf;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Dtlz;
import org.mo4j.problems.internal.Fronts;

/**
 * MaF1 (Cheng, Li, Tian, Zhang, Yang, Jin, Yao 2017, "A benchmark test suite for evolutionary
 * many-objective optimization", Complex &amp; Intelligent Systems 3, pp. 67–81): the modified
 * inverted DTLZ1: any m ≥ 2 objectives, a linear front
 * upside down (an inverted simplex).
 *
 * <p>g = Σ_{x_M} (x_i − 0.5)², f_1 = (1 − x_1 ⋯ x_{m−1})(1 + g),
 * f_i = (1 − x_1 ⋯ x_{m−i} (1 − x_{m−i+1}))(1 + g) for 1 &lt; i &lt; m, f_m = x_1 (1 + g): each f_i
 * is (1 + g)(1 − y_i) with y DTLZ1's linear shape, Σ y_i = 1.
 *
 * <ul>
 * <li>Variables: n = m + K − 1, default K = 10 (the paper's), each in [0, 1]; the first m − 1 are
 * position variables, the last K the distance variables x_M.</li>
 * <li>Pareto set: x_M = 0.5 (g = 0); front: f = 1 − y for y on the unit simplex, that is
 * Σ f_i = m − 1 with every f_i ∈ [0, 1].</li>
 * <li>{@link #trueFront(int)}: 1 − the Das–Dennis lattice (Das, Dennis 1998) whose size
 * C(H + m − 1, m − 1) is closest to n (the smaller H on a tie, H ≥ 1).</li>
 * <li>Reference point (1.1, …, 1.1): 1.1 × the nadir point (1, …, 1) of the front.</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(n + m²) and allocates only the result.
 */
public final class Maf1 extends AbstractBenchmarkProblem {

    /**
     * MaF1 with m objectives and n = m + 10 − 1 variables (the paper's K = 10).
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Maf1(int objectives) {
        this(objectives, AbstractBenchmarkProblem.checkObjectives(objectives) + 10 - 1);
    }

    /**
     * @param objectives m ≥ 2
     * @param variables  n ≥ m (K = n − m + 1 distance variables)
     * @throws IllegalArgumentException if {@code objectives < 2} or {@code variables < objectives}
     */
    public Maf1(int objectives, int variables) {
        super(
                "MaF1",
                Dtlz.checkSizes(objectives, variables),
                objectives,
                Dtlz.unitBox(variables),
                filled(objectives, 1.1));
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int m = numberOfObjectives();
        double c = 1 + Dtlz.sphereG(x, m);
        double[] f = Dtlz.linear(x, m, 1);
        for (int i = 0; i < m; i++) {
            f[i] = (1 - f[i]) * c;
        }
        return Evaluation.of(f);
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
                p[i] = 1 - p[i];
            }
        }
        return w;
    }
}
