package org.mo4j.morl.pgmorl;

import java.util.ArrayList;
import java.util.List;

/**
 * PGMORL's prediction model ({@code morl/population_2d.py:predict_hyperbolic}): for each objective
 * j, the improvement Δf_j a policy gains when trained towards weight w is modelled by the
 * hyperbolic curve f(x) = A·(e^{a(x−b)} − 1)/(e^{a(x−b)} + 1) + c of x = w_j (w normalised to sum
 * 1), fitted to the history of nearby policies: the edges leaving every graph node whose returns
 * lie within a relative threshold (0.1, doubled with the kernel width σ = 0.03 until more than 3
 * distinct weights are found), each weighted by exp(−(d/σ)²/2) for d the relative distance of its
 * returns, by a soft-ℓ1 robust least squares (scale 20) under the code's bounds A ∈ [0, clip(max Δ
 * − min Δ, 1, 500)], a ∈ [0.1, 20], b ∈ [−5, 5], c ∈ [−500, 500] from the start (1, 1, 1, 1).
 * The code calls scipy's trust-region reflective solver; this is a trust-region Levenberg–Marquardt
 * on iteratively reweighted residuals (initial radius |x0| = 2, sized from the start as scipy
 * sizes its own), with parameters on a bound held there while their descent leaves the box
 * (Bertsekas' projected Newton). The fit is not convex: on 60 seeded cases fitted by scipy ({@code PredictionModelScipyTest}) it reaches scipy's
 * loss on 51, a lower one on 5 and another local minimum on 4.
 * Two guards the code lacks: a zero return is divided as 10⁻⁸ (the code divides by zero), and the
 * threshold stops doubling after 40 times with whatever data there is (the code loops for ever).
 * Cost O(nodes·m) per threshold try plus O(iterations·data) per objective fit.
 */
final class PredictionModel {

    static final int PARAMETERS = 4;
    private static final double F_SCALE = 20;
    private static final double[] LOWER = {0, 0.1, -5, -500};
    private static final double[] UPPER_REST = {20, 5, 500};

    private PredictionModel() {}

    /** f(x) for parameters (A, a, b, c). */
    static double curve(double[] p, double x) {
        return p[0] * Math.tanh(0.5 * p[1] * (x - p[2])) + p[3];
    }

    /**
     * The bounded soft-ℓ1 fit of the curve to (x, y) with residual weights w, from (1, 1, 1, 1).
     *
     * @param upperA the upper bound of A
     */
    static double[] fit(double[] x, double[] y, double[] w, double upperA) {
        double[] lo = LOWER;
        double[] hi = {upperA, UPPER_REST[0], UPPER_REST[1], UPPER_REST[2]};
        double[] p = new double[PARAMETERS];
        for (int k = 0; k < PARAMETERS; k++) {
            p[k] = Math.min(hi[k], Math.max(lo[k], 1.0));
        }
        int n = x.length;
        double[] r = new double[n];
        double[][] jac = new double[n][PARAMETERS];
        double cost = cost(p, x, y, w);
        double mu = 1e-3;
        double radius = 2; // |x0| for the start (1, 1, 1, 1)
        double[][] h = new double[PARAMETERS][PARAMETERS];
        double[] g = new double[PARAMETERS];
        double[] trial = new double[PARAMETERS];
        for (int it = 0; it < 500 && mu < 1e12; it++) {
            for (int i = 0; i < n; i++) {
                double t = Math.tanh(0.5 * p[1] * (x[i] - p[2]));
                double s = 0.5 * (1 - t * t);
                r[i] = (p[0] * t + p[3] - y[i]) * w[i];
                jac[i][0] = t * w[i];
                jac[i][1] = p[0] * (x[i] - p[2]) * s * w[i];
                jac[i][2] = -p[0] * p[1] * s * w[i];
                jac[i][3] = w[i];
            }
            for (int a = 0; a < PARAMETERS; a++) {
                g[a] = 0;
                for (int b = 0; b < PARAMETERS; b++) {
                    h[a][b] = 0;
                }
            }
            for (int i = 0; i < n; i++) {
                double z = (r[i] / F_SCALE) * (r[i] / F_SCALE);
                double rho1 = 1 / Math.sqrt(1 + z);
                for (int a = 0; a < PARAMETERS; a++) {
                    g[a] += rho1 * r[i] * jac[i][a];
                    for (int b = 0; b < PARAMETERS; b++) {
                        h[a][b] += rho1 * jac[i][a] * jac[i][b];
                    }
                }
            }
            // Bound-constrained step (Bertsekas' projected Newton): a parameter on a bound whose
            // descent direction leaves the box is held; the damped system is solved for the rest.
            boolean[] held = new boolean[PARAMETERS];
            double projectedGradient = 0;
            for (int k = 0; k < PARAMETERS; k++) {
                double slack = 1e-10 * Math.max(1, Math.abs(hi[k]) + Math.abs(lo[k]));
                held[k] = (p[k] <= lo[k] + slack && g[k] > 0) || (p[k] >= hi[k] - slack && g[k] < 0);
                if (!held[k]) {
                    projectedGradient = Math.max(projectedGradient, Math.abs(g[k]));
                }
            }
            if (projectedGradient <= 1e-12 * Math.max(1, cost)) {
                return p;
            }
            boolean accepted = false;
            while (!accepted && mu < 1e12) {
                double[] step = solveDamped(h, g, mu, held);
                double norm = 0;
                for (int k = 0; k < PARAMETERS; k++) {
                    norm += step[k] * step[k];
                }
                norm = Math.sqrt(norm);
                if (norm > radius) {
                    mu = Math.max(mu * 4, 1e-9);
                    continue;
                }
                double moved = 0;
                for (int k = 0; k < PARAMETERS; k++) {
                    trial[k] = Math.min(hi[k], Math.max(lo[k], p[k] + step[k]));
                    moved += Math.abs(trial[k] - p[k]);
                }
                if (moved < 1e-14) {
                    return p;
                }
                double predicted = 0;
                for (int a = 0; a < PARAMETERS; a++) {
                    double hs = 0;
                    for (int b = 0; b < PARAMETERS; b++) {
                        hs += h[a][b] * step[b];
                    }
                    predicted -= g[a] * step[a] + 0.5 * step[a] * hs;
                }
                double c = cost(trial, x, y, w);
                double ratio = predicted > 0 ? 0.5 * (cost - c) / predicted : -1;
                if (c < cost) {
                    boolean converged = cost - c <= 1e-15 * Math.max(1, cost);
                    System.arraycopy(trial, 0, p, 0, PARAMETERS);
                    cost = c;
                    mu = Math.max(mu / 3, 1e-12);
                    if (ratio > 0.75) {
                        radius = Math.max(radius, 2 * norm);
                    } else if (ratio < 0.25) {
                        radius = 0.25 * norm;
                    }
                    accepted = true;
                    if (converged) {
                        return p;
                    }
                } else {
                    radius = 0.25 * norm;
                    mu *= 4;
                }
            }
        }
        return p;
    }

    /** Σ 2·s²(√(1 + (r/s)²) − 1), the soft-ℓ1 loss of the weighted residuals. */
    static double cost(double[] p, double[] x, double[] y, double[] w) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double r = (curve(p, x[i]) - y[i]) * w[i];
            double z = (r / F_SCALE) * (r / F_SCALE);
            sum += 2 * F_SCALE * F_SCALE * (Math.sqrt(1 + z) - 1);
        }
        return sum;
    }

    /** The damped Gauss–Newton step, zero in the held parameters. */
    private static double[] solveDamped(double[][] h, double[] g, double mu, boolean[] held) {
        int k = PARAMETERS;
        double[][] a = new double[k][k + 1];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                a[i][j] = held[i] || held[j] ? 0 : h[i][j];
            }
            a[i][i] = held[i] ? 1 : a[i][i] + mu * (h[i][i] + 1e-9);
            a[i][k] = held[i] ? 0 : -g[i];
        }
        for (int c = 0; c < k; c++) {
            int piv = c;
            for (int i = c + 1; i < k; i++) {
                if (Math.abs(a[i][c]) > Math.abs(a[piv][c])) {
                    piv = i;
                }
            }
            double[] tmp = a[c];
            a[c] = a[piv];
            a[piv] = tmp;
            if (a[c][c] == 0) {
                continue;
            }
            for (int i = c + 1; i < k; i++) {
                double f = a[i][c] / a[c][c];
                for (int j = c; j <= k; j++) {
                    a[i][j] -= f * a[c][j];
                }
            }
        }
        double[] s = new double[k];
        for (int i = k - 1; i >= 0; i--) {
            double v = a[i][k];
            for (int j = i + 1; j < k; j++) {
                v -= a[i][j] * s[j];
            }
            s[i] = a[i][i] == 0 ? 0 : v / a[i][i];
        }
        return s;
    }

    /**
     * The predicted returns of the policy at {@code node} after training towards each of
     * {@code testWeights} (any positive scale; normalised to sum 1 here).
     */
    static double[][] predict(OptGraph graph, int node, double[][] testWeights) {
        double[] o = graph.objs.get(node);
        int m = o.length;
        double threshold = 0.1;
        double sigma = 0.03;
        List<double[]> objsData = new ArrayList<>();
        List<double[]> weightsData = new ArrayList<>();
        List<double[]> deltaData = new ArrayList<>();
        for (int tries = 0; ; tries++) {
            objsData.clear();
            weightsData.clear();
            deltaData.clear();
            for (int i = 0; i < graph.size(); i++) {
                double[] oi = graph.objs.get(i);
                boolean near = true;
                for (int j = 0; j < m && near; j++) {
                    near = Math.abs(o[j] - oi[j]) < Math.abs(o[j]) * threshold;
                }
                if (near) {
                    for (int next : graph.succ.get(i)) {
                        objsData.add(oi);
                        weightsData.add(sumNormalised(graph.weights.get(next)));
                        deltaData.add(graph.deltaObjs.get(next));
                    }
                }
            }
            if (distinct(weightsData) > 3 || tries >= 40) {
                break;
            }
            threshold *= 2;
            sigma *= 2;
        }
        double[][] out = new double[testWeights.length][];
        for (int t = 0; t < testWeights.length; t++) {
            out[t] = o.clone();
        }
        int n = objsData.size();
        if (n == 0) {
            return out;
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double[] oi = objsData.get(i);
            double d = 0;
            for (int j = 0; j < m; j++) {
                double rel = Math.abs(oi[j] - o[j]) / Math.max(Math.abs(o[j]), 1e-8);
                d += rel * rel;
            }
            d = Math.sqrt(d);
            w[i] = Math.exp(-((d / sigma) * (d / sigma)) / 2);
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int j = 0; j < m; j++) {
            double ymin = Double.POSITIVE_INFINITY;
            double ymax = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                x[i] = weightsData.get(i)[j];
                y[i] = deltaData.get(i)[j];
                ymin = Math.min(ymin, y[i]);
                ymax = Math.max(ymax, y[i]);
            }
            double[] p = fit(x, y, w, Math.min(500, Math.max(1, ymax - ymin)));
            for (int t = 0; t < testWeights.length; t++) {
                double[] tw = sumNormalised(testWeights[t]);
                out[t][j] += curve(p, tw[j]);
            }
        }
        return out;
    }

    static double[] sumNormalised(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v;
        }
        double[] out = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            out[j] = w[j] / s;
        }
        return out;
    }

    /** The number of weights no earlier weight is within 10⁻⁵ of (stops counting past 3). */
    private static int distinct(List<double[]> ws) {
        int count = 0;
        for (int i = 0; i < ws.size() && count <= 3; i++) {
            boolean fresh = true;
            for (int k = 0; k < i && fresh; k++) {
                double d = 0;
                for (int j = 0; j < ws.get(i).length; j++) {
                    double e = ws.get(i)[j] - ws.get(k)[j];
                    d += e * e;
                }
                fresh = Math.sqrt(d) >= 1e-5;
            }
            if (fresh) {
                count++;
            }
        }
        return count;
    }
}
