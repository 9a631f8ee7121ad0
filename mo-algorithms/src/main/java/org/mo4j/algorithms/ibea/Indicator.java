package org.mo4j.algorithms.ibea;

import java.util.Locale;

/**
 * The binary quality indicator I(y, x) that IBEA's fitness is built on (Zitzler &amp; Künzli 2004,
 * section 3, the two indicators of the paper), evaluated on objectives scaled to [0, 1] by the
 * bounds of the set:
 *
 * <ul>
 *   <li>{@link #EPSILON}: the additive ε-indicator I_ε+(y, x) = max_k (y_k − x_k), the smallest
 *       shift that makes y weakly dominate x (IBEA_ε+, mo4j's default);</li>
 *   <li>{@link #HYPERVOLUME}: I_HD(y, x) = H(x) − H(y) when y weakly dominates x, otherwise
 *       H({x, y}) − H(y), the volume x dominates and y does not; H is the volume dominated up to
 *       the reference point (2, ..., 2) of the scaled objectives (IBEA_HD, jMetal's IBEA).</li>
 * </ul>
 *
 * <p>Both cost O(m) per pair in m objectives. Why two: I_ε+ needs no reference point; I_HD rewards
 * directly what the hypervolume measures. The reference point 2 is the one jMetal's IBEA uses
 * ({@code rho = 2.0}), not one read from the paper.
 */
public enum Indicator {
    /** The additive ε-indicator I_ε+. */
    EPSILON,
    /** The hypervolume-difference indicator I_HD, reference point 2 on the scaled objectives. */
    HYPERVOLUME;

    /** The reference coordinate of {@link #HYPERVOLUME} on objectives scaled to [0, 1]. */
    static final double REFERENCE = 2.0;

    /**
     * The indicator named {@code text}, ignoring case: {@code epsilon} or {@code hypervolume}.
     *
     * @throws IllegalArgumentException naming the value when it is neither
     */
    public static Indicator parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "epsilon" -> EPSILON;
            case "hypervolume" -> HYPERVOLUME;
            default ->
                throw new IllegalArgumentException("indicator must be epsilon or hypervolume, was '" + text + "'");
        };
    }

    /** The lower-case name {@link #parse} reads. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
