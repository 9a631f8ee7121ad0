package org.mo4j.algorithms.operators;

import java.util.random.RandomGenerator;
import org.mo4j.algorithms.internal.Indices;

/**
 * Binary tournament over a population described by parallel arrays: two distinct members are
 * drawn uniformly and the better one wins.
 *
 * <ul>
 * <li>{@link #crowded} — NSGA-II's crowded comparison (Deb et al. 2002): lower rank wins, then
 * larger crowding distance, then a fair coin. With ranks from constrained non-dominated sorting
 * this is constrained-domination aware (feasible solutions always have lower ranks than infeasible
 * ones, and infeasible ones are ranked by violation).</li>
 * <li>{@link #constrained} — Jain &amp; Deb 2014's tournament for constrained NSGA-III: a feasible
 * member beats an infeasible one, of two infeasible members the smaller violation wins, otherwise
 * a fair coin.</li>
 * </ul>
 * O(1) per selection; stateless.
 */
public final class TournamentSelection {

    private TournamentSelection() {}

    /**
     * The index of the winner of a crowded-comparison tournament among {@code size} members.
     *
     * @param rank     the (constrained) non-domination rank of each member
     * @param crowding the crowding distance of each member within its front
     * @param size     the number of members, ≥ 2
     */
    public static int crowded(int[] rank, double[] crowding, int size, RandomGenerator rng) {
        int a = rng.nextInt(size);
        int b = Indices.other(rng, size, a);
        if (rank[a] != rank[b]) {
            return rank[a] < rank[b] ? a : b;
        }
        if (crowding[a] != crowding[b]) {
            return crowding[a] > crowding[b] ? a : b;
        }
        return rng.nextBoolean() ? a : b;
    }

    /**
     * The index of the winner of a feasibility tournament among {@code size} members.
     *
     * @param violation the total violation of each member (0 = feasible)
     * @param size      the number of members, ≥ 2
     */
    public static int constrained(double[] violation, int size, RandomGenerator rng) {
        int a = rng.nextInt(size);
        int b = Indices.other(rng, size, a);
        if (violation[a] != violation[b]) {
            return violation[a] < violation[b] ? a : b;
        }
        return rng.nextBoolean() ? a : b;
    }
}
