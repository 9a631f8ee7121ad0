package org.mo4j.core.indicators;

import java.util.function.ToDoubleBiFunction;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.internal.Arguments;

/**
 * A unary quality indicator: a number summarising one front, with its fixed arguments (reference
 * front, weights, ideal point) bound at construction.
 *
 * <p>The factories validate and copy their fixed arguments once; {@link #evaluate} then validates
 * only the front (non-empty, finite, same number of objectives), so an indicator can be applied to
 * many fronts cheaply and later changes to the caller's arrays do not affect it. Whether lower or
 * higher is better is stated by each factory.
 */
@FunctionalInterface
public interface QualityIndicator {

    /**
     * The indicator's value for {@code front} (rows are points, objectives minimised).
     *
     * @throws IllegalArgumentException if the front is invalid for this indicator
     */
    double evaluate(double[][] front);

    /**
     * The exact {@link Hypervolume hypervolume} with respect to {@code ref}; higher is better. An
     * empty front, or one with no point strictly dominating {@code ref}, scores 0.
     */
    static QualityIndicator hypervolume(double[] ref) {
        double[] r = ref == null ? null : ref.clone();
        Arguments.point("ref", r);
        return front -> Hypervolume.of(front, r);
    }

    /** {@link GenerationalDistance} with p = 1 against {@code referenceFront}; lower is better. */
    static QualityIndicator gd(double[][] referenceFront) {
        return againstReference(referenceFront, (front, ref) -> GenerationalDistance.compute(front, ref, 1));
    }

    /** {@link InvertedGenerationalDistance} with p = 1 against {@code referenceFront}; lower is better. */
    static QualityIndicator igd(double[][] referenceFront) {
        return againstReference(referenceFront, (front, ref) -> GenerationalDistance.compute(ref, front, 1));
    }

    /** {@link InvertedGenerationalDistancePlus} against {@code referenceFront}; lower is better. */
    static QualityIndicator igdPlus(double[][] referenceFront) {
        return againstReference(referenceFront, InvertedGenerationalDistancePlus::compute);
    }

    /** {@link AdditiveEpsilon} against {@code referenceFront}; lower is better. */
    static QualityIndicator additiveEpsilon(double[][] referenceFront) {
        return againstReference(referenceFront, AdditiveEpsilon::compute);
    }

    /**
     * The generalised {@link Spread#of spread} against the extremes of {@code referenceFront}
     * (m ≥ 2); lower is better.
     */
    static QualityIndicator spread(double[][] referenceFront) {
        int d = Arguments.nonEmptyFront("referenceFront", referenceFront);
        if (d < 2) {
            throw new IllegalArgumentException("referenceFront must have at least 2 objectives, had " + d);
        }
        double[][] extremes = Spread.extremes(referenceFront);
        return front -> {
            Arguments.nonEmptyFront("front", front, d, "referenceFront");
            return Spread.generalised(front, extremes);
        };
    }

    /** {@link R2} with the given weight vectors and ideal point; lower is better. */
    static QualityIndicator r2(double[][] weights, double[] ideal) {
        int d = Inputs.weights("weights", weights);
        Arguments.point("ideal", ideal, d, "weights");
        double[][] w = Inputs.copy(weights);
        double[] z = ideal.clone();
        return front -> {
            Arguments.nonEmptyFront("front", front, d, "weights");
            return R2.compute(front, w, z);
        };
    }

    /** {@link Sparsity}; lower is better. Accepts an empty front (sparsity 0). */
    static QualityIndicator sparsity() {
        return Sparsity::of;
    }

    /** {@link ExpectedUtility} with the given weight vectors; <b>higher</b> is better. */
    static QualityIndicator expectedUtility(double[][] weights) {
        int d = Inputs.weights("weights", weights);
        double[][] w = Inputs.copy(weights);
        return front -> {
            Arguments.nonEmptyFront("front", front, d, "weights");
            return ExpectedUtility.compute(front, w);
        };
    }

    /**
     * Binds an unchecked kernel {@code (front, referenceFront) -> value} to a copy of a validated
     * reference front; {@code evaluate} checks each front against it.
     */
    private static QualityIndicator againstReference(
            double[][] referenceFront, ToDoubleBiFunction<double[][], double[][]> kernel) {
        int d = Arguments.nonEmptyFront("referenceFront", referenceFront);
        double[][] ref = Inputs.copy(referenceFront);
        return front -> {
            Arguments.nonEmptyFront("front", front, d, "referenceFront");
            return kernel.applyAsDouble(front, ref);
        };
    }
}
