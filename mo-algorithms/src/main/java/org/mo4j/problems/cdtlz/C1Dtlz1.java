package org.mo4j.problems.cdtlz;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.dtlz.Dtlz1;
import org.mo4j.problems.internal.Dtlz;

/**
 * C1-DTLZ1 (Jain, Deb 2014, "An evolutionary many-objective optimization algorithm using
 * reference-point based nondominated sorting approach, part II: handling constraints and extending
 * to an adaptive approach", IEEE TEC 18(4), Section VI-A): DTLZ1 with one constraint that cuts
 * away the region above a band near the front, so that only a narrow feasible strip leads to it.
 *
 * <p>Objectives as {@link Dtlz1}; constraint c(x) = 1 − f_M/0.6 − Σ_{i&lt;M} f_i/0.5 ≥ 0, returned
 * as g(x) = f_M/0.6 + Σ_{i&lt;M} f_i/0.5 − 1 ≤ 0.
 *
 * <ul>
 * <li>Variables: n = M + k − 1, default k = 5 (DTLZ1's), each in [0, 1].</li>
 * <li>Front: DTLZ1's, Σ f_i = ½, which is feasible (there g = f_M/0.6 + (½ − f_M)/0.5 − 1
 * = −f_M/3 ≤ 0). {@link #trueFront(int)}: as {@link Dtlz1#trueFront(int)}.</li>
 * <li>Reference point (0.55, …, 0.55), as DTLZ1's (1.1 × nadir).</li>
 * </ul>
 */
public final class C1Dtlz1 extends AbstractBenchmarkProblem {

    private final Dtlz1 base;

    /** C1-DTLZ1 with M objectives and n = M + 4 variables. */
    public C1Dtlz1(int objectives) {
        this(objectives, checkObjectives(objectives) + Dtlz.DEFAULT_LINEAR_K - 1);
    }

    /**
     * @throws IllegalArgumentException if {@code objectives < 2} or {@code variables < objectives}
     */
    public C1Dtlz1(int objectives, int variables) {
        super(
                "C1-DTLZ1",
                Dtlz.checkSizes(objectives, variables),
                objectives,
                Dtlz.unitBox(variables),
                filled(objectives, 0.55));
        this.base = new Dtlz1(objectives, variables);
    }

    @Override
    public int numberOfConstraints() {
        return 1;
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        // x is inside the box, which is DTLZ1's too, so base.evaluate only checks it again (O(n))
        double[] f = base.evaluate(x).objectives();
        int m = f.length;
        double g = f[m - 1] / 0.6 - 1;
        for (int i = 0; i < m - 1; i++) {
            g += f[i] / 0.5;
        }
        return new Evaluation(f, new double[] {g});
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        return base.trueFront(n);
    }
}
