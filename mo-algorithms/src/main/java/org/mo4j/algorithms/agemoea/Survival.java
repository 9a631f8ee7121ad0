package org.mo4j.algorithms.agemoea;

import org.mo4j.algorithms.internal.ConstrainedSorting;
import org.mo4j.algorithms.internal.Indices;
import org.mo4j.core.sorting.NonDominatedSorting;

/**
 * AGE-MOEA's environmental selection (Panichella 2019, Algorithms 1–3, as the author's code in
 * PlatEMO states them): constrained non-dominated sorting; the first front is translated by its
 * ideal point and normalised by the intercepts of the hyperplane through its corner solutions; the
 * front's geometry is estimated as the L_p norm whose unit sphere passes through the central point;
 * the first front's survival score is infinite for the corner solutions and, for the others, chosen
 * greedily in order of decreasing score, the sum of the L_p distances to the two nearest already
 * chosen members divided by the member's own L_p norm (diversity over proximity); a later front's
 * score is 1 / its normalised L_p norm. Whole fronts are kept while they fit; the last one is cut by
 * decreasing score.
 *
 * <p>Cost for k solutions in m objectives: the sort, O(k m) for the normalisation (an m × m solve),
 * and O(k₁² m) L_p distances for a first front of k₁ members (each pair once; the two nearest chosen
 * members are kept per remaining solution, so each greedy round is O(k₁)). Allocates O(k) per call.
 */
final class Survival {

    private Survival() {}

    /** The chosen members (indices in order), with their constrained ranks and survival scores. */
    record Selected(int[] members, int[] ranks, double[] scores) {}

    /** A first front's scores, geometry p and normalisation (the divisor of each translated objective). */
    record FrontScore(double[] scores, double p, double[] normalisation) {}

    /** The {@code capacity} solutions of {@code f} (total violations {@code cv}) AGE-MOEA keeps, or all. */
    static Selected select(double[][] f, double[] cv, int capacity) {
        int k = f.length;
        int m = f[0].length;
        int[] ranks = ConstrainedSorting.ranks(f, cv);
        int[][] fronts = NonDominatedSorting.fronts(ranks);
        int last = 0;
        int before = 0;
        while (last < fronts.length - 1 && before + fronts[last].length < capacity) {
            before += fronts[last].length;
            last++;
        }
        double[] score = new double[k];
        int[] first = fronts[0];
        double[][] rows = new double[first.length][];
        double[] ideal = new double[m];
        java.util.Arrays.fill(ideal, Double.POSITIVE_INFINITY);
        for (int i = 0; i < first.length; i++) {
            rows[i] = f[first[i]];
            for (int j = 0; j < m; j++) {
                ideal[j] = Math.min(ideal[j], rows[i][j]);
            }
        }
        FrontScore fs = score(rows, ideal);
        for (int i = 0; i < first.length; i++) {
            score[first[i]] = fs.scores()[i];
        }
        double[] t = new double[m];
        for (int r = 1; r <= last; r++) {
            for (int s : fronts[r]) {
                for (int j = 0; j < m; j++) {
                    t[j] = (f[s][j] - ideal[j]) / fs.normalisation()[j];
                }
                score[s] = 1.0 / norm(t, fs.p());
            }
        }
        int[] chosen = new int[Math.min(capacity, k)];
        int c = 0;
        for (int r = 0; r < last; r++) {
            for (int s : fronts[r]) {
                chosen[c++] = s;
            }
        }
        int[] cut = fronts[last].clone();
        double[] negated = new double[k];
        for (int s : cut) {
            negated[s] = -score[s];
        }
        Indices.sortByKey(cut, negated); // decreasing score, ties in index order
        for (int i = 0; c < chosen.length; i++) {
            chosen[c++] = cut[i];
        }
        int[] chosenRanks = new int[chosen.length];
        double[] chosenScores = new double[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            chosenRanks[i] = ranks[chosen[i]];
            chosenScores[i] = score[chosen[i]];
        }
        return new Selected(chosen, chosenRanks, chosenScores);
    }

    /**
     * The survival scores of a first front (rows in any order), with its geometry and normalisation:
     * Algorithm 3 of the paper. A front of fewer members than objectives scores 0 throughout, with
     * p = 1 and the translated maxima as normalisation (the author's code; a zero maximum counts
     * as 1).
     */
    static FrontScore score(double[][] front, double[] ideal) {
        int k = front.length;
        int m = ideal.length;
        double[][] t = new double[k][m];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < m; j++) {
                t[i][j] = front[i][j] - ideal[j];
            }
        }
        double[] scores = new double[k];
        if (k < m) {
            double[] a = maxima(t);
            for (int j = 0; j < m; j++) {
                if (a[j] == 0) {
                    a[j] = 1;
                }
            }
            return new FrontScore(scores, 1.0, a);
        }
        int[] extreme = corners(t);
        double[] a = normalisation(t, extreme);
        for (double[] row : t) {
            for (int j = 0; j < m; j++) {
                row[j] /= a[j];
            }
        }
        boolean[] selected = new boolean[k];
        for (int e : extreme) {
            selected[e] = true;
            scores[e] = Double.POSITIVE_INFINITY;
        }
        double p = geometry(t, selected);
        double[] nn = new double[k];
        for (int i = 0; i < k; i++) {
            nn[i] = norm(t[i], p);
        }
        // the two smallest distances from each remaining member to the chosen ones
        double[] min1 = new double[k];
        double[] min2 = new double[k];
        java.util.Arrays.fill(min1, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(min2, Double.POSITIVE_INFINITY);
        int remaining = 0;
        for (int r = 0; r < k; r++) {
            if (!selected[r]) {
                remaining++;
                for (int s = 0; s < k; s++) {
                    if (selected[s]) {
                        push(min1, min2, r, distance(t[r], t[s], p));
                    }
                }
            }
        }
        for (; remaining > 0; remaining--) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < k; r++) {
                if (!selected[r]) {
                    double sum = min2[r] == Double.POSITIVE_INFINITY ? min1[r] : min1[r] + min2[r];
                    double value = nn[r] > 0 ? sum / nn[r] : Double.POSITIVE_INFINITY;
                    if (best < 0 || value > bestValue) {
                        best = r;
                        bestValue = value;
                    }
                }
            }
            selected[best] = true;
            scores[best] = bestValue;
            for (int r = 0; r < k; r++) {
                if (!selected[r]) {
                    push(min1, min2, r, distance(t[r], t[best], p));
                }
            }
        }
        return new FrontScore(scores, p, a);
    }

    private static void push(double[] min1, double[] min2, int r, double d) {
        if (d < min1[r]) {
            min2[r] = min1[r];
            min1[r] = d;
        } else if (d < min2[r]) {
            min2[r] = d;
        }
    }

    /**
     * The corner solutions of a translated front: for each axis i the member nearest (in
     * perpendicular distance) to the line through the origin along e_i + 10⁻⁶ (the lower index on a
     * tie; a member may be the corner of several axes); every member when there are at most m.
     */
    static int[] corners(double[][] t) {
        int k = t.length;
        int m = t[0].length;
        if (k <= m) {
            return Indices.identity(k);
        }
        int[] out = new int[m];
        double[] w = new double[m];
        for (int i = 0; i < m; i++) {
            java.util.Arrays.fill(w, 1e-6);
            w[i] += 1;
            double best = Double.POSITIVE_INFINITY;
            for (int s = 0; s < k; s++) {
                double d = lineDistance(t[s], w);
                if (d < best) {
                    best = d;
                    out[i] = s;
                }
            }
        }
        return out;
    }

    /**
     * The divisor of each translated objective: the intercepts 1/h of the hyperplane h · x = 1
     * through the corner solutions, or, when two corners coincide, the system is singular, or an
     * intercept is negative or not finite, the largest translated value; a zero divisor counts as 1.
     */
    static double[] normalisation(double[][] t, int[] extreme) {
        int m = t[0].length;
        double[] a = null;
        boolean distinct = extreme.length == m;
        for (int i = 0; i < extreme.length && distinct; i++) {
            for (int j = i + 1; j < extreme.length; j++) {
                distinct &= extreme[i] != extreme[j];
            }
        }
        if (distinct) {
            double[][] system = new double[m][];
            for (int i = 0; i < m; i++) {
                system[i] = t[extreme[i]];
            }
            double[] h = solve(system);
            if (h != null) {
                a = new double[m];
                for (int j = 0; j < m; j++) {
                    if (!(h[j] >= 0) || Double.isInfinite(h[j])) {
                        a = null;
                        break;
                    }
                    a[j] = 1.0 / h[j];
                    if (Double.isInfinite(a[j])) {
                        a = null;
                        break;
                    }
                }
            }
        }
        if (a == null) {
            a = maxima(t);
        }
        for (int j = 0; j < m; j++) {
            if (a[j] == 0) {
                a[j] = 1;
            }
        }
        return a;
    }

    /**
     * The estimated geometry p of a normalised front: the member nearest to the diagonal (not a
     * corner; the lower index on a tie) is taken to lie on the unit L_p sphere with equal
     * coordinates, so p = ln m / ln(1 / mean of its coordinates); p = 1 when that is not a number
     * or at most 0.1, and at most 20.
     */
    static double geometry(double[][] normalised, boolean[] corner) {
        int m = normalised[0].length;
        double[] diagonal = new double[m];
        java.util.Arrays.fill(diagonal, 1.0);
        int index = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int s = 0; s < normalised.length; s++) {
            if (!corner[s]) {
                double d = lineDistance(normalised[s], diagonal);
                if (d < best) {
                    best = d;
                    index = s;
                }
            }
        }
        double mean = 0;
        for (double v : normalised[index]) {
            mean += v;
        }
        mean /= m;
        double p = Math.log(m) / Math.log(1.0 / mean);
        if (Double.isNaN(p) || p <= 0.1) {
            return 1.0;
        }
        return Math.min(p, 20.0);
    }

    /** The L_p norm (Σ |x_j|^p)^(1/p). */
    static double norm(double[] x, double p) {
        double s = 0;
        if (p == 1) {
            for (double v : x) {
                s += Math.abs(v);
            }
            return s;
        }
        if (p == 2) {
            for (double v : x) {
                s += v * v;
            }
            return Math.sqrt(s);
        }
        for (double v : x) {
            s += Math.pow(Math.abs(v), p);
        }
        return Math.pow(s, 1.0 / p);
    }

    /** The L_p distance between a and b. */
    static double distance(double[] a, double[] b, double p) {
        double s = 0;
        if (p == 1) {
            for (int j = 0; j < a.length; j++) {
                s += Math.abs(a[j] - b[j]);
            }
            return s;
        }
        if (p == 2) {
            for (int j = 0; j < a.length; j++) {
                double d = a[j] - b[j];
                s += d * d;
            }
            return Math.sqrt(s);
        }
        for (int j = 0; j < a.length; j++) {
            s += Math.pow(Math.abs(a[j] - b[j]), p);
        }
        return Math.pow(s, 1.0 / p);
    }

    /** The Euclidean distance from x to the line through the origin along w. */
    private static double lineDistance(double[] x, double[] w) {
        double xw = 0;
        double ww = 0;
        for (int j = 0; j < x.length; j++) {
            xw += x[j] * w[j];
            ww += w[j] * w[j];
        }
        double tt = xw / ww;
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            double d = x[j] - tt * w[j];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    private static double[] maxima(double[][] t) {
        int m = t[0].length;
        double[] out = new double[m];
        java.util.Arrays.fill(out, Double.NEGATIVE_INFINITY);
        for (double[] row : t) {
            for (int j = 0; j < m; j++) {
                out[j] = Math.max(out[j], row[j]);
            }
        }
        return out;
    }

    /** The solution of A h = 1 by Gaussian elimination with partial pivoting, or null when singular. */
    private static double[] solve(double[][] rows) {
        int m = rows.length;
        double[][] a = new double[m][m + 1];
        double scale = 0;
        for (int i = 0; i < m; i++) {
            System.arraycopy(rows[i], 0, a[i], 0, m);
            a[i][m] = 1;
            for (int j = 0; j < m; j++) {
                scale = Math.max(scale, Math.abs(rows[i][j]));
            }
        }
        if (scale == 0) {
            return null;
        }
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int r = col + 1; r < m; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) <= 1e-12 * scale) {
                return null;
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int r = col + 1; r < m; r++) {
                double factor = a[r][col] / a[col][col];
                for (int j = col; j <= m; j++) {
                    a[r][j] -= factor * a[col][j];
                }
            }
        }
        double[] h = new double[m];
        for (int r = m - 1; r >= 0; r--) {
            double s = a[r][m];
            for (int j = r + 1; j < m; j++) {
                s -= a[r][j] * h[j];
            }
            h[r] = s / a[r][r];
        }
        return h;
    }
}
