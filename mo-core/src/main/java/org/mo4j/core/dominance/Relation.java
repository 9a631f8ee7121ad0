package org.mo4j.core.dominance;

/**
 * The Pareto relation between two objective vectors {@code a} and {@code b}, seen from {@code a}
 * (objectives are minimised). Exactly one of the four values holds for any pair.
 */
public enum Relation {
    /** {@code a} is no worse than {@code b} in every objective and better in at least one. */
    DOMINATES,
    /** {@code b} dominates {@code a}. */
    DOMINATED,
    /** Each is better than the other in some objective (or, under constraints, neither wins). */
    NON_DOMINATED,
    /** The vectors are equal in every objective. */
    EQUAL;

    /**
     * The same relation seen from the other argument: {@code compare(b, a) == compare(a, b).mirror()}.
     *
     * @return {@link #DOMINATED} for {@link #DOMINATES} and vice versa; other values unchanged
     */
    public Relation mirror() {
        return switch (this) {
            case DOMINATES -> DOMINATED;
            case DOMINATED -> DOMINATES;
            default -> this;
        };
    }
}
