package org.mo4j.problems.ctp;

/** CTP1's Pareto set, from its definition: the g at which g e^{-f1/g} reaches a given f2. */
public final class Ctp1Pareto {

    private Ctp1Pareto() {}

    /** The g ≥ 1 with g·exp(−f1/g) = f2, for f2 ≥ exp(−f1), by bisection (the left side grows with g). */
    public static double gFor(double f1, double f2) {
        double lo = 1;
        double hi = 2;
        if (lo * Math.exp(-f1 / lo) >= f2) {
            return lo;
        }
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid * Math.exp(-f1 / mid) < f2) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** The least feasible f2 at f1, written out from the paper's constraints. */
    public static double least(double f1) {
        return Math.max(Math.exp(-f1), Math.max(0.858 * Math.exp(-0.541 * f1), 0.728 * Math.exp(-0.295 * f1)));
    }
}
