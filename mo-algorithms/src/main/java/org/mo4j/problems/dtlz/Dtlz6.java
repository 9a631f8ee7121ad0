package org.mo4j.problems.dtlz;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Dtlz;

/**
 * DTLZ6 (Deb, Thiele, Laumanns, Zitzler 2005, "Scalable test problems for evolutionary
 * multiobjective optimization", in Evolutionary Multiobjective Optimization, Springer,
 * pp. 105–145): any m ≥ 2 objectives.
 *
 * <p>DTLZ5 with the harder g = Σ_{x_M} x_i^0.1 (optimum x_M = 0): θ_1 = x_1 π/2,
 * θ_i = π/(4(1 + g)) (1 + 2 g x_i) for i = 2, …, m − 1, spherical shape of radius 1 + g.
 *
 * <ul>
 * <li>Variables: n = m + k − 1, default k = 10 (the paper's), each in [0, 1]; the first m − 1 are
 * position variables, the last k the distance variables x_M.</li>
 * <li>Pareto set (for the curve): x_M at the optimum of g (g = 0); then θ_2 = … = θ_{m−1} = π/4.</li>
 * <li>{@link #trueFront(int)}: only for m = 2 (the quarter circle, as DTLZ2) and m = 3 (the
 * curve (cos θ/√2, cos θ/√2, sin θ)), exactly n points at θ equally spaced in [0, π/2].
 * For m ≥ 4 {@link #hasTrueFront()} is false: the front is then not the degenerate curve the
 * paper describes but has parts of higher dimension (Ishibuchi, Masuda, Nojima 2016, "Pareto
 * fronts of many-objective degenerate test problems", IEEE TEC 20(5)), with no closed form.</li>
 * <li>Reference point (1.1, …, 1.1): the same as DTLZ2's (every point with g = 0 lies in
 * [0, 1]^m, so it bounds the front for every m).</li>
 * </ul>
 */
public final class Dtlz6 extends AbstractBenchmarkProblem {

    /** The paper's k for DTLZ6. */
    static final int DEFAULT_K = 10;

    /**
     * DTLZ6 with m objectives and n = m + 10 − 1 variables.
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Dtlz6(int objectives) {
        this(objectives, AbstractBenchmarkProblem.checkObjectives(objectives) + DEFAULT_K - 1);
    }

    /**
     * @param objectives m ≥ 2
     * @param variables  n ≥ m (k = n − m + 1)
     * @throws IllegalArgumentException if {@code objectives < 2} or {@code variables < objectives}
     */
    public Dtlz6(int objectives, int variables) {
        super(
                "DTLZ6",
                Dtlz.checkSizes(objectives, variables),
                objectives,
                Dtlz.unitBox(variables),
                filled(objectives, 1.1));
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int m = numberOfObjectives();
        double g = dtlz6G(x, m);
        double[] theta = new double[m - 1];
        theta[0] = x[0] * Math.PI / 2;
        for (int i = 1; i < m - 1; i++) {
            theta[i] = Math.PI / (4 * (1 + g)) * (1 + 2 * g * x[i]);
        }
        return Evaluation.of(Dtlz.sphere(theta, m, 1 + g));
    }

    /** g = Σ_{x_M} x_i^0.1. */
    static double dtlz6G(double[] x, int m) {
        double g = 0;
        for (int i = m - 1; i < x.length; i++) {
            g += Math.pow(x[i], 0.1);
        }
        return g;
    }

    /** True for m = 2 and 3 only (see the class comment). */
    @Override
    public boolean hasTrueFront() {
        return numberOfObjectives() <= 3;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        return Dtlz.curveFront(numberOfObjectives(), n);
    }
}
