package org.mo4j.core.hypervolume;

import org.mo4j.core.validation.Arguments;

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
 *       Fonseca, López-Ibáñez, Paquete, Vahrenhold, IEEE TEC 13(5), 2009);</li>
 *   <li>d &ge; 4: WFG (While, Bradstreet, Barone, IEEE TEC 16(1), 2012), exclusive volumes of
 *       non-dominated limit sets, bottoming out in the 3D sweep; exponential in d in the worst
 *       case.</li>
 * </ul>
 * Inputs are validated once with {@link Arguments} and never modified.
 */
public final class Hypervolume {

    private Hypervolume() {
    }

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
                return Hv4d.volume(front, ref);
            default:
                return Wfg.volume(front, ref);
        }
    }

    /**
     * The exclusive contribution of each point, {@code HV(S) - HV(S \ {p})}, in input order.
     * Dominated points, points with a duplicate and points outside the reference box get 0.
     * O(n log n) for d &le; 2; for d &ge; 3 one limit-set hypervolume per point
     * (O(n^2 log n) for d = 3).
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
            default:
                return Wfg.contributions(front, ref);
        }
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
