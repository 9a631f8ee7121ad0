package org.mo4j.problems.maf;

import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.wfg.Wfg1;

/**
 * MaF10 (Cheng, Li, Tian, Zhang, Yang, Jin, Yao 2017, "A benchmark test suite for evolutionary
 * many-objective optimization", Complex &amp; Intelligent Systems 3, pp. 67–81): WFG1: a mixed
 * convex and concave front with flat regions and a polynomial bias, any m ≥ 2 objectives.
 *
 * <p>The paper defines MaF10 as WFG1 (Huband, Hingston, Barone, While 2006) with k = m − 1
 * position and L = 10 distance parameters; this class evaluates a {@link Wfg1} of those sizes,
 * and so has its bounds (z_i ∈ [0, 2i]), Pareto set, {@link #trueFront(int) true front} and
 * reference point (3, 5, …, 2m + 1) (see there).
 *
 * <ul>
 * <li>Variables: n = m − 1 + L, default L = 10 (the paper's).</li>
 * </ul>
 *
 * <p>{@code evaluate} costs what WFG1's does.
 */
public final class Maf10 extends WfgInstance {

    /**
     * MaF10 with m objectives and n = m + 9 variables (k = m − 1, L = 10).
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Maf10(int objectives) {
        this(objectives, AbstractBenchmarkProblem.checkObjectives(objectives) + 9);
    }

    /**
     * @param objectives m ≥ 2
     * @param variables  n ≥ m (L = n − m + 1 distance parameters)
     * @throws IllegalArgumentException if {@code objectives < 2} or {@code variables < objectives}
     */
    public Maf10(int objectives, int variables) {
        this(new Wfg1(objectives, objectives - 1, distanceParameters(objectives, variables)));
    }

    private Maf10(Wfg1 wfg) {
        super("MaF10", wfg);
    }
}
