package org.mo4j.surrogates.psl;

import java.util.Arrays;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.sorting.NonDominatedSorting;

/**
 * SVH-PSL's batch selection (Nguyen et al., "Stein variational hypernetworks for Pareto set
 * learning", AAAI 2025; {@code run_svh.py} of github.com/nguyenduc810/SVH-PSL, lines 260–282):
 * from N candidates' predicted objective vectors, pick B greedily, each maximising the exact
 * hypervolume of (the non-dominated observed points ∪ the candidates already picked ∪ the
 * candidate).
 *
 * <p>The reference point is the code's: the componentwise maximum over the non-dominated observed
 * points and all N candidates, with no offset ({@link #referencePoint}). Every point is minimised.
 * Ties go to the lowest candidate index, as the code's strict {@code >} scan does. Unlike the
 * code, a candidate is never picked twice: the code's "not yet picked" test is commented out, so
 * when no candidate adds hypervolume it picks the lowest index again; here the lowest index not
 * yet picked is taken instead, and {@code B} may not exceed N.
 *
 * <p>Each pick computes N hypervolumes of at most n + B points with {@link Hypervolume#of}:
 * O(B · N · HV(n + B)), e.g. O(B · N · n log n) for three objectives. One sentence of why: the
 * batch should fill the largest gaps of the front the surrogate predicts, measured the way the
 * final result is judged.
 */
public final class GreedyHypervolumeBatch {

    private GreedyHypervolumeBatch() {}

    /**
     * Picks {@code batchSize} candidates greedily by hypervolume gain.
     *
     * @param observed   the evaluated points Y, n × m (only their non-dominated subset is used; may
     *                   be empty)
     * @param candidates the candidates' predicted objective vectors, N × m, N ≥ 1
     * @param batchSize  B, 1 ≤ B ≤ N
     * @return the chosen candidate indices, in the order they were picked, all distinct
     * @throws IllegalArgumentException naming the argument on a null, ragged, non-finite or empty
     *                                  input, a dimension mismatch, or B outside [1, N]
     */
    public static int[] select(double[][] observed, double[][] candidates, int batchSize) {
        int m = Arguments.nonEmptyFront("candidates", candidates);
        Arguments.front("observed", observed, m, "candidates");
        Arguments.positive("batchSize", batchSize);
        if (batchSize > candidates.length) {
            throw new IllegalArgumentException(
                    "batchSize must be at most the number of candidates (" + candidates.length + "), was " + batchSize);
        }
        double[][] front = nonDominated(observed);
        double[] ref = reference(front, candidates, m);

        // the current set, then one slot for the candidate being tried
        double[][] set = Arrays.copyOf(front, front.length + batchSize);
        int size = front.length;
        boolean[] picked = new boolean[candidates.length];
        int[] out = new int[batchSize];
        for (int b = 0; b < batchSize; b++) {
            int best = -1;
            double bestHv = Double.NEGATIVE_INFINITY;
            double[][] trial = Arrays.copyOf(set, size + 1);
            for (int k = 0; k < candidates.length; k++) {
                if (picked[k]) {
                    continue;
                }
                trial[size] = candidates[k];
                double hv = Hypervolume.of(trial, ref);
                if (hv > bestHv) {
                    bestHv = hv;
                    best = k;
                }
            }
            picked[best] = true;
            out[b] = best;
            set[size++] = candidates[best];
        }
        return out;
    }

    /**
     * The reference point SVH-PSL's code uses for its batch selection and its checkpoint score
     * ({@code run_svh.py} lines 226 and 266): the componentwise maximum over the non-dominated
     * subset of {@code observed} and every row of {@code candidates}, with no offset. O(n log n +
     * N) for two or three objectives (the non-dominated sort dominates).
     *
     * @param observed   the evaluated points, n × m (may be empty)
     * @param candidates the predicted points, N × m, N ≥ 1
     * @return a new array of m coordinates
     * @throws IllegalArgumentException naming the argument on bad input
     */
    public static double[] referencePoint(double[][] observed, double[][] candidates) {
        int m = Arguments.nonEmptyFront("candidates", candidates);
        Arguments.front("observed", observed, m, "candidates");
        return reference(nonDominated(observed), candidates, m);
    }

    private static double[] reference(double[][] front, double[][] candidates, int m) {
        double[] ref = new double[m];
        Arrays.fill(ref, Double.NEGATIVE_INFINITY);
        for (double[][] rows : new double[][][] {front, candidates}) {
            for (double[] p : rows) {
                for (int j = 0; j < m; j++) {
                    ref[j] = Math.max(ref[j], p[j]);
                }
            }
        }
        return ref;
    }

    /** The rows of rank 0, in input order (the code's {@code NonDominatedSorting().do(Y)[0]}). */
    private static double[][] nonDominated(double[][] observed) {
        if (observed.length == 0) {
            return new double[0][];
        }
        int[] ranks = NonDominatedSorting.ranks(observed);
        int count = 0;
        for (int r : ranks) {
            if (r == 0) {
                count++;
            }
        }
        double[][] out = new double[count][];
        int next = 0;
        for (int i = 0; i < observed.length; i++) {
            if (ranks[i] == 0) {
                out[next++] = observed[i];
            }
        }
        return out;
    }
}
