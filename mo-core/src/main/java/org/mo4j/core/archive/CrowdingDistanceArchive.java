package org.mo4j.core.archive;

import java.util.List;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.sorting.CrowdingDistance;

/**
 * A Pareto archive of at most {@code capacity} members that, when an accepted offer makes it one
 * too many, drops the member with the smallest NSGA-II crowding distance (Deb, Pratap, Agarwal,
 * Meyarivan 2002, IEEE TEC 6(2), section III-B; as an external archive in OMOPSO, Reyes-Sierra and
 * Coello 2005): the extremes of every objective always stay, and the most crowded members go
 * first. Ties go to the earliest inserted member. Why: a fixed-size, spread-out front for
 * algorithms that archive every evaluation (MORL policies, PSL samples, campaign runs).
 *
 * <p>An offer costs O(capacity · d) for the Pareto filter plus, when it overflows, one crowding
 * computation, O(d · capacity · log capacity). Unlike {@link ParetoArchive}, a bounded archive can
 * accept a vector that a vector it dropped earlier dominated. Members are kept in insertion order.
 * Not thread-safe.
 *
 * @param <T> the payload type
 */
public final class CrowdingDistanceArchive<T> {

    private final int capacity;
    private final MemberList members;

    /**
     * An empty archive of vectors with {@code dimension} objectives holding at most
     * {@code capacity} of them.
     *
     * @throws IllegalArgumentException if {@code dimension < 1} or {@code capacity < 1}
     */
    public CrowdingDistanceArchive(int dimension, int capacity) {
        this.capacity = Arguments.positive("capacity", capacity);
        this.members = new MemberList(Arguments.positive("dimension", dimension), capacity + 1);
    }

    /**
     * Offers {@code objectives} with {@code payload}.
     *
     * @return whether {@code objectives} is a member afterwards: false when a member weakly
     *         dominates it or when it was itself the most crowded
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
        double[] crowding = CrowdingDistance.of(members.objectives());
        int worst = 0;
        for (int m = 1; m < crowding.length; m++) {
            if (crowding[m] < crowding[worst]) {
                worst = m;
            }
        }
        members.remove(worst);
        return worst != crowding.length - 1;
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

    /** The number of objectives, fixed at construction. */
    public int dimension() {
        return members.dimension;
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
