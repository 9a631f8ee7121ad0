package org.mo4j.surrogates.psl;

/**
 * SVH-PSL's normalisation of the K per-particle loss gradients, {@code F.normalize(grad, dim=0)}
 * in {@code run_svh.py} line 202: for each parameter coordinate p, the column (g<sub>1p</sub>, …,
 * g<sub>Kp</sub>) is divided by max(‖column‖<sub>2</sub>, 10⁻¹²). It is <em>not</em> a per-particle
 * normalisation: each coordinate is scaled by its own norm across the particles, so the result is
 * no longer parallel to any particle's gradient.
 *
 * <p>O(K·P) time, in place, no allocation (the column norms are accumulated column by column;
 * K is small, 10 in the code).
 */
public final class ParticleGradients {

    /** The floor of the column norm, {@code F.normalize}'s default eps. */
    public static final double EPS = 1e-12;

    private ParticleGradients() {}

    /**
     * Normalises K × P gradients in place along the particle axis, for each coordinate.
     *
     * @param gradients K × P finite values (rows = particles), K ≥ 1
     * @throws IllegalArgumentException if {@code gradients} is null, empty, ragged or not finite
     */
    public static void normalizeAcrossParticles(double[][] gradients) {
        int p = Checks.matrix("gradients", gradients, 1);
        int k = gradients.length;
        for (int c = 0; c < p; c++) {
            double sum = 0;
            for (int a = 0; a < k; a++) {
                double g = gradients[a][c];
                sum += g * g;
            }
            double denominator = Math.max(Math.sqrt(sum), EPS);
            for (int a = 0; a < k; a++) {
                gradients[a][c] /= denominator;
            }
        }
    }
}
