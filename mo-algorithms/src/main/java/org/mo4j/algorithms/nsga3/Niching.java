package org.mo4j.algorithms.nsga3;

import java.util.random.RandomGenerator;

/**
 * NSGA-III's normalisation, association and niche-preserving selection (Deb &amp; Jain 2014,
 * §IV-C to IV-E), on objective vectors. Holds the reference directions and the extreme points
 * carried from one generation to the next; one instance per run, not thread-safe.
 */
final class Niching {

    private static final double ASF_OFF_AXIS = 1e-6;
    private static final double MIN_INTERCEPT = 1e-6;

    private final int m;
    private final double[][] unit; // reference directions scaled to unit length
    private double[][] extremes; // extreme points of the previous generation, or null

    Niching(double[][] directions) {
        this.m = directions[0].length;
        this.unit = new double[directions.length][m];
        for (int j = 0; j < directions.length; j++) {
            double norm = 0;
            for (double w : directions[j]) {
                norm += w * w;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < m; i++) {
                unit[j][i] = directions[j][i] / norm;
            }
        }
    }

    /**
     * Chooses {@code k} members of {@code last} to join {@code chosen}.
     *
     * @param f       the objective vectors of S_t = chosen ∪ last (indexed by the entries below)
     * @param chosen  the members of the fronts F_1 .. F_{l−1}, already selected
     * @param last    the members of the last front F_l
     * @param first   the members of the first front of S_t (for extreme points and the fallback nadir)
     * @param k       how many of {@code last} to select, {@code 0 < k < last.length}
     * @return the selected members of {@code last}
     */
    int[] select(double[][] f, int[] chosen, int[] last, int[] first, int k, RandomGenerator rng) {
        int s = chosen.length + last.length;
        int[] all = new int[s];
        System.arraycopy(chosen, 0, all, 0, chosen.length);
        System.arraycopy(last, 0, all, chosen.length, last.length);

        double[] ideal = new double[m];
        java.util.Arrays.fill(ideal, Double.POSITIVE_INFINITY);
        for (int i : all) {
            for (int d = 0; d < m; d++) {
                ideal[d] = Math.min(ideal[d], f[i][d]);
            }
        }
        double[] scale = intercepts(f, all, first, ideal);

        // association: nearest reference line in the normalised space
        int refs = unit.length;
        int[] niche = new int[s];
        double[] distance = new double[s];
        double[] p = new double[m];
        for (int a = 0; a < s; a++) {
            double[] row = f[all[a]];
            double norm2 = 0;
            for (int d = 0; d < m; d++) {
                p[d] = (row[d] - ideal[d]) / scale[d];
                norm2 += p[d] * p[d];
            }
            int best = 0;
            double bestD2 = Double.POSITIVE_INFINITY;
            for (int j = 0; j < refs; j++) {
                double[] u = unit[j];
                double dot = 0;
                for (int d = 0; d < m; d++) {
                    dot += p[d] * u[d];
                }
                double d2 = norm2 - dot * dot;
                if (d2 < bestD2) {
                    bestD2 = d2;
                    best = j;
                }
            }
            niche[a] = best;
            distance[a] = Math.sqrt(Math.max(0, bestD2));
        }

        // niche counts of the already chosen members, and the candidates of the last front per niche
        int[] count = new int[refs];
        for (int a = 0; a < chosen.length; a++) {
            count[niche[a]]++;
        }
        int[] candidates = new int[refs];
        for (int a = chosen.length; a < s; a++) {
            candidates[niche[a]]++;
        }
        int[] start = new int[refs + 1];
        for (int j = 0; j < refs; j++) {
            start[j + 1] = start[j] + candidates[j];
        }
        int[] members = new int[last.length];
        int[] fill = start.clone();
        for (int a = chosen.length; a < s; a++) {
            members[fill[niche[a]]++] = a - chosen.length;
        }
        int[] remaining = candidates.clone(); // members[start[j] .. start[j] + remaining[j]) are still free
        boolean[] excluded = new boolean[refs];
        int[] out = new int[k];
        int[] minNiches = new int[refs];
        int selected = 0;
        while (selected < k) {
            int min = Integer.MAX_VALUE;
            int ties = 0;
            for (int j = 0; j < refs; j++) {
                if (excluded[j]) {
                    continue;
                }
                if (count[j] < min) {
                    min = count[j];
                    ties = 0;
                }
                if (count[j] == min) {
                    minNiches[ties++] = j;
                }
            }
            int j = minNiches[ties == 1 ? 0 : rng.nextInt(ties)];
            if (remaining[j] == 0) {
                excluded[j] = true;
                continue;
            }
            int pick;
            if (count[j] == 0) {
                pick = start[j];
                for (int q = start[j] + 1; q < start[j] + remaining[j]; q++) {
                    if (distance[chosen.length + members[q]] < distance[chosen.length + members[pick]]) {
                        pick = q;
                    }
                }
            } else {
                pick = start[j] + (remaining[j] == 1 ? 0 : rng.nextInt(remaining[j]));
            }
            out[selected++] = last[members[pick]];
            // remove the pick by moving the last free member of niche j into its place
            members[pick] = members[start[j] + remaining[j] - 1];
            remaining[j]--;
            count[j]++;
        }
        return out;
    }

    /**
     * The intercepts a_i − z_i of the hyperplane through the extreme points (found by the
     * achievement scalarising function with weights 1e-6 off the axis, among the first front and
     * the previous extremes); when the system is singular or an intercept is not above 1e-6, the
     * worst values of the first front (then of S_t) minus the ideal point. Intercepts are capped at
     * the worst values of S_t.
     */
    private double[] intercepts(double[][] f, int[] all, int[] first, double[] ideal) {
        int candidates = first.length + (extremes == null ? 0 : m);
        double[][] ext = new double[m][];
        for (int axis = 0; axis < m; axis++) {
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < candidates; c++) {
                double[] row = c < first.length ? f[first[c]] : extremes[c - first.length];
                double asf = Double.NEGATIVE_INFINITY;
                for (int d = 0; d < m; d++) {
                    double v = row[d] - ideal[d];
                    if (v < 1e-3) {
                        v = 0; // as pymoo: points at the ideal in an objective do not spoil the ASF
                    }
                    asf = Math.max(asf, v / (d == axis ? 1.0 : ASF_OFF_AXIS));
                }
                if (asf < best) {
                    best = asf;
                    ext[axis] = row;
                }
            }
        }
        extremes = ext;
        double[] scale = solveIntercepts(ext, ideal);
        if (scale != null) {
            // as pymoo: an intercept beyond the worst value in S_t extrapolates past the population;
            // cap it there
            for (int d = 0; d < m; d++) {
                double worst = Double.NEGATIVE_INFINITY;
                for (int i : all) {
                    worst = Math.max(worst, f[i][d]);
                }
                scale[d] = Math.min(scale[d], Math.max(worst - ideal[d], MIN_INTERCEPT));
            }
        }
        if (scale == null) {
            scale = new double[m];
            for (int d = 0; d < m; d++) {
                double worst = Double.NEGATIVE_INFINITY;
                for (int i : first) {
                    worst = Math.max(worst, f[i][d]);
                }
                if (worst - ideal[d] <= MIN_INTERCEPT) {
                    for (int i : all) {
                        worst = Math.max(worst, f[i][d]);
                    }
                }
                scale[d] = Math.max(worst - ideal[d], MIN_INTERCEPT);
            }
        }
        return scale;
    }

    /** Solves (E − z) b = 1 by Gaussian elimination with partial pivoting; intercepts 1/b_i, or null. */
    private double[] solveIntercepts(double[][] ext, double[] ideal) {
        double[][] a = new double[m][m + 1];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < m; c++) {
                a[r][c] = ext[r][c] - ideal[c];
            }
            a[r][m] = 1.0;
        }
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int r = col + 1; r < m; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-12) {
                return null;
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int r = col + 1; r < m; r++) {
                double factor = a[r][col] / a[col][col];
                for (int c = col; c <= m; c++) {
                    a[r][c] -= factor * a[col][c];
                }
            }
        }
        double[] b = new double[m];
        for (int r = m - 1; r >= 0; r--) {
            double v = a[r][m];
            for (int c = r + 1; c < m; c++) {
                v -= a[r][c] * b[c];
            }
            b[r] = v / a[r][r];
        }
        double[] intercepts = new double[m];
        for (int d = 0; d < m; d++) {
            intercepts[d] = 1.0 / b[d];
            if (!(intercepts[d] > MIN_INTERCEPT) || !Double.isFinite(intercepts[d])) {
                return null;
            }
        }
        return intercepts;
    }
}
