package org.mo4j.problems.maf;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Dtlz;
import org.mo4j.problems.internal.Fronts;

/**
 * MaF5 (Cheng, Li, Tian, Zhang, Yang, Jin, Yao 2017, "A benchmark test suite for evolutionary
 * many-objective optimization", Complex &amp; Intelligent Systems 3, pp. 67–81): the concave
 * badly-scaled DTLZ4: any m ≥ 2 objectives, a concave
 * front scaled by 2^(m−i+1) and a strongly biased density (α = 100).
 *
 * <p>g = Σ_{x_M} (x_i − 0.5)²; with s the DTLZ sphere of radius 1 + g at the angles
 * θ_j = x_j^100 π/2, f_i = 2^(m−i+1) s_i.
 *
 * <ul>
 * <li>Variables: n = m + K − 1, default K = 10 (the paper's), each in [0, 1].</li>
 * <li>Pareto set: x_M = 0.5 (g = 0); front: Σ (f_i / 2^(m−i+1))² = 1, f ≥ 0.</li>
 * <li>{@link #trueFront(int)}: the Das–Dennis lattice directions whose count is closest to n
 * (as for DTLZ2), scaled to norm 1 and then by 2^(m−i+1).</li>
 * <li>Reference point 1.1 × (2^m, …, 4, 2): 1.1 × the nadir point of the front.</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(n + m²) and allocates only the result.
 */
public final class Maf5 extends AbstractBenchmarkProblem {

    private static final double ALPHA = 100;

    private static double[] maf5Reference(int m) {
        double[] r = new double[m];
        for (int i = 0; i < m; i++) {
            r[i] = 1.1 * Math.scalb(1.0, m - i);
        }
        return r;
    }

    /**
     * MaF5 with m objectives and n = m + 10 − 1 variables (the paper's K = 10).
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Maf5(int objectives) {
        this(objectives, AbstractBenchmarkProblem.checkObjectives(objectives) + 10 - 1);
    }

    /**
     * @param objectives m ≥ 2
     * @param variables  n ≥ m (K = n − m + 1 distance variables)
     * @throws IllegalArgumentException if {@code objectives < 2} or {@code variables < objectives}
     */
    public Maf5(int objectives, int variables) {
        super(
                "MaF5",
                Dtlz.checkSizes(objectives, variables),
                objectives,
                Dtlz.unitBox(variables),
                maf5Reference(objectives));
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int m = numberOfObjectives();
        double[] f = Dtlz.sphere(Dtlz.angles(x, m, ALPHA), m, 1 + Dtlz.sphereG(x, m));
        for (int i = 0; i < m; i++) {
            f[i] = Math.scalb(f[i], m - i);
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
        int m = numberOfObjectives();
        double[][] u = Fronts.sphere(m, n);
        for (double[] p : u) {
            for (int i = 0; i < m; i++) {
                p[i] = Math.scalb(p[i], m - i);
            }
        }
        return u;
    }
}
