package org.mo4j.problems.maf;

import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.wfg.Wfg2;

/**
 * MaF11 (Cheng, Li, Tian, Zhang, Yang, Jin, Yao 2017, "A benchmark test suite for evolutionary
 * many-objective optimization", Complex &amp; Intelligent Systems 3, pp. 67–81): WFG2: a convex,
 * disconnected front, any m ≥ 2 objectives.
 *
 * <p>The paper defines MaF11 as WFG2 (Huband, Hingston, Barone, While 2006) with k = m − 1
 * position and L = 10 distance parameters; this class evaluates a {@link Wfg2} of those sizes,
 * and so has its bounds (z_i ∈ [0, 2i]), Pareto set, {@link #trueFront(int) true front} and
 * reference point (3, 5, …, 2m + 1) (see there).
 *
 * <ul>
 * <li>Variables: n = m − 1 + L, default L = 10 (the paper's) with L even (WFG2 pairs its distance
 * parameters).</li>
 * </ul>
 *
 * <p>{@code evaluate} costs what WFG2's does.
 */
public final class Maf11 extends WfgInstance {

    /**
     * MaF11 with m objectives and n = m + 9 variables (k = m − 1, L = 10).
     *
     * @throws IllegalArgumentException if {@code objectives < 2}
     */
    public Maf11(int objectives) {
        this(objectives, AbstractBenchmarkProblem.checkObjectives(objectives) + 9);
    }

    /**
     * @param objectives m ≥ 2
     * @param variables  n ≥ m (L = n − m + 1 distance parameters, even)
     * @throws IllegalArgumentException if {@code objectives < 2} or {@code variables < objectives} or L is odd
     */
    public Maf11(int objectives, int variables) {
        this(new Wfg2(objectives, objectives - 1, checkVariables(objectives, variables)));
    }

    private Maf11(Wfg2 wfg) {
        super("MaF11", wfg);
    }

    private static int checkVariables(int objectives, int variables) {
        int l = distanceParameters(objectives, variables);
        if (l % 2 != 0) {
            throw new IllegalArgumentException("variables - objectives + 1 must be even for MaF11 (WFG2's l), was " + l
                    + " (variables " + variables + ")");
        }
        return l;
    }
}
