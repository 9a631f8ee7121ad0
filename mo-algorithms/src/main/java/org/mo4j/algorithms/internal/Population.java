package org.mo4j.algorithms.internal;

import java.util.Arrays;
import org.mo4j.core.problem.Evaluation;

/**
 * The evaluated members of a population-based algorithm's working set: for member i its decision
 * vector, its {@link Evaluation}, and the objective vector and total violation read from it once.
 * Capacity is fixed at construction (parents plus offspring); members occupy positions
 * {@code 0..size()}.
 *
 * <p>Rows are shared, never copied: an evaluation's arrays are not modified after it is stored, so
 * {@link #objectives()} and snapshots can hand out the same rows. Every operation is O(k) in the
 * members it touches; {@link #keep} allocates one scratch array of its argument's length. One
 * instance per run; not thread-safe.
 */
public final class Population {

    private final double[][] x;
    private final double[][] f;
    private final double[] cv;
    private final Evaluation[] e;
    private int size;

    /**
     * An empty population that can hold {@code capacity} members.
     *
     * @throws IllegalArgumentException if {@code capacity < 0}
     */
    public Population(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
        }
        x = new double[capacity][];
        f = new double[capacity][];
        cv = new double[capacity];
        e = new Evaluation[capacity];
    }

    /** The number of members. */
    public int size() {
        return size;
    }

    /** The number of members it can hold. */
    public int capacity() {
        return x.length;
    }

    /** Member i's decision vector (shared, not copied). */
    public double[] variables(int i) {
        return x[i];
    }

    /** Member i's objective vector (shared, not copied). */
    public double[] objectives(int i) {
        return f[i];
    }

    /** Member i's total constraint violation (0 when feasible). */
    public double violation(int i) {
        return cv[i];
    }

    /** Member i's evaluation. */
    public Evaluation evaluation(int i) {
        return e[i];
    }

    /** The objective vectors of the members, in order (a fresh outer array sharing the rows). */
    public double[][] objectives() {
        return Arrays.copyOf(f, size);
    }

    /** The total violations of the members, in order (a fresh array). */
    public double[] violations() {
        return Arrays.copyOf(cv, size);
    }

    /** The total violations as held: index i &lt; {@link #size()} is member i (not a copy; do not modify). */
    public double[] violationsView() {
        return cv;
    }

    /**
     * Appends evaluated members {@code xs[i]} with evaluations {@code es[i]}.
     *
     * @throws IllegalStateException if they do not fit
     */
    public void addAll(double[][] xs, Evaluation[] es) {
        if (size + xs.length > x.length) {
            throw new IllegalStateException(
                    "population holds " + x.length + " members; cannot add " + xs.length + " to " + size);
        }
        for (int i = 0; i < xs.length; i++) {
            set(size + i, xs[i], es[i]);
        }
        size += xs.length;
    }

    /** Appends one evaluated member. */
    public void add(double[] xi, Evaluation ei) {
        if (size == x.length) {
            throw new IllegalStateException("population is full (" + size + " members)");
        }
        set(size++, xi, ei);
    }

    /**
     * Replaces member {@code i} (below {@link #size()}) with {@code xi} and its evaluation {@code ei}:
     * the steady-state update of decomposition algorithms, where position i is subproblem i. Snapshots
     * taken before keep the old member.
     *
     * @throws IndexOutOfBoundsException if {@code i} is not a member's position
     */
    public void replace(int i, double[] xi, Evaluation ei) {
        java.util.Objects.checkIndex(i, size);
        set(i, xi, ei);
    }

    /**
     * Removes member {@code i} by moving the last member into its position (when {@code i} is the
     * last, it is simply dropped); the order of the others is unchanged.
     */
    public void removeByLast(int i) {
        int last = size - 1;
        if (i != last) {
            x[i] = x[last];
            f[i] = f[last];
            cv[i] = cv[last];
            e[i] = e[last];
        }
        x[last] = null;
        f[last] = null;
        e[last] = null;
        size = last;
    }

    /**
     * Keeps the members {@code chosen[0..k)}, in that order, as members {@code 0..k)}; the others
     * are dropped. The indices must be distinct and below {@link #size()}.
     */
    public void keep(int[] chosen) {
        int k = chosen.length;
        double[][] nx = new double[k][];
        double[][] nf = new double[k][];
        double[] ncv = new double[k];
        Evaluation[] ne = new Evaluation[k];
        for (int i = 0; i < k; i++) {
            nx[i] = x[chosen[i]];
            nf[i] = f[chosen[i]];
            ncv[i] = cv[chosen[i]];
            ne[i] = e[chosen[i]];
        }
        System.arraycopy(nx, 0, x, 0, k);
        System.arraycopy(nf, 0, f, 0, k);
        System.arraycopy(ncv, 0, cv, 0, k);
        System.arraycopy(ne, 0, e, 0, k);
        Arrays.fill(x, k, size, null);
        Arrays.fill(f, k, size, null);
        Arrays.fill(e, k, size, null);
        size = k;
    }

    /** A copy of the members (sharing rows) with capacity equal to their number. */
    public Population snapshot() {
        Population s = new Population(size);
        System.arraycopy(x, 0, s.x, 0, size);
        System.arraycopy(f, 0, s.f, 0, size);
        System.arraycopy(cv, 0, s.cv, 0, size);
        System.arraycopy(e, 0, s.e, 0, size);
        s.size = size;
        return s;
    }

    private void set(int at, double[] xi, Evaluation ei) {
        x[at] = xi;
        e[at] = ei;
        f[at] = ei.objectives();
        cv[at] = ei.totalViolation();
    }
}
