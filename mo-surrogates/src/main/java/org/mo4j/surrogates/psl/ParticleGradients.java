package org.mo4j.surrogates.psl;

/**
 * SVH-PSL's normalisation of the K per-particle loss gradients, {@code F.normalize(grad, dim=0)}
 * in {@code run_svh.py} line 202: for each parameter coordinate p, the column (g<sub>1p</sub>, …,
 * g<sub>Kp</sub>) is divided by max(‖column‖<sub>2</sub>, 10⁻¹²). It is <em>not</em> a per-particle
 * normalisation: each coordinate is scaled by its own norm across the particles, so the result is
 * no longer parallel to any particle's gradient.
 *
 * <p>O(K·P) time, in place; the column norms are accumulated row by row (contiguous, so the
 * loop vectorises) into P values of scratch.
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
        normalizeTrusted(gradients, new double[p]);
    }

    /**
     * {@link #normalizeAcrossParticles} without the checks, for the training loop: the squared
     * column norms are accumulated row by row into {@code squares} (P values, overwritten), which
     * sums each column in the same order as column by column, so the result is the same.
     */
    static void normalizeTrusted(double[][] gradients, double[] squares) {
        int p = gradients[0].length;
        java.util.Arrays.fill(squares, 0, p, 0);
        for (double[] row : gradients) {
            for (int c = 0; c < p; c++) {
                squares[c] += row[c] * row[c];
            }
        }
        for (int c = 0; c < p; c++) {
            squares[c] = Math.max(Math.sqrt(squares[c]), EPS);
        }
        for (double[] row : gradients) {
            for (int c = 0; c < p; c++) {
                row[c] /= squares[c];
            }
        }
    }
}
