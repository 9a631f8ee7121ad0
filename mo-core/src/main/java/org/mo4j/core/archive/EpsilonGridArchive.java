package org.mo4j.core.archive;

import java.util.List;
import org.mo4j.core.internal.Arguments;

/**
 * The ε-Pareto archive of Laumanns, Thiele, Deb, Zitzler 2002 ("Combining convergence and
 * diversity in evolutionary multiobjective optimization", Evolutionary Computation 10(3):263-282,
 * the box-dominance archive of section 4, as in ε-MOEA, Deb, Mohan, Mishra 2005): objective space
 * is cut into boxes {@code floor(f_i / ε_i)}; an offer whose box is weakly box-dominated by a
 * member's other box is rejected, members whose boxes the offer's box dominates are dropped, and
 * each box keeps one vector: the one that dominates, or of two incomparable ones the one nearer the
 * box's lower corner (the earlier on a tie). Why: the archive's size is bounded by the grid and
 * every vector ever offered stays additively ε-dominated ({@code m_i ≤ f_i + ε_i}) by a member,
 * whatever the order of offers, which neither truncation rule guarantees.
 *
 * <p>At most {@code ∏ (range_i / ε_i)} members over a bounded region, fewer on a front
 * (O((range/ε)^(d-1))). An offer costs O(size · d). Members are kept in insertion order. Not
 * thread-safe.
 *
 * @param <T> the payload type
 */
public final class EpsilonGridArchive<T> {

    private final double[] epsilon;
    private final MemberList members;
    private final double[] box;
    private boolean[] drop = new boolean[16];

    /**
     * An empty archive with box sides {@code epsilon} (one per objective, each positive and finite).
     *
     * @throws IllegalArgumentException if {@code epsilon} is null, empty, or has a side that is not
     *                                  positive and finite
     */
    public EpsilonGridArchive(double[] epsilon) {
        int d = Arguments.point("epsilon", epsilon);
        for (int i = 0; i < d; i++) {
            if (!(epsilon[i] > 0)) {
                throw new IllegalArgumentException("epsilon[" + i + "] must be positive, was " + epsilon[i]);
            }
        }
        this.epsilon = epsilon.clone();
        this.members = new MemberList(d, 16);
        this.box = new double[d];
    }

    /**
     * Offers {@code objectives} with {@code payload}; O(size · d).
     *
     * @return whether {@code objectives} is a member afterwards
     * @throws IllegalArgumentException if {@code objectives} is null, holds NaN or infinity, or
     *                                  does not have {@link #dimension()} coordinates
     */
    public boolean add(double[] objectives, T payload) {
        Arguments.point("objectives", objectives, members.dimension, "the archive");
        int d = members.dimension;
        for (int i = 0; i < d; i++) {
            box[i] = Math.floor(objectives[i] / epsilon[i]);
        }
        if (drop.length < members.size) {
            drop = new boolean[2 * members.size];
        }
        double[] rows = members.rows;
        boolean any = false;
        for (int m = 0; m < members.size; m++) {
            int o = m * d;
            boolean memberBoxBetter = false;
            boolean newBoxBetter = false;
            for (int i = 0; i < d; i++) {
                double b = Math.floor(rows[o + i] / epsilon[i]);
                memberBoxBetter |= b < box[i];
                newBoxBetter |= box[i] < b;
            }
            boolean dropIt;
            if (!memberBoxBetter && !newBoxBetter) {
                // The same box: one vector per box.
                if (!replaces(objectives, rows, o)) {
                    return false;
                }
                dropIt = true;
            } else if (!newBoxBetter) {
                return false; // the member's box dominates the offer's
            } else {
                dropIt = !memberBoxBetter; // the offer's box dominates the member's
            }
            drop[m] = dropIt; // set for every member, so the pass below reads only this offer's marks
            any |= dropIt;
        }
        // A rejection came before any drop: boxes of members are mutually non-dominated and
        // distinct, so no box both dominates (or equals) the offer's and is dominated by it.
        if (any) {
            for (int m = members.size - 1; m >= 0; m--) {
                if (drop[m]) {
                    members.remove(m);
                }
            }
        }
        members.append(objectives, payload);
        return true;
    }

    /** Whether offer {@code y} should replace the member at {@code rows[o, o + d)} in their shared box. */
    private boolean replaces(double[] y, double[] rows, int o) {
        int d = members.dimension;
        boolean memberBetter = false;
        boolean newBetter = false;
        double memberCorner = 0;
        double newCorner = 0;
        for (int i = 0; i < d; i++) {
            memberBetter |= rows[o + i] < y[i];
            newBetter |= y[i] < rows[o + i];
            double corner = box[i] * epsilon[i];
            memberCorner += (rows[o + i] - corner) * (rows[o + i] - corner);
            newCorner += (y[i] - corner) * (y[i] - corner);
        }
        if (!newBetter) {
            return false; // the member weakly dominates the offer
        }
        if (!memberBetter) {
            return true; // the offer dominates the member
        }
        return newCorner < memberCorner;
    }

    /** Offers {@code objectives} with a null payload; see {@link #add(double[], Object)}. */
    public boolean add(double[] objectives) {
        return add(objectives, null);
    }

    /** The number of members. */
    public int size() {
        return members.size;
    }

    /**
     * The payload of member {@code i} (in insertion order, as {@link #entries()}); O(1), no copy, so
     * a steady-state algorithm can draw a random member on every step without a snapshot.
     *
     * @throws IndexOutOfBoundsException if {@code i} is not below {@link #size()}
     */
    @SuppressWarnings("unchecked")
    public T payload(int i) {
        java.util.Objects.checkIndex(i, members.size);
        return (T) members.payloads[i];
    }

    /** The number of objectives, the length of ε. */
    public int dimension() {
        return members.dimension;
    }

    /** A copy of the box sides. */
    public double[] epsilon() {
        return epsilon.clone();
    }

    /** Copies of the members' objective vectors in insertion order. O(size · d). */
    public double[][] objectives() {
        return members.objectives();
    }

    /** The members with their payloads, aligned with {@link #objectives()}; an unmodifiable snapshot. */
    public List<ParetoArchive.Entry<T>> entries() {
        return members.entries();
    }

    /** Removes every member. */
    public void clear() {
        members.clear();
    }
}
