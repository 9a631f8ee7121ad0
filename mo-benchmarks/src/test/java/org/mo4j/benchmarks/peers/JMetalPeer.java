package org.mo4j.benchmarks.peers;

import java.util.ArrayList;
import java.util.List;
import org.mo4j.benchmarks.jmh.Fronts;
import org.uma.jmetal.qualityindicator.impl.hypervolume.impl.WFGHypervolume;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;
import org.uma.jmetal.solution.doublesolution.impl.DefaultDoubleSolution;
import org.uma.jmetal.util.bounds.Bounds;
import org.uma.jmetal.util.ranking.Ranking;
import org.uma.jmetal.util.ranking.impl.FastNonDominatedSortRanking;
import org.uma.jmetal.util.ranking.impl.MergeNonDominatedSortRanking;

/**
 * jMetal 6.6 as a peer: its WFG hypervolume and its two rankings (fast non-dominated sort, and
 * merge non-dominated sort, the faster one).
 *
 * <p>jMetal 6.6's {@code WFGHypervolume} measures against the reference point (1, ..., 1) whatever
 * point it is given, and returns wrong values when the input holds dominated points or points
 * outside the reference box (both seen on the shared reference data). To compare fairly, the input
 * is prepared once, outside the measurement: mapped affinely by {@code (f_i - lo_i) / (ref_i - lo_i)}
 * with {@code lo_i = min(0, min f_i)}, which sends the reference point to (1, ..., 1), keeps every
 * coordinate non-negative (jMetal clips negative ones) and preserves dominance; then reduced to its
 * distinct non-dominated points inside the box. The result is multiplied back by the product of
 * {@code ref_i - lo_i}. The preparation favours the peer: mo4j is timed on the raw input.
 */
public final class JMetalPeer {

    private JMetalPeer() {}

    /**
     * jMetal's input for {@code front}: scaled so that {@code ref} becomes (1, ..., 1), keeping only
     * the distinct non-dominated points that strictly dominate it (O(n²), done once in set-up).
     */
    public static double[][] prepare(double[][] front, double[] ref) {
        double[] lo = lower(front, ref);
        double[][] kept = Fronts.nondominatedInside(front, ref);
        double[][] scaled = new double[kept.length][ref.length];
        for (int i = 0; i < kept.length; i++) {
            for (int j = 0; j < ref.length; j++) {
                scaled[i][j] = (kept[i][j] - lo[j]) / (ref[j] - lo[j]);
            }
        }
        return scaled;
    }

    /** The factor by which to multiply jMetal's result on the prepared front. */
    public static double volumeFactor(double[][] front, double[] ref) {
        double[] lo = lower(front, ref);
        double v = 1;
        for (int j = 0; j < ref.length; j++) {
            v *= ref[j] - lo[j];
        }
        return v;
    }

    private static double[] lower(double[][] front, double[] ref) {
        double[] lo = new double[ref.length];
        for (double[] p : front) {
            for (int j = 0; j < ref.length; j++) {
                lo[j] = Math.min(lo[j], p[j]);
            }
        }
        return lo;
    }

    /** A reusable jMetal WFG indicator for {@code d} objectives. */
    public static WFGHypervolume wfg(int d) {
        double[] unit = new double[d];
        java.util.Arrays.fill(unit, 1.0);
        return new WFGHypervolume(unit);
    }

    /** Hypervolume by jMetal's WFG, in the caller's units. */
    public static double hypervolume(double[][] front, double[] ref) {
        double[][] prepared = prepare(front, ref);
        return prepared.length == 0 ? 0.0 : wfg(ref.length).compute(prepared) * volumeFactor(front, ref);
    }

    /** jMetal solutions carrying {@code points} as objectives (one dummy variable). */
    public static List<DoubleSolution> solutions(double[][] points) {
        List<DoubleSolution> list = new ArrayList<>(points.length);
        List<Bounds<Double>> bounds = List.of(Bounds.create(0.0, 1.0));
        for (double[] p : points) {
            DoubleSolution s = new DefaultDoubleSolution(bounds, p.length, 0);
            for (int j = 0; j < p.length; j++) {
                s.objectives()[j] = p[j];
            }
            list.add(s);
        }
        return list;
    }

    /** A fresh merge non-dominated sort ranking (Moreno et al. 2020), jMetal's fastest. */
    public static Ranking<DoubleSolution> mergeRanking() {
        return new MergeNonDominatedSortRanking<>();
    }

    /** A fresh fast non-dominated sort ranking (Deb et al. 2002), jMetal's default. */
    public static Ranking<DoubleSolution> fastRanking() {
        return new FastNonDominatedSortRanking<>();
    }

    /** 0-based ranks of {@code points} as the given ranking computes them, in input order. */
    public static int[] ranks(Ranking<DoubleSolution> ranking, List<DoubleSolution> solutions) {
        ranking.compute(solutions);
        java.util.IdentityHashMap<DoubleSolution, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < solutions.size(); i++) {
            index.put(solutions.get(i), i);
        }
        int[] r = new int[solutions.size()];
        for (int f = 0; f < ranking.getNumberOfSubFronts(); f++) {
            for (DoubleSolution s : ranking.getSubFront(f)) {
                r[index.get(s)] = f;
            }
        }
        return r;
    }
}
