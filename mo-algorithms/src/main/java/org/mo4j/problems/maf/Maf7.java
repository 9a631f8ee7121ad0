package org.mo4j.problems.maf;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.dtlz.Dtlz7;
import org.mo4j.problems.internal.Dtlz;

/**
 * MaF7 (Cheng, Li, Tian, Zhang, Yang, Jin, Yao 2017, "A benchmark test suite for evolutionary
 * many-objective optimization", Complex &amp; Intelligent Systems 3, pp. 67–81): DTLZ7 with the
 * paper's K = 20, any m ≥ 2 objectives, a front of 2^(m−1) disconnected regions.
 *
 * <p>f_i = x_i for i &lt; m, g = 1 + 9/K Σ_{x_M} x_i, h = m − Σ_{i&lt;m} f_i/(1 + g)(1 + sin(3π
 * f_i)),
 * f_m = (1 + g) h: the formulas of {@link Dtlz7}, which this class evaluates, and so its bounds,
 * Pareto set, {@link #trueFront(int) true front} (a grid over the non-dominated pieces of each
 * f_i) and reference point (1.1, …, 1.1, 2.2m); see there.
 *
 * <ul>
 * <li>Variables: n = m + K − 1, default K = 20 (the paper's), each in [0, 1].</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(n + m), as DTLZ7's.
 */
public final class Maf7 extends AbstractBenchmarkProblem {

    private final Dtlz7 dtlz7;

    /**
     * MaF7 with m objectives and n = m + 20 − 1 variables.
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Maf7(int objectives) {
        this(objectives, AbstractBenchmarkProblem.checkObjectives(objectives) + 20 - 1);
    }

    /**
     * @param objectives m ≥ 2
     * @param variables  n ≥ m (K = n − m + 1)
     * @throws IllegalArgumentException if {@code objectives < 2} or {@code variables < objectives}
     */
    public Maf7(int objectives, int variables) {
        this(new Dtlz7(objectives, Dtlz.checkSizes(objectives, variables)));
    }

    private Maf7(Dtlz7 dtlz7) {
        super("MaF7", dtlz7.numberOfVariables(), dtlz7.numberOfObjectives(), dtlz7.bounds(), dtlz7.referencePoint());
        this.dtlz7 = dtlz7;
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        return dtlz7.evaluate(x);
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        return dtlz7.trueFront(n);
    }
}
