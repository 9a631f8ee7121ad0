package org.mo4j.core.hypervolume;

/**
 * A Monte-Carlo estimate of a hypervolume, from {@link Hypervolume#estimate}.
 *
 * <p>{@code samples} points were drawn uniformly in a box of volume {@code boxVolume} and
 * {@code hits} of them were weakly dominated by the front; {@code value = boxVolume * hits /
 * samples}. {@code standardError} is {@code boxVolume * sqrt(f (1 - f) / samples)} with
 * {@code f = hits / samples}, the plug-in standard error of a binomial proportion; it is 0 when
 * every sample or none hits. {@code [lower, upper]} is the Wilson score interval for the
 * proportion at level {@code confidence}, scaled by the box volume; unlike the normal
 * approximation it stays inside {@code [0, boxVolume]} and keeps a positive width when
 * {@code f} is 0 or 1. An empty front (or one with no point strictly inside the reference box)
 * is measured exactly: {@code value = lower = upper = 0} and {@code samples = 0}.
 *
 * @param value         the estimated hypervolume
 * @param standardError the estimated standard error of {@code value}
 * @param lower         lower end of the confidence interval
 * @param upper         upper end of the confidence interval
 * @param samples       the number of sample points drawn
 * @param hits          how many of them the front weakly dominates
 * @param boxVolume     volume of the sampled box {@code [ideal, ref]}
 * @param confidence    the interval's nominal coverage, in (0, 1)
 */
public record HypervolumeEstimate(
        double value,
        double standardError,
        double lower,
        double upper,
        long samples,
        long hits,
        double boxVolume,
        double confidence) {

    /** Whether {@code hv} lies in {@code [lower, upper]}. */
    public boolean covers(double hv) {
        return lower <= hv && hv <= upper;
    }
}
