package org.mo4j.surrogates.gp;

/**
 * A kernel matrix stayed indefinite (or not finite) after the largest jitter was added to its
 * diagonal, so no Cholesky factor exists. gpytorch's {@code psd_safe_cholesky} raises
 * {@code NotPSDError} in the same situation; here the message names the matrix size and the last
 * jitter, because the usual causes (duplicated inputs with a zero noise floor, extreme
 * hyper-parameters) depend on both.
 */
public final class NotPositiveDefiniteException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    private final int size;
    private final double jitter;

    /**
     * A failure for an n×n matrix after {@code jitter} was added to its diagonal.
     *
     * @param size   n
     * @param jitter the last jitter tried (0 if the matrix was not finite)
     * @param detail what failed
     */
    public NotPositiveDefiniteException(int size, double jitter, String detail) {
        super("the " + size + "x" + size + " kernel matrix is not positive definite (" + detail
                + "; last jitter added to the diagonal " + jitter + ")");
        this.size = size;
        this.jitter = jitter;
    }

    /**
     * Returns n, the matrix size.
     *
     * @return the number of rows
     */
    public int size() {
        return size;
    }

    /**
     * Returns the last jitter added to the diagonal.
     *
     * @return the jitter
     */
    public double jitter() {
        return jitter;
    }
}
