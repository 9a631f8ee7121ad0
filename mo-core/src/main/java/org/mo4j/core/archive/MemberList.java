package org.mo4j.core.archive;

import java.util.Arrays;
import java.util.List;

/**
 * The flat member list of the bounded archives: rows in one {@code double[]} in insertion order,
 * payloads beside them. {@link #offer} is the Pareto filter (reject when weakly dominated, evict
 * what the offer dominates), O(size · d); {@link #remove} keeps the order, O(size · d).
 */
final class MemberList {

    final int dimension;
    double[] rows;
    Object[] payloads;
    int size;

    MemberList(int dimension, int capacity) {
        this.dimension = dimension;
        this.rows = new double[Math.max(capacity, 1) * dimension];
        this.payloads = new Object[Math.max(capacity, 1)];
    }

    /**
     * Stores {@code y} last unless a member weakly dominates it; evicts the members it dominates.
     *
     * @return false (nothing changed) when a member weakly dominates {@code y}
     */
    boolean offer(double[] y, Object payload) {
        int d = dimension;
        int kept = 0;
        for (int m = 0; m < size; m++) {
            int o = m * d;
            boolean memberBetter = false;
            boolean newBetter = false;
            for (int i = 0; i < d && !(memberBetter && newBetter); i++) {
                memberBetter |= rows[o + i] < y[i];
                newBetter |= y[i] < rows[o + i];
            }
            if (!newBetter) {
                return false; // nothing was evicted before: see ParetoArchive.add
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
        append(y, payload);
        return true;
    }

    void append(double[] y, Object payload) {
        if (size == payloads.length) {
            payloads = Arrays.copyOf(payloads, 2 * size);
            rows = Arrays.copyOf(rows, 2 * size * dimension);
        }
        System.arraycopy(y, 0, rows, size * dimension, dimension);
        payloads[size++] = payload;
    }

    /** Removes member {@code m}, keeping the others in order. */
    void remove(int m) {
        int d = dimension;
        System.arraycopy(rows, (m + 1) * d, rows, m * d, (size - m - 1) * d);
        System.arraycopy(payloads, m + 1, payloads, m, size - m - 1);
        payloads[--size] = null;
    }

    double[] row(int m) {
        return Arrays.copyOfRange(rows, m * dimension, (m + 1) * dimension);
    }

    double[][] objectives() {
        double[][] out = new double[size][];
        for (int m = 0; m < size; m++) {
            out[m] = row(m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    <T> List<ParetoArchive.Entry<T>> entries() {
        ParetoArchive.Entry<T>[] out = new ParetoArchive.Entry[size];
        for (int m = 0; m < size; m++) {
            out[m] = new ParetoArchive.Entry<>(row(m), (T) payloads[m]);
        }
        return List.of(out);
    }

    void clear() {
        Arrays.fill(payloads, 0, size, null);
        size = 0;
    }
}
