package org.mo4j.problems.zdt;

/** What the ZDT problems share: the checks of n and the distance functions g. */
final class Zdt {

    private Zdt() {}

    static int checkVariables(int variables) {
        if (variables < 2) {
            throw new IllegalArgumentException("variables must be >= 2, was " + variables);
        }
        return variables;
    }

    /** g = 1 + 9 Σ_{i≥2} x_i / (n − 1) of ZDT1–3. */
    static double linearG(double[] x) {
        double s = 0;
        for (int i = 1; i < x.length; i++) {
            s += x[i];
        }
        return 1 + 9 * s / (x.length - 1);
    }
}
