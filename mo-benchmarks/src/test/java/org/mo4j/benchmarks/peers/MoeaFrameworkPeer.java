package org.mo4j.benchmarks.peers;

import org.moeaframework.core.Solution;
import org.moeaframework.core.attribute.Rank;
import org.moeaframework.core.indicator.WFGHypervolume;
import org.moeaframework.core.population.FastNondominatedSorting;
import org.moeaframework.core.population.NondominatedPopulation;
import org.moeaframework.core.population.NondominatedSorting;
import org.moeaframework.core.population.Population;
import org.moeaframework.problem.AbstractProblem;
import org.moeaframework.problem.Problem;

/**
 * MOEA Framework 5.0 as a peer: its un-normalised WFG hypervolume, which takes the reference point
 * as given (so no scaling is needed), and its two non-dominated sortings.
 *
 * <p>Building a {@link NondominatedPopulation} already removes dominated points (O(n²) work that
 * is done once, outside the measurement): MOEA Framework's hypervolume is timed on the
 * non-dominated subset, while mo4j's is timed on the whole input. That favours the peer.
 */
public final class MoeaFrameworkPeer {

    private MoeaFrameworkPeer() {}

    /** A problem shell with {@code d} objectives; the indicators only ask for the count. */
    public static Problem problem(int d) {
        return new AbstractProblem(0, d) {
            @Override
            public void evaluate(Solution solution) {
                throw new UnsupportedOperationException("objectives are given, not evaluated");
            }

            @Override
            public Solution newSolution() {
                return new Solution(0, d);
            }
        };
    }

    /** Solutions carrying {@code points} as objectives. */
    public static Solution[] solutions(double[][] points) {
        Solution[] s = new Solution[points.length];
        for (int i = 0; i < points.length; i++) {
            s[i] = new Solution(0, points[i].length);
            s[i].setObjectiveValues(points[i]);
        }
        return s;
    }

    /** The non-dominated population of {@code points} (the input of MOEA Framework's indicators). */
    public static NondominatedPopulation nondominated(double[][] points) {
        NondominatedPopulation p = new NondominatedPopulation();
        for (Solution s : solutions(points)) {
            p.add(s);
        }
        return p;
    }

    /** A reusable WFG hypervolume indicator for {@code ref}. */
    public static WFGHypervolume wfg(double[] ref) {
        return new WFGHypervolume(problem(ref.length), ref.clone());
    }

    /** Hypervolume of {@code front} by MOEA Framework's WFG. */
    public static double hypervolume(double[][] front, double[] ref) {
        return wfg(ref).evaluate(nondominated(front));
    }

    /** 0-based ranks by the given sorting, in input order. */
    public static int[] ranks(NondominatedSorting sorting, Solution[] solutions) {
        Population p = new Population(solutions);
        sorting.evaluate(p);
        int[] r = new int[solutions.length];
        for (int i = 0; i < solutions.length; i++) {
            r[i] = Rank.getAttribute(solutions[i]);
        }
        return r;
    }

    /** MOEA Framework's default sorting (Deb et al. 2002, as it implements it). */
    public static NondominatedSorting sorting() {
        return new NondominatedSorting();
    }

    /** MOEA Framework's "fast" variant. */
    public static NondominatedSorting fastSorting() {
        return new FastNondominatedSorting();
    }
}
