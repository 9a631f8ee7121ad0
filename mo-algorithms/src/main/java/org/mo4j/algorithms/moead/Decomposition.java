package org.mo4j.algorithms.moead;

import java.util.Arrays;
import org.mo4j.core.weights.EnergyDirections;

/**
 * The subproblems of a MOEA/D run: N weight vectors, each one's neighbourhood (the T weight vectors
 * nearest to it in Euclidean distance, itself included, ties to the lower index), the ideal point
 * z* and the aggregation function g(f | λ_j, z*). Building costs O(N² (m + T)); g costs O(m). One
 * instance per run (it holds the ideal point); not thread-safe.
 */
final class Decomposition {

    /** What a zero Tchebycheff weight counts as (jMetal's value). */
    static final double ZERO_WEIGHT = 1e-4;

    /** The seed of the Riesz-energy weights used when N is not a simplex-lattice size. */
    static final long WEIGHT_SEED = org.mo4j.algorithms.internal.WeightSets.ENERGY_SEED;

    private final double[][] weights;
    private final double[][] units;
    private final int[][] neighbours;
    private final int[] all;
    private final double[] ideal;
    private final Aggregation aggregation;
    private final double theta;

    Decomposition(double[][] weights, int neighbourhoodSize, Aggregation aggregation, double theta) {
        this.weights = weights;
        this.neighbours = neighbourhoods(weights, Math.min(neighbourhoodSize, weights.length));
        this.aggregation = aggregation;
        this.theta = theta;
        int m = weights[0].length;
        this.units = new double[weights.length][m];
        for (int j = 0; j < weights.length; j++) {
            double norm = 0;
            for (double w : weights[j]) {
                norm += w * w;
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < m; k++) {
                units[j][k] = weights[j][k] / norm;
            }
        }
        this.all = new int[weights.length];
        for (int j = 0; j < all.length; j++) {
            all[j] = j;
        }
        this.ideal = new double[m];
        Arrays.fill(ideal, Double.POSITIVE_INFINITY);
    }

    /**
     * N weight vectors in m objectives: the Das–Dennis simplex lattice when N is one of its sizes
     * C(H + m − 1, m − 1) (always for m = 2: H = N − 1, evenly spaced), else N Riesz s-energy
     * directions ({@link EnergyDirections}, seed {@value #WEIGHT_SEED}); for m = 1, N copies of (1).
     *
     * @throws IllegalArgumentException if N &gt; 10,000 is not a lattice size (the energy limit)
     */
    static double[][] weights(int m, int n) {
        return org.mo4j.algorithms.internal.WeightSets.ofSize(m, n);
    }

    /** For each weight vector, the indices of the {@code t} nearest (itself first), ties to the lower index. */
    static int[][] neighbourhoods(double[][] w, int t) {
        int n = w.length;
        int[][] out = new int[n][t];
        double[] dist = new double[n];
        boolean[] taken = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < w[i].length; k++) {
                    double d = w[i][k] - w[j][k];
                    s += d * d;
                }
                dist[j] = s;
            }
            dist[i] = -1; // itself first, even among duplicates
            Arrays.fill(taken, false);
            for (int r = 0; r < t; r++) {
                int best = -1;
                for (int j = 0; j < n; j++) {
                    if (!taken[j] && (best < 0 || dist[j] < dist[best])) {
                        best = j;
                    }
                }
                taken[best] = true;
                out[i][r] = best;
            }
        }
        return out;
    }

    /** The number of subproblems N. */
    int size() {
        return weights.length;
    }

    /** Subproblem j's neighbourhood B(j) (shared; do not modify). */
    int[] neighbours(int j) {
        return neighbours[j];
    }

    /** Every subproblem, 0..N−1 (shared; do not modify). */
    int[] all() {
        return all;
    }

    /** Moves the ideal point to min(z*, f). */
    void updateIdeal(double[] f) {
        for (int k = 0; k < ideal.length; k++) {
            if (f[k] < ideal[k]) {
                ideal[k] = f[k];
            }
        }
    }

    /** g(f | λ_j, z*). */
    double g(double[] f, int j) {
        if (aggregation == Aggregation.TCHEBYCHEFF) {
            double[] w = weights[j];
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < f.length; k++) {
                double v = (w[k] == 0 ? ZERO_WEIGHT : w[k]) * Math.abs(f[k] - ideal[k]);
                if (v > max) {
                    max = v;
                }
            }
            return max;
        }
        double[] u = units[j];
        double d1 = 0;
        for (int k = 0; k < f.length; k++) {
            d1 += (f[k] - ideal[k]) * u[k];
        }
        double d2 = 0;
        for (int k = 0; k < f.length; k++) {
            double d = f[k] - ideal[k] - d1 * u[k];
            d2 += d * d;
        }
        return Math.abs(d1) + theta * Math.sqrt(d2);
    }
}
