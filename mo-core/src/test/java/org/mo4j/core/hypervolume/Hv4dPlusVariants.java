package org.mo4j.core.hypervolume;

/**
 * The linked HV4D+ sweeps on a whole front, each without the other: production runs
 * {@link Hv4dPlus#volume} (plain double, falling back to double-double) and WFG's base case
 * {@link Hv4dPlusDd} on limit sets, so neither of these front-level entry points is in the main
 * sources. Points outside the reference box add nothing.
 */
final class Hv4dPlusVariants {

    private Hv4dPlusVariants() {}

    /** Plain-double HV4D+ of {@code front}, without the double-double fallback. */
    static double plain(double[][] front, double[] ref) {
        double[][] in = Points.inside(front, ref);
        return new Hv4dPlus(in.length).kernel(in, in.length, ref);
    }

    /**
     * Plain-double HV4D+ of {@code front} whose restarts switch to ranks after {@code rankAfter}
     * steps per point (0: from the first restart; {@link Integer#MAX_VALUE}: never).
     */
    static double plain(double[][] front, double[] ref, int rankAfter) {
        double[][] in = Points.inside(front, ref);
        return new Hv4dPlus(in.length, rankAfter).kernel(in, in.length, ref);
    }

    /** Double-double HV4D+ of {@code front}. */
    static double doubleDouble(double[][] front, double[] ref) {
        double[][] in = Points.inside(front, ref);
        return new Hv4dPlusDd(in.length).kernel(in, in.length, ref, new Dd()).value();
    }
}
