package org.mo4j.problems.maf;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Dtlz;
import org.mo4j.problems.internal.Fronts;

/**
 * MaF3 (Cheng, Li, Tian, Zhang, Yang, Jin, Yao 2017, "A benchmark test suite for evolutionary
 * many-objective optimization", Complex &amp; Intelligent Systems 3, pp. 67–81): the convex DTLZ3:
 * any m ≥ 2 objectives, a convex front and a
 * multimodal (Rastrigin) distance.
 *
 * <p>g = 100 (K + Σ_{x_M} ((x_i − 0.5)² − cos(20π(x_i − 0.5)))); with s the DTLZ sphere of radius
 * 1 + g at the angles θ_j = x_j π/2, f_i = s_i⁴ for i &lt; m and f_m = s_m².
 *
 * <ul>
 * <li>Variables: n = m + K − 1, default K = 10 (the paper's), each in [0, 1].</li>
 * <li>Pareto set: x_M = 0.5 (g = 0); front: f_i = u_i⁴ (i &lt; m), f_m = u_m² for u on the unit
 * sphere, u ≥ 0, that is Σ_{i&lt;m} √f_i + f_m = 1.</li>
 * <li>{@link #trueFront(int)}: the Das–Dennis lattice directions whose count is closest to n
 * (as for DTLZ2), scaled to norm 1 and mapped through those powers.</li>
 * <li>Reference point (1.1, …, 1.1): 1.1 × the nadir point (1, …, 1) of the front.</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(n + m²) and allocates only the result.
 */
public final class Maf3 extends AbstractBenchmarkProblem {

    /**
     * MaF3 with m objectives and n = m + 10 − 1 variables (the paper's K = 10).
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Maf3(int objectives) {
        this(objectives, AbstractBenchmarkProblem.checkObjectives(objectives) + 10 - 1);
    }

    /**
     * @param objectives m ≥ 2
     * @param variables  n ≥ m (K = n − m + 1 distance variables)
     * @throws IllegalArgumentException if {@code objectives < 2} or {@code variables < objectives}
     */
    public Maf3(int objectives, int variables) {
        super(
                "MaF3",
                Dtlz.checkSizes(objectives, variables),
                objectives,
                Dtlz.unitBox(variables),
                filled(objectives, 1.1));
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int m = numberOfObjectives();
        double[] f = Dtlz.sphere(Dtlz.angles(x, m, 1), m, 1 + Dtlz.rastriginG(x, m));
        for (int i = 0; i < m - 1; i++) {
            double s = f[i] * f[i];
            f[i] = s * s;
        }
        f[m - 1] *= f[m - 1];
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
            for (int i = 0; i < m - 1; i++) {
                double s = p[i] * p[i];
                p[i] = s * s;
            }
            p[m - 1] *= p[m - 1];
        }
        return u;
    }
}
