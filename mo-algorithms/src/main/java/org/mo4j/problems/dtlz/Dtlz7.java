package org.mo4j.problems.dtlz;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Dtlz;
import org.mo4j.problems.internal.Fronts;

/**
 * DTLZ7 (Deb, Thiele, Laumanns, Zitzler 2005, "Scalable test problems for evolutionary
 * multiobjective optimization", in Evolutionary Multiobjective Optimization, Springer,
 * pp. 105–145): any m ≥ 2 objectives.
 *
 * <p>f_i = x_i for i = 1, …, m − 1, g = 1 + 9/k Σ_{x_M} x_i,
 * h = m − Σ_{i&lt;m} f_i/(1 + g) (1 + sin(3π f_i)), f_m = (1 + g) h: a front of 2^(m−1)
 * disconnected regions.
 *
 * <ul>
 * <li>Variables: n = m + k − 1, default k = 20 (the paper's), each in [0, 1]; the first m − 1 are
 * position variables, the last k the distance variables x_M.</li>
 * <li>Pareto set: x_M = 0 (g = 1); then f_m = 2m − Σ_{i&lt;m} ψ(f_i) with ψ(t) = t (1 + sin(3πt)).
 * As f_m is a sum of one function of each f_i, a point is Pareto-optimal exactly when every f_i
 * lies in the set of t at which −ψ reaches a new strict minimum (ψ a new strict maximum): two
 * intervals [0, b₀] ∪ (a₁, b₁], b₀ ≈ 0.2514, a₁ ≈ 0.6316, b₁ ≈ 0.8594, computed once to within a
 * few ulps as for ZDT3.</li>
 * <li>{@link #trueFront(int)}: the grid of c^(m−1) points, c = max(1, round(n^(1/(m−1)))), with each
 * f_i taking c values equally spaced along the length of those two intervals (none at the open
 * end a₁) — exact, no filtering needed.</li>
 * <li>Reference point (1.1, …, 1.1, 2.2m): 1.1 × the upper ends of the objectives' ranges on the
 * front (f_i ≤ b₁ &lt; 1 for i &lt; m, f_m ≤ 2m, reached at f = (0, …, 0, 2m)), following the 1.1 ×
 * nadir convention used for the other DTLZ problems.</li>
 * </ul>
 */
public final class Dtlz7 extends AbstractBenchmarkProblem {

    /** The paper's k for DTLZ7. */
    static final int DEFAULT_K = 20;

    /**
     * DTLZ7 with m objectives and n = m + 20 − 1 variables.
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Dtlz7(int objectives) {
        this(objectives, AbstractBenchmarkProblem.checkObjectives(objectives) + DEFAULT_K - 1);
    }

    /**
     * @param objectives m ≥ 2
     * @param variables  n ≥ m (k = n − m + 1)
     * @throws IllegalArgumentException if {@code objectives < 2} or {@code variables < objectives}
     */
    public Dtlz7(int objectives, int variables) {
        super(
                "DTLZ7",
                Dtlz.checkSizes(objectives, variables),
                objectives,
                Dtlz.unitBox(variables),
                dtlz7Reference(objectives));
    }

    private static final Fronts.RecordSet PIECES = new Fronts.RecordSet(t -> -psi(t), t -> -dpsi(t), 0, 1);

    private static double[] dtlz7Reference(int m) {
        double[] r = filled(m, 1.1);
        r[m - 1] = 2.2 * m;
        return r;
    }

    static double psi(double t) {
        return t * (1 + Math.sin(3 * Math.PI * t));
    }

    /** ψ′(t) = 1 + sin(3πt) + 3πt cos(3πt). */
    static double dpsi(double t) {
        return 1 + Math.sin(3 * Math.PI * t) + 3 * Math.PI * t * Math.cos(3 * Math.PI * t);
    }

    /** The Pareto-optimal values of each f_i, i &lt; m (package-private for the tests). */
    static Fronts.RecordSet pieces() {
        return PIECES;
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int m = numberOfObjectives();
        int k = x.length - m + 1;
        double s = 0;
        for (int i = m - 1; i < x.length; i++) {
            s += x[i];
        }
        double g = 1 + 9.0 / k * s;
        double[] f = new double[m];
        double h = m;
        for (int i = 0; i < m - 1; i++) {
            f[i] = x[i];
            h -= f[i] / (1 + g) * (1 + Math.sin(3 * Math.PI * f[i]));
        }
        f[m - 1] = (1 + g) * h;
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
        double[] axis = PIECES.sample(Fronts.perAxis(n, m - 1));
        double[][] axes = new double[m - 1][];
        java.util.Arrays.fill(axes, axis);
        double[][] pos = Fronts.grid(axes);
        double[][] out = new double[pos.length][m];
        for (int r = 0; r < pos.length; r++) {
            double fm = 2 * m;
            for (int i = 0; i < m - 1; i++) {
                out[r][i] = pos[r][i];
                fm -= psi(pos[r][i]);
            }
            out[r][m - 1] = fm;
        }
        return out;
    }
}
