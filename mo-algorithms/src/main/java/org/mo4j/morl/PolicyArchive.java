package org.mo4j.morl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mo4j.core.internal.Arguments;

/**
 * C-MORL's external Pareto archive of policies ("EP", Liu et al., ICLR 2025; {@code morl/ep.py}):
 * candidate returns are <em>maximised</em>; an update appends the candidates, keeps those that are
 * at least the reference point in every objective and not dominated by another member (equal
 * vectors are all kept, as the code's strict-dominance test does), and, when more than the buffer
 * size remain, keeps the buffer size with the largest crowding distance. Selection for Stage 2
 * takes the members with the largest crowding distance whose return vector was never selected
 * before (a history that lives as long as the archive).
 *
 * <p>Crowding distance as the code computes it: per objective, sort the members, give the two
 * ends +∞ and every interior member (next − previous) / (max − min), and sum over objectives; an
 * objective whose values are all equal adds nothing (the code divides 0 by 0 there). Ties in the
 * orderings go to the earlier member, so updates are deterministic.
 *
 * <p>Cost of an update with n members after appending: O(n² m) for the dominance filter plus
 * O(m n log n) for crowding; selection O(m n log n). Not thread-safe.
 *
 * @param <P> the policy (payload) type
 */
public final class PolicyArchive<P> {

    /** One member: a policy and its evaluated (maximised) return vector. */
    public record Member<P>(P policy, double[] returns) {

        /** @throws IllegalArgumentException if the returns are null, empty or not finite */
        public Member {
            Arguments.notNull("returns", returns);
            if (returns.length == 0) {
                throw new IllegalArgumentException("returns must have at least one objective, was empty");
            }
            for (int j = 0; j < returns.length; j++) {
                if (!Double.isFinite(returns[j])) {
                    throw new IllegalArgumentException("returns[" + j + "] must be finite, was " + returns[j]);
                }
            }
            returns = returns.clone();
        }

        /** The return vector (a copy). */
        @Override
        public double[] returns() {
            return returns.clone();
        }

        double returnOf(int j) {
            return returns[j];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Member<?> m
                    && Arrays.equals(returns, m.returns)
                    && java.util.Objects.equals(policy, m.policy);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(returns) + java.util.Objects.hashCode(policy);
        }

        @Override
        public String toString() {
            return "Member" + Arrays.toString(returns);
        }
    }

    private final double[] reference;
    private final int capacity;
    private List<Member<P>> members = new ArrayList<>();
    private final Set<List<Double>> selectedHistory = new HashSet<>();

    /**
     * An empty archive.
     *
     * @param referencePoint the point every member must weakly exceed (maximised returns)
     * @param capacity       the policy buffer size (C-MORL: 200), at least 1
     * @throws IllegalArgumentException if the reference point is null, empty or not finite, or the
     *                                  capacity is below 1
     */
    public PolicyArchive(double[] referencePoint, int capacity) {
        Arguments.notNull("referencePoint", referencePoint);
        if (referencePoint.length == 0) {
            throw new IllegalArgumentException("referencePoint must have at least one objective, was empty");
        }
        for (int j = 0; j < referencePoint.length; j++) {
            if (!Double.isFinite(referencePoint[j])) {
                throw new IllegalArgumentException(
                        "referencePoint[" + j + "] must be finite, was " + referencePoint[j]);
            }
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.reference = referencePoint.clone();
        this.capacity = capacity;
    }

    /** The number of objectives. */
    public int numberOfObjectives() {
        return reference.length;
    }

    /** The members, in archive order (unmodifiable). */
    public List<Member<P>> members() {
        return List.copyOf(members);
    }

    /** The number of members. */
    public int size() {
        return members.size();
    }

    /**
     * The {@link MorlMetrics} of the members' returns against this archive's reference point, with
     * expected utility on the grid of step {@code utilityStep}; (0, NaN, 0) while the archive is
     * empty, so that a run's checkpoints can report before anything qualified.
     */
    public MorlMetrics metrics(double utilityStep) {
        return members.isEmpty()
                ? new MorlMetrics(0, Double.NaN, 0)
                : MorlMetrics.of(returns(), reference, utilityStep);
    }

    /** The members' return vectors, one row each (fresh arrays). */
    public double[][] returns() {
        double[][] out = new double[members.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = members.get(i).returns();
        }
        return out;
    }

    /**
     * Offers candidates: appends them, keeps the non-dominated members that weakly exceed the
     * reference point (ordered by the first objective, ties by arrival), and prunes to the
     * capacity by crowding distance.
     *
     * @throws IllegalArgumentException if a candidate is null or has another number of objectives
     */
    public void update(List<Member<P>> candidates) {
        Arguments.notNull("candidates", candidates);
        List<Member<P>> all = new ArrayList<>(members);
        for (int i = 0; i < candidates.size(); i++) {
            Member<P> c = candidates.get(i);
            if (c == null) {
                throw new IllegalArgumentException("candidates[" + i + "] must not be null");
            }
            if (c.returns.length != reference.length) {
                throw new IllegalArgumentException("candidates[" + i + "] has " + c.returns.length
                        + " objectives but the archive has " + reference.length + " (dimension mismatch)");
            }
            all.add(c);
        }
        Integer[] order = new Integer[all.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        final List<Member<P>> a = all;
        Arrays.sort(order, (x, y) -> Double.compare(a.get(x).returns[0], a.get(y).returns[0]));
        List<Member<P>> kept = new ArrayList<>();
        for (int idx : order) {
            Member<P> p = all.get(idx);
            if (weaklyExceedsReference(p.returns) && !dominatedByAny(all, p.returns)) {
                kept.add(p);
            }
        }
        if (kept.size() > capacity) {
            double[] cd = crowdingDistances(kept);
            Integer[] byCd = new Integer[kept.size()];
            for (int i = 0; i < byCd.length; i++) {
                byCd[i] = i;
            }
            Arrays.sort(byCd, (x, y) -> Double.compare(cd[y], cd[x]));
            List<Member<P>> pruned = new ArrayList<>(capacity);
            for (int i = 0; i < capacity; i++) {
                pruned.add(kept.get(byCd[i]));
            }
            kept = pruned;
        }
        members = kept;
    }

    /**
     * Up to {@code count} members for extension: by decreasing crowding distance, skipping any whose
     * return vector was selected before; the chosen vectors join the history.
     *
     * @throws IllegalArgumentException if {@code count < 0}
     */
    public List<Member<P>> select(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        double[] cd = crowdingDistances(members);
        Integer[] byCd = new Integer[members.size()];
        for (int i = 0; i < byCd.length; i++) {
            byCd[i] = i;
        }
        Arrays.sort(byCd, (x, y) -> Double.compare(cd[y], cd[x]));
        List<Member<P>> out = new ArrayList<>();
        for (int i = 0; i < byCd.length && out.size() < count; i++) {
            Member<P> m = members.get(byCd[i]);
            List<Double> key = key(m.returns);
            if (selectedHistory.add(key)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The crowding distance of each of {@code ms}, as C-MORL computes it (see the class comment). */
    static <P> double[] crowdingDistances(List<Member<P>> ms) {
        int n = ms.size();
        double[] cd = new double[n];
        if (n == 0) {
            return cd;
        }
        int m = ms.get(0).returns.length;
        Integer[] idx = new Integer[n];
        for (int j = 0; j < m; j++) {
            final int obj = j;
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            Arrays.sort(idx, (x, y) -> Double.compare(ms.get(x).returns[obj], ms.get(y).returns[obj]));
            double lo = ms.get(idx[0]).returns[obj];
            double hi = ms.get(idx[n - 1]).returns[obj];
            double range = hi - lo;
            for (int k = 1; k < n - 1; k++) {
                if (range > 0) {
                    cd[idx[k]] += (ms.get(idx[k + 1]).returns[obj] - ms.get(idx[k - 1]).returns[obj]) / range;
                }
            }
            cd[idx[0]] = Double.POSITIVE_INFINITY;
            cd[idx[n - 1]] = Double.POSITIVE_INFINITY;
        }
        return cd;
    }

    private boolean weaklyExceedsReference(double[] r) {
        for (int j = 0; j < r.length; j++) {
            if (r[j] < reference[j]) {
                return false;
            }
        }
        return true;
    }

    private static <P> boolean dominatedByAny(List<Member<P>> all, double[] p) {
        for (Member<P> q : all) {
            boolean geq = true;
            boolean gt = false;
            for (int j = 0; j < p.length; j++) {
                if (q.returns[j] < p[j]) {
                    geq = false;
                    break;
                }
                if (q.returns[j] > p[j]) {
                    gt = true;
                }
            }
            if (geq && gt) {
                return true;
            }
        }
        return false;
    }

    private static List<Double> key(double[] r) {
        List<Double> k = new ArrayList<>(r.length);
        for (double v : r) {
            k.add(v);
        }
        return k;
    }
}
