package org.mo4j.problems.dtlz;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Dtlz;

/**
 * DTLZ2 (Deb, Thiele, Laumanns, Zitzler 2005, "Scalable test problems for evolutionary
 * multiobjective optimization", in Evolutionary Multiobjective Optimization, Springer,
 * pp. 105–145): any m ≥ 2 objectives.
 *
 * <p>g = Σ_{x_M} (x_i − 0.5)², f_1 = (1 + g) cos(x_1 π/2) ⋯ cos(x_{m−1} π/2),
 * f_i = (1 + g) cos(x_1 π/2) ⋯ cos(x_{m−i} π/2) sin(x_{m−i+1} π/2), f_m = (1 + g) sin(x_1 π/2):
 * a spherical front.
 *
 * <ul>
 * <li>Variables: n = m + k − 1, default k = 10 (the paper's), each in [0, 1]; the first m − 1 are
 * position variables, the last k the distance variables x_M.</li>
 * <li>Pareto set: x_M = 0.5 (g = 0); front: the unit sphere Σ f_i² = 1, f ≥ 0.</li>
 * <li>{@link #trueFront(int)}: the Das–Dennis lattice (Das, Dennis 1998) whose size
 * C(H + m − 1, m − 1) is closest to n (the smaller H on a tie, H ≥ 1, so at least m points),
 * each direction scaled to norm 1.</li>
 * <li>Reference point (1.1, …, 1.1): 1.1 × the nadir point (1, …, 1), the usual 1.1 × nadir
 * convention (see Ishibuchi et al. 2018, Evolutionary Computation 26(3)).</li>
 * </ul>
 */
public final class Dtlz2 extends AbstractBenchmarkProblem {

    /** The paper's k for DTLZ2. */
    static final int DEFAULT_K = 10;

    /**
     * DTLZ2 with m objectives and n = m + 10 − 1 variables.
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Dtlz2(int objectives) {
        this(objectives, AbstractBenchmarkProblem.checkObjectives(objectives) + DEFAULT_K - 1);
    }

    /**
     * @param objectives m ≥ 2
     * @param variables  n ≥ m (k = n − m + 1)
     * @throws IllegalArgumentException if {@code objectives < 2} or {@code variables < objectives}
     */
    public Dtlz2(int objectives, int variables) {
        super(
                "DTLZ2",
                Dtlz.checkSizes(objectives, variables),
                objectives,
                Dtlz.unitBox(variables),
                filled(objectives, 1.1));
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int m = numberOfObjectives();
        return Evaluation.of(Dtlz.sphere(Dtlz.angles(x, m, 1), m, 1 + Dtlz.sphereG(x, m)));
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        return Dtlz.unitSphereFront(numberOfObjectives(), n);
    }
}
