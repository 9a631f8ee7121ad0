package org.mo4j.problems.maf;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Dtlz;
import org.mo4j.problems.internal.Fronts;

/**
 * MaF4 (Cheng, Li, Tian, Zhang, Yang, Jin, Yao 2017, "A benchmark test suite for evolutionary
 * many-objective optimization", Complex &amp; Intelligent Systems 3, pp. 67–81): the inverted
 * badly-scaled DTLZ3: any m ≥ 2 objectives, a concave
 * front upside down, scaled by 2^i, and a multimodal (Rastrigin) distance.
 *
 * <p>g = 100 (K + Σ_{x_M} ((x_i − 0.5)² − cos(20π(x_i − 0.5)))); with u the unit DTLZ sphere at
 * the angles θ_j = x_j π/2, f_i = 2^i (1 − u_i)(1 + g).
 *
 * <ul>
 * <li>Variables: n = m + K − 1, default K = 10 (the paper's), each in [0, 1].</li>
 * <li>Pareto set: x_M = 0.5 (g = 0); front: f_i = 2^i (1 − u_i) for u on the unit sphere, u ≥
 * 0.</li>
 * <li>{@link #trueFront(int)}: the Das–Dennis lattice directions whose count is closest to n
 * (as for DTLZ2), scaled to norm 1 and mapped through f_i = 2^i (1 − u_i).</li>
 * <li>Reference point 1.1 × (2, 4, …, 2^m): 1.1 × the nadir point of the front.</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(n + m²) and allocates only the result.
 */
public final class Maf4 extends AbstractBenchmarkProblem {

    private static double[] maf4Reference(int m) {
        double[] r = new double[m];
        for (int i = 0; i < m; i++) {
            r[i] = 1.1 * Math.scalb(1.0, i + 1);
        }
        return r;
    }

    /**
     * MaF4 with m objectives and n = m + 10 − 1 variables (the paper's K = 10).
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Maf4(int objectives) {
        this(objectives, AbstractBenchmarkProblem.checkObjectives(objectives) + 10 - 1);
    }

    /**
     * @param objectives m ≥ 2
     * @param variables  n ≥ m (K = n − m + 1 distance variables)
     * @throws IllegalArgumentException if {@code objectives < 2} or {@code variables < objectives}
     */
    public Maf4(int objectives, int variables) {
        super(
                "MaF4",
                Dtlz.checkSizes(objectives, variables),
                objectives,
                Dtlz.unitBox(variables),
                maf4Reference(objectives));
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int m = numberOfObjectives();
        double c = 1 + Dtlz.rastriginG(x, m);
        double[] f = Dtlz.sphere(Dtlz.angles(x, m, 1), m, 1);
        for (int i = 0; i < m; i++) {
            f[i] = Math.scalb(1 - f[i], i + 1) * c;
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
        double[][] u = Fronts.sphere(numberOfObjectives(), n);
        for (double[] p : u) {
            for (int i = 0; i < p.length; i++) {
                p[i] = Math.scalb(1 - p[i], i + 1);
            }
        }
        return u;
    }
}
