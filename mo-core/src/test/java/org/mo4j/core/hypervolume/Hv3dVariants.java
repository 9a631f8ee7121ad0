package org.mo4j.core.hypervolume;

/**
 * The three-objective sweep in double-double ({@link Hv3d#kernel}) on a whole front: production
 * runs it only on WFG's limit sets and sweeps whole fronts in plain double ({@link Hv3d#volume}),
 * so this entry point is a test oracle. Points outside the box add nothing.
 */
final class Hv3dVariants {

    private Hv3dVariants() {}

    /** Hypervolume of {@code front} by {@link Hv3d}, in double-double. */
    static double rankSet(double[][] front, double[] ref) {
        double[][] in = Points.inside(front, ref);
        return new Hv3d(in.length).kernel(in, in.length, ref, new Dd()).value();
    }
}
