package org.mo4j.core.archive;

import java.util.List;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.internal.Arguments;

/**
 * A Pareto archive of at most {@code capacity} members that, when an accepted offer makes it one
 * too many, drops the member whose exclusive hypervolume contribution with respect to a fixed
 * reference point is smallest, so each drop loses the least hypervolume possible (Knowles, Corne,
 * Fleischer 2003, "Bounded archiving using the Lebesgue measure", CEC 2003; the deletion of
 * SMS-EMOA, Beume, Naujoks, Emmerich 2007). Members outside the reference box contribute 0 and go
 * first; ties go to the earliest inserted member. Why: the bounded archive whose quality is the
 * indicator most runs are judged by.
 *
 * <p>An offer costs O(capacity · d) for the Pareto filter plus, when it overflows, one
 * {@link Hypervolume#contributions(double[][], double[])}: O(capacity · log capacity) for d &le; 3,
 * more above. Members are kept in insertion order. Not thread-safe.
 *
 * @param <T> the payload type
 */
public final class HypervolumeArchive<T> {

    private final int capacity;
    private final double[] reference;
    private final MemberList members;

    /**
     * An empty archive holding at most {@code capacity} vectors, with {@code reference.length}
     * objectives measured against {@code reference}.
     *
     * @throws IllegalArgumentException if {@code reference} is null, empty or not finite, or
     *                                  {@code capacity < 1}
     */
    public HypervolumeArchive(double[] reference, int capacity) {
        int d = Arguments.point("reference", reference);
        this.capacity = Arguments.positive("capacity", capacity);
        this.reference = reference.clone();
        this.members = new MemberList(d, capacity + 1);
    }

    /**
     * Offers {@code objectives} with {@code payload}.
     *
     * @return whether {@code objectives} is a member afterwards: false when a member weakly
     *         dominates it or when its contribution was the smallest
     * @throws IllegalArgumentException if {@code objectives} is null, holds NaN or infinity, or
     *                                  does not have {@link #dimension()} coordinates
     */
    public boolean add(double[] objectives, T payload) {
        Arguments.point("objectives", objectives, members.dimension, "the archive");
        if (!members.offer(objectives, payload)) {
            return false;
        }
        if (members.size <= capacity) {
            return true;
        }
        double[] contributions = Hypervolume.contributions(members.objectives(), reference);
        int worst = 0;
        for (int m = 1; m < contributions.length; m++) {
            if (contributions[m] < contributions[worst]) {
                worst = m;
            }
        }
        members.remove(worst);
        return worst != contributions.length - 1;
    }

    /** Offers {@code objectives} with a null payload; see {@link #add(double[], Object)}. */
    public boolean add(double[] objectives) {
        return add(objectives, null);
    }

    /** The number of members, at most {@link #capacity()}. */
    public int size() {
        return members.size;
    }

    /** The most members the archive holds. */
    public int capacity() {
        return capacity;
    }

    /** The number of objectives, the reference point's length. */
    public int dimension() {
        return members.dimension;
    }

    /** A copy of the reference point. */
    public double[] reference() {
        return reference.clone();
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
