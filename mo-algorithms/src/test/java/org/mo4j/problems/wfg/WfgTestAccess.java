package org.mo4j.problems.wfg;

import org.mo4j.problems.internal.Fronts;

/**
 * Package-private values of the WFG problems, for the cross-suite tests of {@code
 * org.mo4j.problems} (ParetoSets), which live in another package.
 */
public final class WfgTestAccess {

    private WfgTestAccess() {}

    /** {@code Wfg2.pieces()}: WFG2's Pareto-optimal parameter values. */
    public static Fronts.RecordSet wfg2Pieces() {
        return Wfg2.pieces();
    }
}
