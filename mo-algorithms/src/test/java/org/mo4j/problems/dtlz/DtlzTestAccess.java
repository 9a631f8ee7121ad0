package org.mo4j.problems.dtlz;

import org.mo4j.problems.internal.Fronts;

/**
 * Package-private values of the DTLZ problems, for the cross-suite tests of {@code
 * org.mo4j.problems} (ParetoSets), which live in another package.
 */
public final class DtlzTestAccess {

    private DtlzTestAccess() {}

    /** {@code Dtlz7.pieces()}: DTLZ7's Pareto-optimal parameter values. */
    public static Fronts.RecordSet dtlz7Pieces() {
        return Dtlz7.pieces();
    }
}
