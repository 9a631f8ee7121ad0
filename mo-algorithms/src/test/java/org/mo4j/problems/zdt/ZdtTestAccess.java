package org.mo4j.problems.zdt;

import org.mo4j.problems.internal.Fronts;

/**
 * Package-private values of the ZDT problems, for the cross-suite tests of {@code
 * org.mo4j.problems} (ParetoSets, TrueFrontHypervolumeTest), which live in another package.
 */
public final class ZdtTestAccess {

    private ZdtTestAccess() {}

    /** {@code Zdt3.pieces()}: ZDT3's Pareto-optimal parameter values. */
    public static Fronts.RecordSet zdt3Pieces() {
        return Zdt3.pieces();
    }

    /** {@code Zdt6.F1_MIN}: the smallest f₁ on ZDT6's front. */
    public static double zdt6F1Min() {
        return Zdt6.F1_MIN;
    }
}
