package org.mo4j.morl.pgmorl;

import java.util.ArrayList;
import java.util.List;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.indicators.Sparsity;

/**
 * PGMORL's greedy task selection ({@code prediction_guided_selection}): starting from the current
 * front (the archive's returns), n times pick the unpicked candidate whose predicted point,
 * virtually added to the front, maximises H(front') − α·S(front') (hypervolume above the
 * reference point minus α times PGMORL's sparsity, both of the non-dominated points of front'),
 * then add that prediction to the virtual front. Ties go to the first candidate, as the code's
 * strict comparison. Cost O(n·candidates·(HV of the front)).
 */
final class TaskSelection {

    private TaskSelection() {}

    /**
     * The indices of the chosen candidates, in the order chosen (fewer than n when candidates run
     * out).
     *
     * @param predictions the candidates' predicted returns (maximised)
     * @param front       the current front's returns (maximised)
     * @param reference   the hypervolume reference point (maximised)
     */
    static int[] greedy(double[][] predictions, double[][] front, double[] reference, int n, double alpha) {
        List<double[]> virtual = nonDominated(List.of(front));
        boolean[] used = new boolean[predictions.length];
        int[] chosen = new int[Math.min(n, predictions.length)];
        int k = 0;
        for (; k < chosen.length; k++) {
            double best = Double.NEGATIVE_INFINITY;
            int bestId = -1;
            for (int i = 0; i < predictions.length; i++) {
                if (used[i]) {
                    continue;
                }
                List<double[]> nd = with(virtual, predictions[i]);
                double score = hypervolume(nd, reference) - alpha * Sparsity.of(nd.toArray(new double[0][]));
                if (score > best) {
                    best = score;
                    bestId = i;
                }
            }
            if (bestId < 0) {
                break;
            }
            used[bestId] = true;
            chosen[k] = bestId;
            virtual = with(virtual, predictions[bestId]);
        }
        return k == chosen.length ? chosen : java.util.Arrays.copyOf(chosen, k);
    }

    /** The hypervolume of maximised points above {@code reference} (points not above it add nothing). */
    static double hypervolume(List<double[]> points, double[] reference) {
        int m = reference.length;
        List<double[]> neg = new ArrayList<>();
        for (double[] p : points) {
            boolean above = true;
            double[] q = new double[m];
            for (int j = 0; j < m; j++) {
                above &= p[j] > reference[j];
                q[j] = -p[j];
            }
            if (above) {
                neg.add(q);
            }
        }
        double[] ref = new double[m];
        for (int j = 0; j < m; j++) {
            ref[j] = -reference[j];
        }
        return neg.isEmpty() ? 0 : Hypervolume.of(neg.toArray(new double[0][]), ref);
    }

    /**
     * {@code nonDominated} of {@code front} (already mutually non-dominated) followed by {@code p},
     * in O(|front|·m): p is left out if a point of the front weakly dominates it (an equal point
     * comes first and is kept); otherwise the points p dominates leave and p joins at the end.
     */
    static List<double[]> with(List<double[]> front, double[] p) {
        List<double[]> out = new ArrayList<>(front.size() + 1);
        for (double[] q : front) {
            boolean qAtLeast = true;
            boolean pAtLeast = true;
            for (int j = 0; j < p.length; j++) {
                qAtLeast &= q[j] >= p[j];
                pAtLeast &= p[j] >= q[j];
            }
            if (qAtLeast) {
                return front;
            }
            if (!pAtLeast) {
                out.add(q);
            }
        }
        out.add(p);
        return out;
    }

    /** The points no other point dominates (maximised; of equal points the first is kept). */
    static List<double[]> nonDominated(List<double[]> points) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            boolean keep = true;
            for (int k = 0; k < points.size() && keep; k++) {
                double[] q = points.get(k);
                if (k == i) {
                    continue;
                }
                boolean geq = true;
                boolean gt = false;
                for (int j = 0; j < p.length; j++) {
                    if (q[j] < p[j]) {
                        geq = false;
                        break;
                    }
                    gt |= q[j] > p[j];
                }
                // dominated, or an equal point earlier in the list (one copy kept)
                keep = !(geq && (gt || k < i));
            }
            if (keep) {
                out.add(p);
            }
        }
        return out;
    }
}
