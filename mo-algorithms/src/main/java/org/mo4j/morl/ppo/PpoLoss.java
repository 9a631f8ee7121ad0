package org.mo4j.morl.ppo;

/**
 * The losses of one PPO minibatch as C-MORL's code computes them ({@code algo/ppo.py}), with their
 * gradients: with respect to the new log-probabilities of the taken actions (for the actor) and to
 * the critic's values (for the critic). Pure functions on caller-provided arrays, O(B·m) for B
 * samples and m objectives, no allocation.
 *
 * <p>Gradients are accumulated ({@code +=}) into the output arrays, so several terms add up.
 */
final class PpoLoss {

    private PpoLoss() {}

    /**
     * The clipped surrogate −mean_i min(ρ_i A_i, clip(ρ_i, 1−ε, 1+ε) A_i) with ρ_i = exp(new_i − old_i).
     *
     * @return the loss
     */
    static double clippedSurrogate(
            double[] newLogp, double[] oldLogp, double[] adv, int b, double eps, double[] gradLogp) {
        double loss = 0;
        for (int i = 0; i < b; i++) {
            double ratio = Math.exp(newLogp[i] - oldLogp[i]);
            double s1 = ratio * adv[i];
            double clipped = Math.min(Math.max(ratio, 1 - eps), 1 + eps);
            double s2 = clipped * adv[i];
            if (s1 <= s2) {
                loss -= s1;
                gradLogp[i] -= ratio * adv[i] / b;
            } else {
                loss -= s2;
                if (ratio >= 1 - eps && ratio <= 1 + eps) {
                    gradLogp[i] -= ratio * adv[i] / b;
                }
            }
        }
        return loss / b;
    }

    /**
     * The clipped value loss 0.5·mean_{i,j} max((V − R)², (V_old + clip(V − V_old, −ε, ε) − R)²)
     * over B × m entries (row-major {@code values[i*m + j]}).
     *
     * @return the loss
     */
    static double clippedValueLoss(
            double[] values,
            double[] oldValues,
            double[] returns,
            int b,
            int m,
            double eps,
            double coef,
            double[] gradValues) {
        double loss = 0;
        int n = b * m;
        for (int q = 0; q < n; q++) {
            double v = values[q];
            double d = v - oldValues[q];
            double dc = Math.min(Math.max(d, -eps), eps);
            double vc = oldValues[q] + dc;
            double l1 = (v - returns[q]) * (v - returns[q]);
            double l2 = (vc - returns[q]) * (vc - returns[q]);
            if (l1 >= l2) {
                loss += l1;
                gradValues[q] += coef * (v - returns[q]) / n;
            } else {
                loss += l2;
                if (d >= -eps && d <= eps) {
                    gradValues[q] += coef * (vc - returns[q]) / n;
                }
            }
        }
        return 0.5 * loss / n;
    }

    /**
     * The barrier term of {@link BarrierForm#CODE} or {@link BarrierForm#CODE_AS_WRITTEN} for
     * objective l: {@code meanReturn[j]} is Ḡ_j, the minibatch mean of the normalised return
     * target. With {@code relaxation} the bound βḠ_j becomes {@link Relaxation#bound}(Ḡ_j, β):
     * u_ij = bound − ρ̃_i Ḡ_j.
     *
     * @return the loss term (already divided by t)
     */
    static double codeBarrier(
            BarrierForm form,
            Relaxation relaxation,
            double[] newLogp,
            double[] oldLogp,
            int b,
            int m,
            int l,
            double[] meanReturn,
            double beta,
            double t,
            double eps,
            double[] gradLogp) {
        boolean literal = form == BarrierForm.CODE_AS_WRITTEN;
        int rows = literal && l < b ? b - 1 : b;
        int cols = literal ? m : m - 1;
        if (rows <= 0 || cols <= 0) {
            return 0;
        }
        double count = (double) rows * cols;
        double loss = 0;
        for (int i = 0; i < b; i++) {
            if (literal && i == l) {
                continue;
            }
            double ratio = Math.exp(newLogp[i] - oldLogp[i]);
            boolean inside = ratio >= 1 - eps && ratio <= 1 + eps;
            double rc = Math.min(Math.max(ratio, 1 - eps), 1 + eps);
            double dLdRc = 0;
            for (int j = 0; j < m; j++) {
                if (!literal && j == l) {
                    continue;
                }
                double u = relaxation.bound(meanReturn[j], beta) - rc * meanReturn[j];
                if (u < -0.001) {
                    loss -= Math.log(-u);
                    // d(−log(−u))/d rc = −(−Ḡ_j)/(−u)·(−1)... : −u = (rc − β)Ḡ_j, so d(−log(−u))/drc = −Ḡ_j/(−u)
                    dLdRc -= meanReturn[j] / -u;
                } else {
                    loss -= Math.log(0.001);
                }
            }
            if (inside) {
                gradLogp[i] += dLdRc * ratio / (count * t);
            }
        }
        return loss / (count * t);
    }

    /**
     * The barrier term of {@link BarrierForm#PAPER} for objective l: Ĝ_j = {@code meanReturn[j]} +
     * mean_i ρ̃_i {@code adv[i*m + j]} (de-normalised), constrained to exceed
     * {@link Relaxation#bound}({@code anchor[j]}, β).
     *
     * @return the loss term (already divided by t)
     */
    static double paperBarrier(
            Relaxation relaxation,
            double[] newLogp,
            double[] oldLogp,
            double[] adv,
            int b,
            int m,
            int l,
            double[] meanReturn,
            double[] anchor,
            double beta,
            double t,
            double eps,
            double[] gradLogp) {
        double loss = 0;
        for (int j = 0; j < m; j++) {
            if (j == l) {
                continue;
            }
            double g = meanReturn[j];
            for (int i = 0; i < b; i++) {
                double ratio = Math.exp(newLogp[i] - oldLogp[i]);
                g += Math.min(Math.max(ratio, 1 - eps), 1 + eps) * adv[i * m + j] / b;
            }
            double slack = g - relaxation.bound(anchor[j], beta);
            if (slack > 0.001) {
                loss -= Math.log(slack) / t;
                for (int i = 0; i < b; i++) {
                    double ratio = Math.exp(newLogp[i] - oldLogp[i]);
                    if (ratio >= 1 - eps && ratio <= 1 + eps) {
                        gradLogp[i] -= ratio * adv[i * m + j] / (b * slack * t);
                    }
                }
            } else {
                loss -= Math.log(0.001) / t;
            }
        }
        return loss;
    }
}
