package org.mo4j.lab;

import java.util.Map;

/**
 * The indicator values of a run's front at one checkpoint.
 *
 * @param target      the checkpoint's target on the budget's axis (evaluations, or seconds for a
 *                    time budget): the same for every run, so runs line up in anytime curves
 * @param evaluations the evaluations done when the front was taken (the first generation at or past
 *                    the target)
 * @param seconds     the run's wall-clock time then
 * @param values      indicator to value (NaN where not defined), in the campaign's order
 */
public record Checkpoint(double target, long evaluations, double seconds, Map<Indicator, Double> values) {

    /** Copies the values. */
    public Checkpoint {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /**
     * The value of {@code indicator}.
     *
     * @throws IllegalArgumentException if it was not measured
     */
    public double value(Indicator indicator) {
        Double v = values.get(indicator);
        if (v == null) {
            throw new IllegalArgumentException("indicator " + indicator.key() + " was not measured");
        }
        return v;
    }
}
