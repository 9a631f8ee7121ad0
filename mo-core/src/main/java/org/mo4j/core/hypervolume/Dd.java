package org.mo4j.core.hypervolume;

/**
 * A mutable double-double number {@code hi + lo} (about 106 significant bits), for the sums
 * that WFG later subtracts from a box of nearly the same volume. Differences of two doubles are
 * formed exactly (TwoSum) and products use {@link Math#fma}, following Dekker, "A floating-point
 * technique for extending the available precision", Numer. Math. 18, 1971, and Hida, Li, Bailey,
 * "Library for double-double and quad-double arithmetic", 2007. All operations are O(1) and
 * allocation-free; they update {@code this} and return it.
 */
final class Dd {

    double hi;
    double lo;

    Dd set(Dd o) {
        hi = o.hi;
        lo = o.lo;
        return this;
    }

    Dd set(double hi, double lo) {
        this.hi = hi;
        this.lo = lo;
        return this;
    }

    Dd zero() {
        hi = 0;
        lo = 0;
        return this;
    }

    /** {@code this = x - y}, exactly. */
    Dd diff(double x, double y) {
        double s = x - y;
        double bb = s - x;
        hi = s;
        lo = (x - (s - bb)) + (-y - bb);
        return this;
    }

    /** {@code this += o}. */
    Dd add(Dd o) {
        return add(o.hi, o.lo);
    }

    /** {@code this -= o}. */
    Dd sub(Dd o) {
        return add(-o.hi, -o.lo);
    }

    private Dd add(double bh, double bl) {
        double s = hi + bh;
        double bb = s - hi;
        double e = (hi - (s - bb)) + (bh - bb) + lo + bl;
        hi = s + e;
        lo = e - (hi - s);
        return this;
    }

    /** {@code this *= (x - y)}, with the difference formed exactly. */
    Dd mulDiff(double x, double y) {
        double s = x - y;
        double bb = s - x;
        return mul(s, (x - (s - bb)) + (-y - bb));
    }

    private Dd mul(double bh, double bl) {
        double p = hi * bh;
        double e = Math.fma(hi, bh, -p) + (hi * bl + lo * bh);
        hi = p + e;
        lo = e - (hi - p);
        return this;
    }

    double value() {
        return hi + lo;
    }
}
