package org.mo4j.surrogates.merging;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.ObjectiveSense;
import org.mo4j.surrogates.map.ExpensiveEvaluator;

/**
 * A real model-merging problem small enough for two CPU cores, the stand-in for the paper's CLIP
 * ViT task vectors (Li et al., ICLR 2025, §5): T related synthetic classification tasks, a
 * "pretrained" softmax-regression model, one model fine-tuned from it per task, task vectors, and
 * the merged model's per-task <em>test</em> accuracy (or cross-entropy) as MAP's expensive metric.
 *
 * <p><b>Data.</b> A base teacher W₀ ∈ ℝ^{K×d} with N(0, 1) entries; task i's teacher is
 * W_i = W₀ + s·Δ_i with Δ_i ~ N(0, 1) entrywise (s = {@code spread}: larger is less related, so
 * more conflict between task vectors). Inputs x ~ N(0, I_d); a label is a draw from softmax(W_i x)
 * (arg max of W_i x plus Gumbel noise), so even the teacher errs. The pretraining data come from W₀.
 *
 * <p><b>Models.</b> θ_pre: softmax regression trained from zero on the pretraining data; θ_i:
 * trained from θ_pre on task i's training split; τ_i = θ_i − θ_pre; θ(c) = θ_pre + Σ c_i τ_i
 * ({@link TaskArithmetic}). Everything is seeded and deterministic.
 *
 * <p><b>Cost.</b> Building: O((pretrain + T·finetune steps) · n · K · d). One evaluation of all tasks:
 * O(T·|θ| + T · n_test · K · d), cheap enough for the thousands of evaluations a merging
 * search makes; calls are counted ({@link #calls()}, thread-safe).
 */
public final class MergingBenchmark implements ExpensiveEvaluator {

    /** Which metric the evaluation returns. */
    public enum Metric {
        /** Test accuracy, maximised (the paper's metric). */
        ACCURACY,
        /** Test cross-entropy, minimised. */
        LOSS
    }

    private final SoftmaxRegression model;
    private final ClassificationTask[] tasks;
    private final TaskArithmetic arithmetic;
    private final Metric metric;
    private final AtomicLong calls = new AtomicLong();

    private MergingBenchmark(Builder b) {
        SplittableRandom rng = new SplittableRandom(b.seed);
        int k = b.classes;
        int d = b.features;
        this.model = new SoftmaxRegression(d, k);
        this.metric = b.metric;
        double[][] w0 = gaussian(k, d, 1.0, rng);
        ClassificationTask pre = task(w0, b.pretrainSize, 1, rng);
        double[] thetaPre = model.train(
                new double[model.parameterCount()], pre.trainX(), pre.trainY(), b.pretrainSteps, b.rate, b.l2);
        this.tasks = new ClassificationTask[b.tasks];
        double[][] finetuned = new double[b.tasks][];
        for (int i = 0; i < b.tasks; i++) {
            double[][] delta = gaussian(k, d, b.spread, rng);
            double[][] wi = new double[k][d];
            for (int a = 0; a < k; a++) {
                for (int j = 0; j < d; j++) {
                    wi[a][j] = w0[a][j] + delta[a][j];
                }
            }
            tasks[i] = task(wi, b.trainSize, b.testSize, rng);
            finetuned[i] = model.train(thetaPre, tasks[i].trainX(), tasks[i].trainY(), b.finetuneSteps, b.rate, b.l2);
        }
        this.arithmetic = new TaskArithmetic(thetaPre, finetuned);
    }

    /** A builder for T ≥ 2 tasks with the defaults below. */
    public static Builder builder(int tasks) {
        return new Builder(tasks);
    }

    /** The number T of tasks. */
    public int tasks() {
        return tasks.length;
    }

    /** The metric returned. */
    public Metric metric() {
        return metric;
    }

    /** The metric's direction: MAXIMISE for accuracy, MINIMISE for loss. */
    public ObjectiveSense direction() {
        return metric == Metric.ACCURACY ? ObjectiveSense.MAXIMISE : ObjectiveSense.MINIMISE;
    }

    /** The task arithmetic (pretrained model and task vectors). */
    public TaskArithmetic arithmetic() {
        return arithmetic;
    }

    /** The tasks (shared arrays; do not modify). */
    public ClassificationTask task(int i) {
        return tasks[i];
    }

    /** The number of {@link #evaluate} calls so far (all-task and single-task). */
    public long calls() {
        return calls.get();
    }

    @Override
    public double[] evaluate(double[] coefficients) {
        calls.incrementAndGet();
        double[] theta = arithmetic.merge(coefficients);
        double[] out = new double[tasks.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = measure(theta, i);
        }
        return out;
    }

    @Override
    public double evaluate(double[] coefficients, int task) {
        calls.incrementAndGet();
        return measure(arithmetic.merge(coefficients), task);
    }

    /** The metric of arbitrary parameters on task i's test split (not counted). */
    public double measure(double[] theta, int i) {
        ClassificationTask t = tasks[i];
        return metric == Metric.ACCURACY
                ? model.accuracy(theta, t.testX(), t.testY())
                : model.loss(theta, t.testX(), t.testY());
    }

    private ClassificationTask task(double[][] w, int train, int test, SplittableRandom rng) {
        double[][] trX = new double[train][];
        int[] trY = new int[train];
        for (int n = 0; n < train; n++) {
            trX[n] = input(w[0].length, rng);
            trY[n] = label(w, trX[n], rng);
        }
        double[][] teX = new double[test][];
        int[] teY = new int[test];
        for (int n = 0; n < test; n++) {
            teX[n] = input(w[0].length, rng);
            teY[n] = label(w, teX[n], rng);
        }
        return new ClassificationTask(trX, trY, teX, teY);
    }

    private static double[] input(int d, SplittableRandom rng) {
        double[] x = new double[d];
        for (int j = 0; j < d; j++) {
            x[j] = gauss(rng);
        }
        return x;
    }

    private static int label(double[][] w, double[] x, SplittableRandom rng) {
        int best = 0;
        double bestZ = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < w.length; k++) {
            double z = 0;
            for (int j = 0; j < x.length; j++) {
                z += w[k][j] * x[j];
            }
            double u = rng.nextDouble();
            z += -Math.log(-Math.log(u == 0 ? Double.MIN_VALUE : u));
            if (z > bestZ) {
                bestZ = z;
                best = k;
            }
        }
        return best;
    }

    private static double[][] gaussian(int rows, int cols, double scale, SplittableRandom rng) {
        double[][] out = new double[rows][cols];
        for (double[] row : out) {
            for (int j = 0; j < cols; j++) {
                row[j] = scale * gauss(rng);
            }
        }
        return out;
    }

    private static double gauss(SplittableRandom rng) {
        return rng.nextGaussian();
    }

    /** Configures a {@link MergingBenchmark}. */
    public static final class Builder {

        private final int tasks;
        private int features = 12;
        private int classes = 4;
        private int pretrainSize = 1000;
        private int trainSize = 300;
        private int testSize = 1000;
        private int pretrainSteps = 100;
        private int finetuneSteps = 200;
        private double rate = 0.5;
        private double l2 = 1e-3;
        private double spread = 1.0;
        private Metric metric = Metric.ACCURACY;
        private long seed = 1L;

        private Builder(int tasks) {
            if (tasks < 2 || tasks > 8) {
                throw new IllegalArgumentException("tasks must be in [2, 8], was " + tasks);
            }
            this.tasks = tasks;
        }

        /** Input features d and classes K (default 12 and 4). */
        public Builder shape(int features, int classes) {
            Arguments.positive("features", features);
            if (classes < 2) {
                throw new IllegalArgumentException("classes must be at least 2, was " + classes);
            }
            this.features = features;
            this.classes = classes;
            return this;
        }

        /** Examples: pretraining, per-task training and per-task test (default 1000, 300, 1000). */
        public Builder sizes(int pretrain, int train, int test) {
            this.pretrainSize = Arguments.positive("pretrain", pretrain);
            this.trainSize = Arguments.positive("train", train);
            this.testSize = Arguments.positive("test", test);
            return this;
        }

        /** Gradient steps for pretraining and fine-tuning (default 100 and 200), step size and weight decay (0.5, 1e-3). */
        public Builder training(int pretrainSteps, int finetuneSteps, double rate, double l2) {
            this.pretrainSteps = Arguments.positive("pretrainSteps", pretrainSteps);
            this.finetuneSteps = Arguments.positive("finetuneSteps", finetuneSteps);
            this.rate = Arguments.positive("rate", rate);
            if (!(l2 >= 0) || !Double.isFinite(l2)) {
                throw new IllegalArgumentException("l2 must be finite and >= 0, was " + l2);
            }
            this.l2 = l2;
            return this;
        }

        /** How far each task's teacher is from the shared one (default 1.0). */
        public Builder spread(double spread) {
            this.spread = Arguments.positive("spread", spread);
            return this;
        }

        /** The metric (default accuracy). */
        public Builder metric(Metric metric) {
            this.metric = Arguments.notNull("metric", metric);
            return this;
        }

        /** The seed (default 1). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Generates the data and trains the models. */
        public MergingBenchmark build() {
            return new MergingBenchmark(this);
        }
    }
}
