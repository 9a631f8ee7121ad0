package org.mo4j.surrogates.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.ObjectiveSense;
import org.mo4j.surrogates.quadratic.Link;
import org.mo4j.surrogates.sampling.MapSampling;

/**
 * Nested MAP for many tasks (Li et al., ICLR 2025, "Nested MAP"; official code
 * {@code run_MAP.run_MAP_nested}, {@code evaluation.evaluate_scalings_nested},
 * {@code utils.find_closest_datasets}): merge two models at a time with 2-task MAP until one model
 * remains, O(N log N)-ish expensive evaluations instead of MAP's O(N²) design for N tasks.
 *
 * <p>Each model is a group of original tasks with a task vector. While more than one remains:
 *
 * <ol>
 *   <li>pick the two models whose current metrics are closest (first such pair in list order);</li>
 *   <li>run 2-task MAP on them: for each c = (c_a, c_b) of a fixed 2-D design (20 points requested,
 *       20 % isotropic, drawn once and reused for every pair, as the code's {@code self.scalings})
 *       merge θ_pre + c_a τ_a + c_b τ_b and measure every member task; each side's metric is the
 *       preference-weighted mean of its members' metrics (weights normalised within the side);
 *       fit, search;</li>
 *   <li>choose c from the predicted front with the pair preference (sum of each side's member
 *       preferences) as {@code get_scaling_from_pf};</li>
 *   <li>replace the pair by the merged model, τ = c_a τ_a + c_b τ_b, whose metric is the
 *       preference-weighted mean over all its member tasks (one more expensive evaluation),
 *       appended at the end of the list.</li>
 * </ol>
 *
 * <p>Merging is linear in the task vectors, so every intermediate model is θ_pre + Σ_k u_k τ_k for
 * a coefficient vector u over the original tasks; this class tracks u, and the evaluator is the same
 * {@link ExpensiveEvaluator} over all N tasks as plain MAP's, called one task at a time
 * ({@link ExpensiveEvaluator#evaluate(double[], int)}) on the members only.
 *
 * <p>Not as the code: the preferences are an array rather than a YAML file, all tasks share one
 * direction (as the code's single metric type), and the code's file output is absent.
 */
public final class NestedMap {

    /**
     * One pairwise merge.
     *
     * @param left           the original tasks of the first model
     * @param right          the original tasks of the second model
     * @param pairCoefficients the chosen (c_a, c_b)
     * @param coefficients   the merged model's coefficients over all original tasks
     * @param metric         the merged model's preference-weighted metric over its members
     * @param front          the pair's amortised front
     */
    public record Round(
            int[] left,
            int[] right,
            double[] pairCoefficients,
            double[] coefficients,
            double metric,
            AmortizedParetoFront front) {

        public Round {
            left = left.clone();
            right = right.clone();
            pairCoefficients = pairCoefficients.clone();
            coefficients = coefficients.clone();
        }

        @Override
        public int[] left() {
            return left.clone();
        }

        @Override
        public int[] right() {
            return right.clone();
        }

        @Override
        public double[] pairCoefficients() {
            return pairCoefficients.clone();
        }

        @Override
        public double[] coefficients() {
            return coefficients.clone();
        }
    }

    /**
     * The outcome of nested MAP.
     *
     * @param coefficients         the final merged model's coefficients over the original tasks
     * @param metric               its preference-weighted metric over all tasks
     * @param rounds               the N − 1 pairwise merges in order
     * @param expensiveEvaluations merged models evaluated
     * @param taskEvaluations      (merged model, task) measurements
     */
    public record Result(
            double[] coefficients, double metric, List<Round> rounds, long expensiveEvaluations, long taskEvaluations) {

        public Result {
            coefficients = coefficients.clone();
            rounds = List.copyOf(rounds);
        }

        @Override
        public double[] coefficients() {
            return coefficients.clone();
        }
    }

    private final int tasks;
    private final double[] singleTaskMetrics;
    private final double[] preferences;
    private final ObjectiveSense direction;
    private final SearchSettings search;
    private final long seed;
    private final int samples;
    private final double propIsotropic;

    private NestedMap(Builder b) {
        this.tasks = b.singleTaskMetrics.length;
        this.singleTaskMetrics = b.singleTaskMetrics.clone();
        this.preferences = b.preferences.clone();
        this.direction = b.direction;
        this.search = b.search;
        this.seed = b.seed;
        this.samples = b.samples;
        this.propIsotropic = b.propIsotropic;
    }

    /**
     * A builder from each original (unmerged, fine-tuned) model's metric on its own task, used to
     * pair models of similar metric.
     *
     * @throws IllegalArgumentException if there are fewer than 2 metrics or one is not finite
     */
    public static Builder builder(double[] singleTaskMetrics) {
        return new Builder(singleTaskMetrics);
    }

    /**
     * Runs nested MAP.
     *
     * @throws IllegalArgumentException if the evaluator returns non-finite metrics
     */
    public Result run(ExpensiveEvaluator evaluator) {
        Arguments.notNull("evaluator", evaluator);
        SplittableRandom root = new SplittableRandom(seed);
        double[][] design = MapSampling.combined(2, samples, propIsotropic, 0, root.split());
        Evaluations ev = new Evaluations(evaluator, tasks);

        List<int[]> members = new ArrayList<>();
        List<double[]> coef = new ArrayList<>();
        List<Double> metric = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            members.add(new int[] {i});
            double[] u = new double[tasks];
            u[i] = 1;
            coef.add(u);
            metric.add(singleTaskMetrics[i]);
        }
        List<Round> rounds = new ArrayList<>();
        while (members.size() > 1) {
            int a = 0;
            int b = 1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    double d = Math.abs(metric.get(i) - metric.get(j));
                    if (d < best) {
                        best = d;
                        a = i;
                        b = j;
                    }
                }
            }
            int[] left = members.get(a);
            int[] right = members.get(b);
            double[] ua = coef.get(a);
            double[] ub = coef.get(b);
            int[] all = concat(left, right);
            double[][] y = new double[design.length][];
            for (int k = 0; k < design.length; k++) {
                double[] raw = ev.some(combine(design[k], ua, ub), all);
                y[k] = new double[] {weighted(raw, all, left, 0), weighted(raw, all, right, left.length)};
            }
            MapMerging pairMap = MapMerging.builder(2)
                    .direction(direction)
                    .links(link(), link())
                    .search(search)
                    .seed(root.nextLong())
                    .build();
            AmortizedParetoFront front = pairMap.fromSamples(design, y);
            double[] pairPreference = {sum(left), sum(right)};
            double[] c = front.solutionFor(pairPreference);
            double[] u = combine(c, ua, ub);
            double[] raw = ev.some(u, all);
            double combined = 0;
            double total = sum(all);
            for (int k = 0; k < all.length; k++) {
                combined += preferences[all[k]] / total * raw[k];
            }
            rounds.add(new Round(left, right, c, u, combined, relabel(front, ev.models(), ev.taskMetrics())));
            members.remove(b);
            members.remove(a);
            coef.remove(b);
            coef.remove(a);
            metric.remove(b);
            metric.remove(a);
            members.add(all);
            coef.add(u);
            metric.add(combined);
        }
        return new Result(coef.get(0), metric.get(0), rounds, ev.models(), ev.taskMetrics());
    }

    private Link link() {
        return MapMerging.defaultLink(direction);
    }

    private static AmortizedParetoFront relabel(AmortizedParetoFront f, long models, long taskMetrics) {
        return new AmortizedParetoFront(
                "nested MAP pair",
                f.directions(),
                f.coefficients(),
                f.predictedMetrics(),
                f.surrogates(),
                f.samples(),
                models,
                taskMetrics,
                f.surrogateEvaluations(),
                f.search());
    }

    private double weighted(double[] raw, int[] all, int[] side, int offset) {
        double total = sum(side);
        double m = 0;
        for (int k = 0; k < side.length; k++) {
            m += preferences[side[k]] / total * raw[offset + k];
        }
        return m;
    }

    private double sum(int[] side) {
        double s = 0;
        for (int t : side) {
            s += preferences[t];
        }
        return s;
    }

    private static double[] combine(double[] c, double[] ua, double[] ub) {
        double[] u = new double[ua.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = c[0] * ua[i] + c[1] * ub[i];
        }
        return u;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Configures a {@link NestedMap}. */
    public static final class Builder {

        private final double[] singleTaskMetrics;
        private double[] preferences;
        private ObjectiveSense direction = ObjectiveSense.MAXIMISE;
        private SearchSettings search = SearchSettings.mapDefaults();
        private long seed = 1L;
        private int samples = 20;
        private double propIsotropic = 0.2;

        private Builder(double[] singleTaskMetrics) {
            int n = Arguments.point("singleTaskMetrics", singleTaskMetrics);
            if (n < 2) {
                throw new IllegalArgumentException("singleTaskMetrics must have at least 2 tasks, had " + n);
            }
            this.singleTaskMetrics = singleTaskMetrics.clone();
            this.preferences = new double[n];
            Arrays.fill(preferences, 1.0);
        }

        /** Each original task's preference weight, finite and &gt; 0 (default all 1). */
        public Builder preferences(double... preferences) {
            Arguments.point("preferences", preferences, singleTaskMetrics.length, "singleTaskMetrics");
            for (int i = 0; i < preferences.length; i++) {
                if (!(preferences[i] > 0)) {
                    throw new IllegalArgumentException("preferences[" + i + "] must be > 0, was " + preferences[i]);
                }
            }
            this.preferences = preferences.clone();
            return this;
        }

        /** The metrics' direction (default MAXIMISE, accuracy). */
        public Builder direction(ObjectiveSense direction) {
            this.direction = Arguments.notNull("direction", direction);
            return this;
        }

        /** The pairwise searches' settings (default {@link SearchSettings#mapDefaults()}). */
        public Builder search(SearchSettings search) {
            this.search = Arguments.notNull("search", search);
            return this;
        }

        /** The pairwise design: points requested (default 20, at least 6) and isotropic share (default 0.2). */
        public Builder design(int samples, double propIsotropic) {
            if (samples < 6) {
                throw new IllegalArgumentException(
                        "samples must be at least 6 (the parameters of a 2-task quadratic), was " + samples);
            }
            if (!(propIsotropic >= 0 && propIsotropic <= 1)) {
                throw new IllegalArgumentException("propIsotropic must be in [0, 1], was " + propIsotropic);
            }
            this.samples = samples;
            this.propIsotropic = propIsotropic;
            return this;
        }

        /** The seed (default 1). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The configured nested MAP. */
        public NestedMap build() {
            return new NestedMap(this);
        }
    }
}
