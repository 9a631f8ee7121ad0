package org.mo4j.problems.maf;

import java.util.Arrays;

/** The subgroup sizes of a MaF14 instance, for {@code ParetoSets} (another package). */
public final class MafTestAccess {

    private MafTestAccess() {}

    /**
     * s_k of the problem's grouping: that of the default request N = 20m if it gives the
     * problem's n, else the only grouping of any request that does (an error if several differ).
     */
    public static int[] groups(int m, Maf14 p) {
        int n = p.numberOfVariables();
        int[] fallback = null;
        for (int requested = 1; requested <= 4 * n; requested++) {
            int[] sub;
            try {
                sub = Maf15.groups(m, requested);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (m - 1 + 2 * Arrays.stream(sub).sum() != n) {
                continue;
            }
            if (requested == 20 * m) {
                return sub;
            }
            if (fallback != null && !Arrays.equals(fallback, sub)) {
                throw new AssertionError("several groupings give " + n + " variables for " + p);
            }
            fallback = sub;
        }
        if (fallback == null) {
            throw new AssertionError(p.toString());
        }
        return fallback;
    }
}
