package org.mo4j.surrogates.gp;

/**
 * A stationary covariance function with one length-scale per input (automatic relevance
 * determination) and an output scale: k(a, b) = s·ρ(r²), r² = Σⱼ (aⱼ − bⱼ)² / ℓⱼ².
 *
 * <ul>
 *   <li>{@link #MATERN52}: ρ = (1 + √5·r + 5r²/3)·exp(−√5·r), gpytorch's
 *       {@code ScaleKernel(MaternKernel(nu=2.5, ard_num_dims=d))}, the kernel of SVH-PSL's code;
 *   <li>{@link #RBF}: ρ = exp(−r²/2), gpytorch's {@code RBFKernel}.
 * </ul>
 *
 * <p>Each correlation and its derivative with respect to r² cost O(1) (the distance O(d)); the
 * derivative with respect to r², finite at r = 0 for both kernels, is what the marginal-likelihood
 * gradient and the input gradients of the posterior need (Rasmussen and Williams 2006, eq. 4.14
 * and 4.17). Matérn-5/2 is the default because SVH-PSL uses it: twice differentiable, so the
 * posterior mean has the input gradients the Stein variational update flows through.
 */
public enum Kernel {
    /** Matérn with ν = 5/2. */
    MATERN52 {
        @Override
        public double correlation(double r2) {
            double s5r = SQRT5 * Math.sqrt(r2);
            return (1 + s5r + 5.0 / 3.0 * r2) * Math.exp(-s5r);
        }

        @Override
        public double correlationDerivative(double r2) {
            double s5r = SQRT5 * Math.sqrt(r2);
            return -5.0 / 6.0 * (1 + s5r) * Math.exp(-s5r);
        }
    },
    /** The squared exponential (radial basis function). */
    RBF {
        @Override
        public double correlation(double r2) {
            return Math.exp(-0.5 * r2);
        }

        @Override
        public double correlationDerivative(double r2) {
            return -0.5 * Math.exp(-0.5 * r2);
        }
    };

    private static final double SQRT5 = Math.sqrt(5);

    /**
     * The correlation ρ at a scaled squared distance; ρ(0) = 1.
     *
     * @param r2 r² = Σⱼ (aⱼ − bⱼ)² / ℓⱼ², ≥ 0 (not checked)
     * @return ρ(r²), in (0, 1]
     */
    public abstract double correlation(double r2);

    /**
     * dρ/d(r²) at a scaled squared distance (−5/6 for Matérn-5/2 and −1/2 for RBF at 0).
     *
     * @param r2 r², ≥ 0 (not checked)
     * @return the derivative, ≤ 0
     */
    public abstract double correlationDerivative(double r2);

    /**
     * The covariance k(a, b) = s·ρ(Σⱼ (aⱼ − bⱼ)² / ℓⱼ²). O(d).
     *
     * @param a            a point, finite, d coordinates
     * @param b            a point, finite, d coordinates
     * @param outputScale  s, finite and &gt; 0
     * @param lengthScales ℓ, d finite values &gt; 0
     * @return the covariance
     * @throws IllegalArgumentException if an argument is null, not finite, not positive where it
     *                                  must be, or of the wrong length
     */
    public double covariance(double[] a, double[] b, double outputScale, double[] lengthScales) {
        int d = Checks.point("lengthScales", lengthScales);
        for (int j = 0; j < d; j++) {
            Checks.positive("lengthScales[" + j + "]", lengthScales[j]);
        }
        Checks.point("a", a, d, "lengthScales");
        Checks.point("b", b, d, "lengthScales");
        Checks.positive("outputScale", outputScale);
        double r2 = 0;
        for (int j = 0; j < d; j++) {
            double t = (a[j] - b[j]) / lengthScales[j];
            r2 += t * t;
        }
        return outputScale * correlation(r2);
    }
}
