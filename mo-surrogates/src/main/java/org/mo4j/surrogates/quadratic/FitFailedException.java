package org.mo4j.surrogates.quadratic;

/**
 * Levenberg–Marquardt did not converge within its budget. The official code's {@code curve_fit}
 * raises in the same situation ("Optimal parameters not found"), after which MAP has no surrogate
 * for that task; here the failure names the task's data size and the budget instead of being
 * printed and skipped.
 */
public final class FitFailedException extends RuntimeException {

    /** A failure described by {@code message}, caused by {@code cause}. */
    public FitFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
