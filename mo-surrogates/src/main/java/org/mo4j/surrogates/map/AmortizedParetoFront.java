package org.mo4j.surrogates.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.mo4j.algorithms.pareto.ParetoSetModel;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.ObjectiveSense;
import org.mo4j.surrogates.quadratic.QuadraticSurrogate;

/**
 * What MAP returns: an <em>amortised</em> Pareto front of merging coefficients. Its members are the
 * non-dominated coefficient vectors c found by searching the per-task quadratic surrogates, each
 * with its <em>predicted</em> metrics ("MAP, predicted" in the paper); {@link #evaluateTrue}
 * measures chosen members with the real, expensive evaluation ("MAP, real"). It also carries the
 * fit diagnostics (the surrogates with their residuals and R²), the expensive samples behind them
 * and the number of expensive evaluations spent.
 *
 * <p>As a {@link ParetoSetModel}, a preference w picks the member maximising Σ_i ŵ_i·u_i with
 * ŵ = w/‖w‖₂ and u_i the predicted metric in the user's orientation: the official code's
 * {@code utils.get_scaling_from_pf}, argmax of the weighted predicted accuracies (argmin of the
 * weighted losses when every task is a loss). Ties go to the first member.
 *
 * <p>Members are sorted lexicographically by their minimised objectives (for two tasks: along the
 * front). Immutable; arrays are copied in and out.
 */
public final class AmortizedParetoFront implements ParetoSetModel<double[]> {

    /**
     * The expensive samples a task's surrogate was fitted to.
     *
     * @param coefficients the evaluated c, one row each
     * @param metrics      the task's metric at each
     */
    public record TaskSamples(double[][] coefficients, double[] metrics) {

        public TaskSamples {
            coefficients = deepCopy(coefficients);
            metrics = metrics.clone();
        }

        @Override
        public double[][] coefficients() {
            return deepCopy(coefficients);
        }

        @Override
        public double[] metrics() {
            return metrics.clone();
        }

        /** The number of samples. */
        public int size() {
            return metrics.length;
        }
    }

    private final String method;
    private final ObjectiveSense[] directions;
    private final double[][] coefficients;
    private final double[][] predicted;
    private final List<QuadraticSurrogate> surrogates;
    private final List<TaskSamples> samples;
    private final long expensiveEvaluations;
    private final long taskEvaluations;
    private final long surrogateEvaluations;
    private final String search;

    AmortizedParetoFront(
            String method,
            ObjectiveSense[] directions,
            double[][] coefficients,
            double[][] predicted,
            List<QuadraticSurrogate> surrogates,
            List<TaskSamples> samples,
            long expensiveEvaluations,
            long taskEvaluations,
            long surrogateEvaluations,
            String search) {
        this.method = method;
        this.directions = directions.clone();
        this.surrogates = List.copyOf(surrogates);
        this.samples = List.copyOf(samples);
        this.expensiveEvaluations = expensiveEvaluations;
        this.taskEvaluations = taskEvaluations;
        this.surrogateEvaluations = surrogateEvaluations;
        this.search = search;
        Integer[] order = new Integer[coefficients.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double[][] minimised = new double[predicted.length][];
        for (int i = 0; i < predicted.length; i++) {
            minimised[i] = toMinimised(predicted[i]);
        }
        Arrays.sort(order, (a, b) -> Arrays.compare(minimised[a], minimised[b]));
        this.coefficients = new double[order.length][];
        this.predicted = new double[order.length][];
        for (int i = 0; i < order.length; i++) {
            this.coefficients[i] = coefficients[order[i]].clone();
            this.predicted[i] = predicted[order[i]].clone();
        }
    }

    /** "MAP", "Bayesian MAP" or "nested MAP pair". */
    public String method() {
        return method;
    }

    /** The number T of tasks (= coefficients = objectives). */
    public int tasks() {
        return directions.length;
    }

    /** The number of members. */
    public int size() {
        return coefficients.length;
    }

    /** Each task's metric direction (a copy). */
    public ObjectiveSense[] directions() {
        return directions.clone();
    }

    @Override
    public int numberOfObjectives() {
        return directions.length;
    }

    @Override
    public ObjectiveSense[] senses() {
        return directions.clone();
    }

    /** The members' coefficient vectors, one row each (fresh arrays). */
    public double[][] coefficients() {
        return deepCopy(coefficients);
    }

    /** The members' predicted metrics in the user's orientation, aligned with {@link #coefficients()}. */
    public double[][] predictedMetrics() {
        return deepCopy(predicted);
    }

    /** The members' predicted metrics, minimised (maximised metrics negated). */
    @Override
    public double[][] front() {
        double[][] out = new double[predicted.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = toMinimised(predicted[i]);
        }
        return out;
    }

    @Override
    public List<double[]> paretoSet() {
        List<double[]> out = new ArrayList<>(coefficients.length);
        for (double[] c : coefficients) {
            out.add(c.clone());
        }
        return Collections.unmodifiableList(out);
    }

    /** The fitted surrogate of each task, with its residuals and R² (the fit diagnostics). */
    public List<QuadraticSurrogate> surrogates() {
        return surrogates;
    }

    /** The expensive samples behind each task's surrogate. */
    public List<TaskSamples> samples() {
        return samples;
    }

    /**
     * The number of merged models that were evaluated expensively (each distinct evaluation call,
     * whether it measured all tasks or one).
     */
    public long expensiveEvaluations() {
        return expensiveEvaluations;
    }

    /** The number of (merged model, task) metric measurements; T per full evaluation. */
    public long taskEvaluations() {
        return taskEvaluations;
    }

    /** The number of surrogate evaluations the search spent (cheap). */
    public long surrogateEvaluations() {
        return surrogateEvaluations;
    }

    /** A description of the search that produced the front. */
    public String search() {
        return search;
    }

    /**
     * The index of the member chosen for preference w ({@code get_scaling_from_pf}).
     *
     * @throws IllegalArgumentException if w is not a valid preference (see {@link ParetoSetModel})
     * @throws IllegalStateException    if the front is empty
     */
    public int indexFor(double[] preference) {
        double[] w = ParetoSetModel.normalisedPreference(preference, directions.length);
        if (coefficients.length == 0) {
            throw new IllegalStateException("the front is empty");
        }
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < predicted.length; k++) {
            double u = 0;
            for (int i = 0; i < w.length; i++) {
                u += w[i] * (directions[i] == ObjectiveSense.MAXIMISE ? predicted[k][i] : -predicted[k][i]);
            }
            if (u > bestValue) {
                bestValue = u;
                best = k;
            }
        }
        return best;
    }

    /** The coefficients chosen for preference w (a copy); see {@link #indexFor}. */
    @Override
    public double[] solutionFor(double[] preference) {
        return coefficients[indexFor(preference)].clone();
    }

    /** The predicted, minimised objectives of {@link #solutionFor}. */
    @Override
    public double[] objectivesFor(double[] preference) {
        return toMinimised(predicted[indexFor(preference)]);
    }

    /**
     * Measures chosen members with the real evaluation ("MAP, real"). Each index costs one expensive
     * evaluation; nothing is cached or counted in {@link #expensiveEvaluations()}.
     *
     * @param evaluator the expensive evaluation (normally the one the front was built with)
     * @param indices   member indices; none means every member
     * @return the true metrics, user orientation, one row per index
     * @throws IllegalArgumentException for an index out of range, or a returned metric vector of
     *                                  the wrong length or with a non-finite value
     */
    public double[][] evaluateTrue(ExpensiveEvaluator evaluator, int... indices) {
        Arguments.notNull("evaluator", evaluator);
        int[] idx = indices == null || indices.length == 0 ? range(coefficients.length) : indices;
        double[][] out = new double[idx.length][];
        for (int k = 0; k < idx.length; k++) {
            int i = idx[k];
            if (i < 0 || i >= coefficients.length) {
                throw new IllegalArgumentException(
                        "indices[" + k + "] must be in [0, " + coefficients.length + "), was " + i);
            }
            out[k] = Evaluations.checked(
                    evaluator.evaluate(coefficients[i].clone()), directions.length, coefficients[i]);
        }
        return out;
    }

    private double[] toMinimised(double[] metrics) {
        double[] f = new double[metrics.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = directions[i] == ObjectiveSense.MAXIMISE ? -metrics[i] : metrics[i];
        }
        return f;
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    static double[][] deepCopy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    @Override
    public String toString() {
        return method + "[tasks=" + tasks() + ", members=" + size() + ", expensiveEvaluations=" + expensiveEvaluations
                + ", taskEvaluations=" + taskEvaluations + ", search=" + search + "]";
    }
}
