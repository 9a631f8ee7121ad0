package org.mo4j.surrogates.gp;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.chol.CholeskyDecompositionInner_DDRM;

/**
 * The lower Cholesky factor of a symmetric n×n matrix with jitter escalation: first the matrix as
 * given, then with 10⁻⁸·(mean diagonal) added to the diagonal, ×10 each time up to 10⁻²·(mean
 * diagonal); then {@link NotPositiveDefiniteException}. O(n³) per attempt (EJML's inner-product
 * Cholesky); the workspace is reused, so repeated factorisations allocate nothing.
 *
 * <p>gpytorch's {@code psd_safe_cholesky} escalates the same way from an absolute 10⁻⁸ (double)
 * for three tries; a relative start makes the escalation independent of the output scale.
 */
final class Cholesky {

    static final double FIRST_RELATIVE_JITTER = 1e-8;
    static final double LAST_RELATIVE_JITTER = 1e-2;

    private final int n;
    private final DMatrixRMaj work;
    private final CholeskyDecompositionInner_DDRM decomposition = new CholeskyDecompositionInner_DDRM(true);

    Cholesky(int n) {
        this.n = n;
        this.work = new DMatrixRMaj(n, n);
    }

    /**
     * Factorises {@code a} (row-major n×n, symmetric, not modified) into {@code l} (row-major,
     * lower triangle, zeros above) and returns the jitter that was added (0 when none was needed).
     */
    double factor(double[] a, double[] l) {
        double trace = 0;
        for (int i = 0; i < n * n; i++) {
            if (!Double.isFinite(a[i])) {
                throw new NotPositiveDefiniteException(n, 0, "entry (" + i / n + ", " + i % n + ") is " + a[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            trace += a[i * n + i];
        }
        double meanDiagonal = trace / n;
        if (!(meanDiagonal > 0)) {
            throw new NotPositiveDefiniteException(n, 0, "mean diagonal " + meanDiagonal);
        }
        double jitter = 0;
        double relative = FIRST_RELATIVE_JITTER;
        while (true) {
            if (attempt(a, l, jitter)) {
                return jitter;
            }
            if (relative > LAST_RELATIVE_JITTER * (1 + 1e-9)) {
                throw new NotPositiveDefiniteException(n, jitter, "Cholesky failed");
            }
            jitter = relative * meanDiagonal;
            relative *= 10;
        }
    }

    private boolean attempt(double[] a, double[] l, double jitter) {
        System.arraycopy(a, 0, work.data, 0, n * n);
        for (int i = 0; i < n; i++) {
            work.data[i * n + i] += jitter;
        }
        if (!decomposition.decompose(work)) {
            return false;
        }
        double[] t = work.data;
        for (int i = 0; i < n; i++) {
            double lii = t[i * n + i];
            if (!(lii > 0) || !Double.isFinite(lii)) {
                return false;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                l[i * n + j] = j <= i ? t[i * n + j] : 0;
            }
        }
        return true;
    }
}
