package org.mo4j.core.testing;

import java.util.Arrays;
import java.util.List;
import org.mo4j.core.internal.Arguments;

/**
 * The flat-list Pareto archive that {@code org.mo4j.core.archive.ParetoArchive} was before its
 * ND-tree: every offer is compared with every member, O(size · d). Kept verbatim as the oracle
 * the ND-tree must agree with (same members, same order, same payloads) and as the baseline of the
 * archive benchmark.
 *
 * @param <T> the payload type
 */
public final class FlatParetoArchive<T> {

    /**
     * A member of the archive: a copy of its objective vector, owned by the caller, and its
     * payload (possibly null).
     */
    public record Entry<T>(double[] objectives, T payload) {}

    private static final int INITIAL_CAPACITY = 16;

    private final int dimension;
    private double[] rows;
    private Object[] payloads;
    private int size;

    /**
     * An empty archive of vectors with {@code dimension} objectives.
     *
     * @throws IllegalArgumentException if {@code dimension < 1}
     */
    public FlatParetoArchive(int dimension) {
        this.dimension = Arguments.positive("dimension", dimension);
        this.rows = new double[INITIAL_CAPACITY * dimension];
        this.payloads = new Object[INITIAL_CAPACITY];
    }

    /**
     * Offers {@code objectives} with {@code payload}; O(size · d).
     *
     * @return true if it was stored (after evicting the members it dominates), false if a member
     *         weakly dominates it, in which case the archive is unchanged
     * @throws IllegalArgumentException if {@code objectives} is null, holds NaN or infinity, or
     *                                  does not have {@link #dimension()} coordinates
     */
    public boolean add(double[] objectives, T payload) {
        Arguments.point("objectives", objectives, dimension, "the archive");
        int d = dimension;
        int kept = 0;
        for (int m = 0; m < size; m++) {
            int o = m * d;
            boolean memberBetter = false;
            boolean newBetter = false;
            for (int i = 0; i < d && !(memberBetter && newBetter); i++) {
                double a = rows[o + i];
                double b = objectives[i];
                memberBetter |= a < b;
                newBetter |= b < a;
            }
            if (!newBetter) {
                // The member weakly dominates the new vector. Nothing was evicted before: a
                // vector dominating one member and weakly dominated by another would make the
                // two members comparable.
                return false;
            }
            if (memberBetter) {
                if (kept != m) {
                    System.arraycopy(rows, o, rows, kept * d, d);
                    payloads[kept] = payloads[m];
                }
                kept++;
            }
        }
        Arrays.fill(payloads, kept, size, null);
        size = kept;
        if (size == payloads.length) {
            payloads = Arrays.copyOf(payloads, 2 * size);
            rows = Arrays.copyOf(rows, 2 * size * d);
        }
        System.arraycopy(objectives, 0, rows, size * d, d);
        payloads[size++] = payload;
        return true;
    }

    /** Offers {@code objectives} with a null payload; see {@link #add(double[], Object)}. */
    public boolean add(double[] objectives) {
        return add(objectives, null);
    }

    /** The number of members. */
    public int size() {
        return size;
    }

    /** The number of objectives, fixed at construction. */
    public int dimension() {
        return dimension;
    }

    /** Copies of the members' objective vectors, one row per member, in storage order. O(size · d). */
    public double[][] objectives() {
        double[][] out = new double[size][];
        for (int m = 0; m < size; m++) {
            out[m] = Arrays.copyOfRange(rows, m * dimension, (m + 1) * dimension);
        }
        return out;
    }

    /** The members with their payloads, aligned with {@link #objectives()}; an unmodifiable snapshot. */
    @SuppressWarnings("unchecked")
    public List<Entry<T>> entries() {
        Entry<T>[] out = new Entry[size];
        for (int m = 0; m < size; m++) {
            out[m] = new Entry<>(Arrays.copyOfRange(rows, m * dimension, (m + 1) * dimension), (T) payloads[m]);
        }
        return List.of(out);
    }

    /** Removes every member; keeps the allocated storage. */
    public void clear() {
        Arrays.fill(payloads, 0, size, null);
        size = 0;
    }
}
