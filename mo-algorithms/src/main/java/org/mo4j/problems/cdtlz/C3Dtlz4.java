package org.mo4j.problems.cdtlz;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.dtlz.Dtlz4;
import org.mo4j.problems.internal.Dtlz;
import org.mo4j.problems.internal.Fronts;

/**
 * C3-DTLZ4 (Jain, Deb 2014, "An evolutionary many-objective optimization algorithm using
 * reference-point based nondominated sorting approach, part II", IEEE TEC 18(4), Section VI-B):
 * DTLZ4 with M constraints that make DTLZ4's whole front infeasible; the front lies on the
 * boundary of the feasible region.
 *
 * <p>Objectives as {@link Dtlz4}; constraints c_j(x) = f_j²/4 + Σ_{i≠j} f_i² − 1 ≥ 0 for
 * j = 1, …, M, returned as g_j(x) = 1 − f_j²/4 − Σ_{i≠j} f_i² ≤ 0.
 *
 * <ul>
 * <li>Variables: n = M + k − 1, default k = 10 (DTLZ4's), each in [0, 1].</li>
 * <li>Front: all constraints hold exactly when F(f) = Σ f_i² − ¾ max_j f_j² ≥ 1, and F grows
 * strictly in every positive coordinate, so the front is the surface F(f) = 1, f ≥ 0: along a
 * unit direction u it lies at radius 1/√(1 − ¾ max_j u_j²) (from √(4M/(4M − 3)) on the diagonal up
 * to 2 on the axes).
 * {@link #trueFront(int)}: the Das–Dennis directions (lattice size closest to n, as DTLZ2) scaled
 * to norm 1 and then to that radius.</li>
 * <li>Reference point (2.2, …, 2.2): 1.1 × the nadir point (2, …, 2) of that surface (f_j ≤ 2,
 * reached on the axes), following the 1.1 × nadir convention of the DTLZ problems.</li>
 * </ul>
 */
public final class C3Dtlz4 extends AbstractBenchmarkProblem {

    private final Dtlz4 base;

    /** C3-DTLZ4 with M objectives and n = M + 9 variables. */
    public C3Dtlz4(int objectives) {
        this(objectives, checkObjectives(objectives) + Dtlz.DEFAULT_SPHERE_K - 1);
    }

    /**
     * @throws IllegalArgumentException if {@code objectives < 2} or {@code variables < objectives}
     */
    public C3Dtlz4(int objectives, int variables) {
        super(
                "C3-DTLZ4",
                Dtlz.checkSizes(objectives, variables),
                objectives,
                Dtlz.unitBox(variables),
                filled(objectives, 2.2));
        this.base = new Dtlz4(objectives, variables);
    }

    @Override
    public int numberOfConstraints() {
        return numberOfObjectives();
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        // x is inside the box, which is DTLZ4's too, so base.evaluate only checks it again (O(n))
        double[] f = base.evaluate(x).objectives();
        int m = f.length;
        double sumSq = 0;
        for (double v : f) {
            sumSq += v * v;
        }
        double[] g = new double[m];
        for (int j = 0; j < m; j++) {
            // 1 - f_j^2 / 4 - sum_{i != j} f_i^2
            g[j] = 1 - (sumSq - 0.75 * f[j] * f[j]);
        }
        return new Evaluation(f, g);
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        double[][] w = Fronts.sphere(numberOfObjectives(), n);
        for (double[] u : w) {
            double max = 0;
            for (double v : u) {
                max = Math.max(max, v * v);
            }
            double t = 1 / Math.sqrt(1 - 0.75 * max);
            for (int i = 0; i < u.length; i++) {
                u[i] *= t;
            }
        }
        return w;
    }
}
