package org.mo4j.problems.dtlz;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.internal.Dtlz;

/**
 * DTLZ4 (Deb, Thiele, Laumanns, Zitzler 2005, "Scalable test problems for evolutionary
 * multiobjective optimization", in Evolutionary Multiobjective Optimization, Springer,
 * pp. 105–145): any m ≥ 2 objectives.
 *
 * <p>DTLZ2 with the position variables mapped x_i ↦ x_i^α, α = 100 (the paper's), which
 * biases solutions towards the f_m–f_1 planes: θ_i = x_i^α π/2, g = Σ_{x_M} (x_i − 0.5)².
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
public final class Dtlz4 extends AbstractBenchmarkProblem {

    /** The paper's k for DTLZ4. */
    static final int DEFAULT_K = 10;

    /**
     * DTLZ4 with m objectives and n = m + 10 − 1 variables.
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Dtlz4(int objectives) {
        this(objectives, AbstractBenchmarkProblem.checkObjectives(objectives) + DEFAULT_K - 1);
    }

    /**
     * @param objectives m ≥ 2
     * @param variables  n ≥ m (k = n − m + 1)
     * @throws IllegalArgumentException if {@code objectives < 2} or {@code variables < objectives}
     */
    public Dtlz4(int objectives, int variables) {
        super(
                "DTLZ4",
                Dtlz.checkSizes(objectives, variables),
                objectives,
                Dtlz.unitBox(variables),
                filled(objectives, 1.1));
    }

    /** The paper's α. */
    static final double ALPHA = 100;

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int m = numberOfObjectives();
        return Evaluation.of(Dtlz.sphere(Dtlz.angles(x, m, ALPHA), m, 1 + Dtlz.sphereG(x, m)));
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
