package org.mo4j.core.hypervolume;

import org.mo4j.core.internal.Arguments;

/**
 * Exact hypervolume indicator of a front and the exclusive contribution of each of its points,
 * for any number of objectives, all minimised.
 *
 * <p>The hypervolume of a front {@code S} with respect to a reference point {@code r} is the
 * Lebesgue measure of the union of the boxes {@code [p, r]}, {@code p} in {@code S}. Points that
 * do not strictly dominate {@code r} add nothing; dominated points and duplicates are allowed.
 * The work is dispatched by the number of objectives d:
 * <ul>
 *   <li>d = 1: {@code r - min}, O(n);</li>
 *   <li>d = 2: sort and sweep, O(n log n);</li>
 *   <li>d = 3: dimension sweep keeping the 2D staircase in a primitive rank set, O(n log n) (Beume,
 *       Fonseca, López-Ibáñez, Paquete, Vahrenhold, IEEE TEC 13(5), 2009); in plain double with
 *       compensated sums of non-negative pieces, within about 7 u relative;</li>
 *   <li>d = 4: HV4D+ dimension sweep on the fourth objective, adding each point's 3D exclusive
 *       contribution to the running 3D hypervolume, with the paper's per-point neighbour links,
 *       O(n^2) (Guerreiro, Fonseca, IEEE TEC 22(3), 2018); in plain double with a running error
 *       bound, redone in double-double when the bound exceeds 1e-13 of the result;</li>
 *   <li>d &ge; 5: QHV-II (Jaszkiewicz, Computers &amp; Operations Research 90, 2018, after QHV of
 *       Russo and Francisco, IEEE TEC 18(4), 2014; see {@code Qhv}): the largest box of a point
 *       is added and the rest of the region split into d disjoint sub-boxes, recursively; the
 *       result is a sum of disjoint boxes, with no subtraction, summed with compensation, so it
 *       is within about (2d + 2) u relative without any fallback; exponential in d in the worst
 *       case.</li>
 * </ul>
 * QHV-II is dispatched for every n at d &ge; 5 because it was the fastest of the three exact
 * algorithms, or level with the fastest, on every benchmark front (docs/DECISIONS.md).
 * WFG ({@code Wfg}) and the dimension sweep ({@code DimensionSweep}) are tested as independent
 * checks and can be run by name with {@link #of(double[][], double[], HypervolumeAlgorithm)}.
 *
 * <p>Contributions for d = 3 use the HVC3D sweep, O(n log n) for all n of them; for d = 4 (from
 * 16 points) HVC4D, a sweep on the fourth objective maintaining the 3D contributions in O(n) per
 * point; for d &ge; 5 each
 * point's uncovered volume by QHV-II's split.
 * {@link #estimate} gives a seeded Monte-Carlo estimate with a confidence interval, for many
 * objectives. Inputs are validated once with {@link Arguments} and never modified.
 */
public final class Hypervolume {

    /** The confidence level of {@link #estimate(double[][], double[], long, long)}'s interval. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    /**
     * From this many points on, d = 4 contributions use an HVC4D sweep ({@link Hvc4dLinks} or
     * {@link Hvc4d}, see {@code mostlyDominated}); below, WFG's limit sets,
     * whose lower constant wins on a handful of points.
     */
    static final int CONTRIBUTIONS_4D_SWEEP_MIN = 16;

    private Hypervolume() {}

    /**
     * The hypervolume of {@code front} with respect to {@code ref}; 0 for an empty front.
     *
     * @param front the points, one row per point, each with {@code ref.length} objectives
     * @param ref   the reference point
     * @return the exact hypervolume, computed in double precision
     * @throws IllegalArgumentException if {@code ref} is null, empty or not finite, or if
     *                                  {@code front} is null, ragged, not finite or has a number
     *                                  of objectives other than {@code ref.length}
     */
    public static double of(double[][] front, double[] ref) {
        int d = validate(front, ref);
        switch (d) {
            case 1:
                double min = ref[0];
                for (double[] p : front) {
                    min = Math.min(min, p[0]);
                }
                return ref[0] - min;
            case 2:
                return Hv2d.volume(front, ref);
            case 3:
                return Hv3d.volume(front, ref);
            case 4:
                return Hv4dPlus.volume(front, ref);
            default:
                return Qhv.volume(front, ref);
        }
    }

    /**
     * The hypervolume of {@code front} with respect to {@code ref} by the named algorithm instead
     * of the one {@link #of(double[][], double[])} picks: the same exact value (to a few units in
     * the last place), for comparing algorithms or recording which one produced a result.
     *
     * @param front     the points, one row per point, each with {@code ref.length} objectives
     * @param ref       the reference point
     * @param algorithm the algorithm to run; it must support {@code ref.length} objectives
     * @return the exact hypervolume, computed in double precision
     * @throws IllegalArgumentException under the same conditions as {@link #of}, or if
     *                                  {@code algorithm} is null or does not support
     *                                  {@code ref.length} objectives
     */
    public static double of(double[][] front, double[] ref, HypervolumeAlgorithm algorithm) {
        int d = validate(front, ref);
        if (algorithm == null) {
            throw new IllegalArgumentException("algorithm must not be null");
        }
        if (!algorithm.supports(d)) {
            throw new IllegalArgumentException(
                    "algorithm " + algorithm + " needs " + algorithm.range() + ", but ref has " + d + " objectives");
        }
        return algorithm.volume(front, ref);
    }

    /**
     * The exclusive contribution of each point, {@code HV(S) - HV(S \ {p})}, in input order.
     * Dominated points, points with a duplicate and points outside the reference box get 0.
     * O(n log n) for d &le; 3 (for d = 3 the HVC3D sweep of Guerreiro, Fonseca and Paquete,
     * Evolutionary Computation 24(3), 2016). For d = 4 with at least
     * {@value #CONTRIBUTIONS_4D_SWEEP_MIN} points, a sweep on the fourth objective keeping
     * the 3D contributions up to date (HVC4D of Guerreiro and Fonseca, IEEE TEC 22(3), 2018,
     * {@link Hvc4dLinks}: one HVC3D pass per point that walks HV4D+'s neighbour links, O(n^2),
     * where most points are dominated, else {@link Hvc4d}: one HVC3D pass per point over the
     * limit set read off presorted orders, O(n^2 log_64 n)); below that, one
     * limit-set hypervolume per point (WFG over HV4D+). For d &ge; 5, each point's contribution is
     * computed directly as the part of its box that the limit set {@code {max(p, q)}} leaves
     * uncovered, by QHV-II's split ({@code Qhv.contributions}): a sum of disjoint boxes, so exact
     * to about (2d + 2) u relative even for contributions far smaller than their box, where box
     * minus limit-set hypervolume would cancel; O(n^2 d) for the limit sets plus one split per
     * point.
     *
     * @throws IllegalArgumentException under the same conditions as {@link #of}
     */
    public static double[] contributions(double[][] front, double[] ref) {
        int d = validate(front, ref);
        switch (d) {
            case 1:
                return contributions1d(front, ref[0]);
            case 2:
                return Hv2d.contributions(front, ref);
            case 3:
                return Hvc3d.contributions(front, ref);
            case 4:
                if (front.length < CONTRIBUTIONS_4D_SWEEP_MIN) {
                    return Wfg.contributions(front, ref);
                }
                return mostlyDominated(front, ref)
                        ? Hvc4dLinks.contributions(front, ref)
                        : Hvc4d.contributions(front, ref);
            default:
                return Qhv.contributions(front, ref);
        }
    }

    /**
     * Whether the point of {@code front} (four objectives) with the largest box weakly dominates
     * at least a quarter of the points inside the reference box, in O(n): then most points leave
     * the d = 4 sweep's set unchanged, and {@link Hvc4dLinks}, which only pays for the insertions
     * that change it, is the faster sweep; on fronts of mutually non-dominated points
     * {@link Hvc4d}, whose limit sets shrink to a few points, is (docs/DECISIONS.md, 2026-12-03).
     */
    static boolean mostlyDominated(double[][] front, double[] ref) {
        int best = Hv4dPlus.largestBox(front, ref);
        if (best < 0) {
            return false;
        }
        double[] g = front[best];
        int inside = 0;
        int dominated = 0;
        for (int i = 0; i < front.length; i++) {
            double[] p = front[i];
            if (p[0] < ref[0] && p[1] < ref[1] && p[2] < ref[2] && p[3] < ref[3]) {
                inside++;
                if (i != best && g[0] <= p[0] && g[1] <= p[1] && g[2] <= p[2] && g[3] <= p[3]) {
                    dominated++;
                }
            }
        }
        return 4 * dominated >= inside;
    }

    /**
     * A Monte-Carlo estimate of the hypervolume with a 95% confidence interval; see
     * {@link #estimate(double[][], double[], long, long, double)}.
     *
     * @param front   the points, one row per point, each with {@code ref.length} objectives
     * @param ref     the reference point
     * @param samples the number of sample points, at least 1
     * @param seed    seed of the random number generator
     * @return the estimate with its standard error and 95% Wilson interval
     * @throws IllegalArgumentException under the same conditions as {@link #of}, or if
     *                                  {@code samples < 1}
     */
    public static HypervolumeEstimate estimate(double[][] front, double[] ref, long samples, long seed) {
        return estimate(front, ref, samples, seed, DEFAULT_CONFIDENCE);
    }

    /**
     * A Monte-Carlo estimate of the hypervolume, for fronts with too many objectives for
     * {@link #of}: {@code samples} points drawn uniformly in the box spanned by the ideal point of
     * the points inside the reference box and {@code ref}, the estimate being the box volume times
     * the fraction of them the front weakly dominates. The standard error is the binomial one and
     * the interval the Wilson score interval at level {@code confidence} (see
     * {@link HypervolumeEstimate}). O(n^2 d) to keep the non-dominated points plus at most
     * O(samples · m · d) dominance tests, m the number of non-dominated points; no allocation per
     * sample. The samples are drawn in fixed chunks, each from a generator derived from
     * {@code seed} and the chunk's index, and counted in parallel on the common fork-join pool; hit
     * counts are integers, so the same arguments give a bit-identical result whatever the number
     * of threads. An empty front, or one
     * with no point strictly inside the reference box, gives an exact 0 with a zero-width interval.
     *
     * @param front      the points, one row per point, each with {@code ref.length} objectives
     * @param ref        the reference point
     * @param samples    the number of sample points, at least 1
     * @param seed       the seed from which the samples' generators are derived
     * @param confidence the interval's nominal coverage, strictly between 0 and 1
     * @return the estimate with its standard error and interval
     * @throws IllegalArgumentException under the same conditions as {@link #of}, or if
     *                                  {@code samples < 1} or {@code confidence} is not in (0, 1)
     */
    public static HypervolumeEstimate estimate(
            double[][] front, double[] ref, long samples, long seed, double confidence) {
        validate(front, ref);
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, was " + samples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
        }
        return MonteCarlo.estimate(front, ref, samples, seed, confidence);
    }

    private static int validate(double[][] front, double[] ref) {
        int d = Arguments.point("ref", ref);
        Arguments.front("front", front, d, "ref");
        return d;
    }

    /** Only a unique minimum contributes: the gap to the next value (or to ref). */
    private static double[] contributions1d(double[][] front, double ref) {
        double[] c = new double[front.length];
        int best = -1;
        double min = ref;
        double second = ref;
        for (int i = 0; i < front.length; i++) {
            double x = front[i][0];
            if (x < min) {
                second = min;
                min = x;
                best = i;
            } else if (x < second) {
                second = x;
            }
        }
        if (best >= 0) {
            c[best] = second - min;
        }
        return c;
    }
}
