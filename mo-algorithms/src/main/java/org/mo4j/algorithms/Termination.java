package org.mo4j.algorithms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mo4j.core.indicators.QualityIndicator;
import org.mo4j.core.internal.Arguments;

/**
 * When a run stops: after an exact number of evaluations, after a wall-clock time, when an
 * indicator over the front stagnates, or at the first of several of these ({@link #anyOf}).
 *
 * <p>An instance is an immutable description; each run asks it for a fresh {@link Tracker}, so
 * one termination can be reused across runs.
 *
 * <ul>
 * <li>{@link #evaluations(long)} is exact: generational algorithms shrink their last batch of
 * offspring so that the run performs exactly that many evaluations.</li>
 * <li>{@link #time(Duration)} is checked after each generation, so a run overshoots it by at most
 * one generation.</li>
 * <li>{@link #stagnation} evaluates the indicator on the front after each generation and stops
 * when it changed by at most the tolerance (absolute) between generation t − window and t.</li>
 * </ul>
 * A termination without an evaluation budget (time or stagnation only) may run forever if its
 * condition never holds; combine it with {@link #evaluations(long)} when in doubt.
 */
public final class Termination {

    private final long maxEvaluations;
    private final Duration maxTime;
    private final List<Stagnation> stagnations;

    private record Stagnation(QualityIndicator indicator, int window, double tolerance) {}

    private Termination(long maxEvaluations, Duration maxTime, List<Stagnation> stagnations) {
        this.maxEvaluations = maxEvaluations;
        this.maxTime = maxTime;
        this.stagnations = List.copyOf(stagnations);
    }

    /**
     * Stop after exactly {@code n} evaluations.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static Termination evaluations(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("evaluations must be at least 1, was " + n);
        }
        return new Termination(n, null, List.of());
    }

    /**
     * Stop after the first generation that ends later than {@code duration} after the start.
     *
     * @throws IllegalArgumentException if {@code duration} is null, zero or negative
     */
    public static Termination time(Duration duration) {
        Arguments.notNull("duration", duration);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("duration must be positive, was " + duration);
        }
        return new Termination(Long.MAX_VALUE, duration, List.of());
    }

    /**
     * Stop when {@code |I(front_t) − I(front_{t−window})| ≤ tolerance}, I evaluated on the
     * objective values of the non-dominated front after each generation (for instance
     * {@code QualityIndicator.hypervolume(ref)}). Costs one indicator evaluation per generation.
     *
     * @throws IllegalArgumentException if {@code indicator} is null, {@code window < 1} or
     *                                  {@code tolerance} is negative or not finite
     */
    public static Termination stagnation(QualityIndicator indicator, int window, double tolerance) {
        Arguments.notNull("indicator", indicator);
        Arguments.positive("window", window);
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and >= 0, was " + tolerance);
        }
        return new Termination(Long.MAX_VALUE, null, List.of(new Stagnation(indicator, window, tolerance)));
    }

    /**
     * Stop as soon as any of {@code terminations} would.
     *
     * @throws IllegalArgumentException if the array or an element is null, or it is empty
     */
    public static Termination anyOf(Termination... terminations) {
        Arguments.notNull("terminations", terminations);
        if (terminations.length == 0) {
            throw new IllegalArgumentException("terminations must not be empty");
        }
        long evals = Long.MAX_VALUE;
        Duration time = null;
        List<Stagnation> stag = new ArrayList<>();
        for (int i = 0; i < terminations.length; i++) {
            Termination t = Arguments.notNull("terminations[" + i + "]", terminations[i]);
            evals = Math.min(evals, t.maxEvaluations);
            if (t.maxTime != null && (time == null || t.maxTime.compareTo(time) < 0)) {
                time = t.maxTime;
            }
            stag.addAll(t.stagnations);
        }
        return new Termination(evals, time, stag);
    }

    /** The evaluation budget, {@link Long#MAX_VALUE} when there is none. */
    public long maxEvaluations() {
        return maxEvaluations;
    }

    /** Whether the front must be evaluated after each generation (a stagnation criterion is set). */
    public boolean needsFront() {
        return !stagnations.isEmpty();
    }

    /** A fresh tracker for one run, whose clock starts now. */
    public Tracker start() {
        return new Tracker();
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (maxEvaluations != Long.MAX_VALUE) {
            parts.add("evaluations(" + maxEvaluations + ")");
        }
        if (maxTime != null) {
            parts.add("time(" + maxTime + ")");
        }
        for (Stagnation s : stagnations) {
            parts.add("stagnation(window=" + s.window + ", tolerance=" + s.tolerance + ")");
        }
        return parts.size() == 1 ? parts.get(0) : "anyOf(" + String.join(", ", parts) + ")";
    }

    /**
     * The state of one run's termination: counts evaluations, keeps the clock and the indicator
     * history. For algorithm implementers; not thread-safe.
     */
    public final class Tracker {

        private final long startNanos = System.nanoTime();
        private final double[][] history = new double[stagnations.size()][];
        private long evaluations;
        private int generations;

        private Tracker() {
            for (int k = 0; k < history.length; k++) {
                history[k] = new double[stagnations.get(k).window + 1];
            }
        }

        /** How many more evaluations the budget allows (capped at {@link Integer#MAX_VALUE}). */
        public int remainingEvaluations() {
            return (int) Math.min(Integer.MAX_VALUE, maxEvaluations - evaluations);
        }

        /** Records {@code n} evaluations. */
        public void evaluated(int n) {
            evaluations += n;
        }

        /** The evaluations so far. */
        public long evaluations() {
            return evaluations;
        }

        /** The time since {@link Termination#start()}. */
        public Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - startNanos);
        }

        /** Whether the evaluation budget is spent; cheap, for steady-state loops. */
        public boolean budgetSpent() {
            return evaluations >= maxEvaluations;
        }

        /**
         * Ends a generation and says whether to stop.
         *
         * @param front the objective values of the current non-dominated front; read only when
         *              {@link #needsFront()}, may be null otherwise
         * @return the reason to stop, or {@code null} to go on
         */
        public StopReason endGeneration(double[][] front) {
            int g = generations++;
            StopReason reason = null;
            for (int k = 0; k < history.length; k++) {
                Stagnation s = stagnations.get(k);
                double[] h = history[k];
                double value = s.indicator.evaluate(front);
                h[g % h.length] = value;
                if (g >= s.window && Math.abs(value - h[(g - s.window) % h.length]) <= s.tolerance) {
                    reason = StopReason.STAGNATION;
                }
            }
            if (evaluations >= maxEvaluations) {
                return StopReason.EVALUATIONS;
            }
            if (maxTime != null && elapsed().compareTo(maxTime) > 0) {
                return StopReason.TIME;
            }
            return reason;
        }
    }
}
