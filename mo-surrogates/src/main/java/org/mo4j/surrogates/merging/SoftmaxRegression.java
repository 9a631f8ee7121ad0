package org.mo4j.surrogates.merging;

/**
 * Multinomial logistic (softmax) regression on plain arrays: the small model family of the merging
 * benchmark. Parameters are one flat vector θ of length K·(d+1): row k holds class k's weights
 * then its bias, so task vectors and merges are plain vector arithmetic.
 *
 * <p>Training is full-batch gradient descent on the mean cross-entropy plus (λ/2)‖W‖² (biases not
 * penalised) with a fixed step: deterministic, no randomness. Cost O(steps · n · K · d).
 */
public final class SoftmaxRegression {

    private final int features;
    private final int classes;

    /** A model family for {@code features} inputs and {@code classes} labels. */
    public SoftmaxRegression(int features, int classes) {
        if (features < 1 || classes < 2) {
            throw new IllegalArgumentException(
                    "need features >= 1 and classes >= 2, were " + features + ", " + classes);
        }
        this.features = features;
        this.classes = classes;
    }

    /** The number of parameters K·(d+1). */
    public int parameterCount() {
        return classes * (features + 1);
    }

    /** The number of classes K. */
    public int classes() {
        return classes;
    }

    /**
     * Trains from {@code theta0} (not modified) and returns the trained parameters.
     *
     * @param steps  gradient steps
     * @param rate   step size
     * @param l2     weight decay λ
     */
    public double[] train(double[] theta0, double[][] x, int[] y, int steps, double rate, double l2) {
        double[] theta = theta0.clone();
        int n = x.length;
        int stride = features + 1;
        double[] grad = new double[theta.length];
        double[] p = new double[classes];
        for (int s = 0; s < steps; s++) {
            java.util.Arrays.fill(grad, 0);
            for (int i = 0; i < n; i++) {
                probabilities(theta, x[i], p);
                p[y[i]] -= 1;
                for (int k = 0; k < classes; k++) {
                    int o = k * stride;
                    double g = p[k] / n;
                    for (int j = 0; j < features; j++) {
                        grad[o + j] += g * x[i][j];
                    }
                    grad[o + features] += g;
                }
            }
            for (int k = 0; k < classes; k++) {
                int o = k * stride;
                for (int j = 0; j < features; j++) {
                    grad[o + j] += l2 * theta[o + j];
                }
            }
            for (int j = 0; j < theta.length; j++) {
                theta[j] -= rate * grad[j];
            }
        }
        return theta;
    }

    /** The fraction of examples whose arg-max class is the label. O(n·K·d). */
    public double accuracy(double[] theta, double[][] x, int[] y) {
        int correct = 0;
        int stride = features + 1;
        for (int i = 0; i < x.length; i++) {
            int best = 0;
            double bestZ = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < classes; k++) {
                double z = logit(theta, k * stride, x[i]);
                if (z > bestZ) {
                    bestZ = z;
                    best = k;
                }
            }
            if (best == y[i]) {
                correct++;
            }
        }
        return correct / (double) x.length;
    }

    /** The mean cross-entropy. O(n·K·d). */
    public double loss(double[] theta, double[][] x, int[] y) {
        double[] p = new double[classes];
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            double logSum = logProbabilities(theta, x[i], p);
            total -= p[y[i]] - logSum;
        }
        return total / x.length;
    }

    private double logit(double[] theta, int o, double[] x) {
        double z = theta[o + features];
        for (int j = 0; j < features; j++) {
            z += theta[o + j] * x[j];
        }
        return z;
    }

    private void probabilities(double[] theta, double[] x, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        int stride = features + 1;
        for (int k = 0; k < classes; k++) {
            p[k] = logit(theta, k * stride, x);
            max = Math.max(max, p[k]);
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            p[k] = Math.exp(p[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < classes; k++) {
            p[k] /= sum;
        }
    }

    /** Writes the logits into z and returns log Σ exp(z). */
    private double logProbabilities(double[] theta, double[] x, double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        int stride = features + 1;
        for (int k = 0; k < classes; k++) {
            z[k] = logit(theta, k * stride, x);
            max = Math.max(max, z[k]);
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            sum += Math.exp(z[k] - max);
        }
        return max + Math.log(sum);
    }
}
