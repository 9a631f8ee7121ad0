package org.mo4j.core.archive;

import java.util.Arrays;
import java.util.List;
import org.mo4j.core.internal.Arguments;

/**
 * An unbounded archive of mutually non-dominated objective vectors (minimisation), each with an
 * optional payload such as its decision vector.
 *
 * <p>{@link #add(double[], Object)} rejects a vector weakly dominated by a member (dominated by or
 * equal to one) and otherwise evicts every member it dominates and stores a copy of it. The
 * members are therefore, whatever the insertion order, exactly the distinct non-dominated vectors
 * among all those offered; for equal vectors the first payload is kept. This is the bounded-free
 * archive of Laumanns, Thiele, Deb, Zitzler 2002 ("Combining convergence and diversity in
 * evolutionary multiobjective optimization", Evolutionary Computation 10(3)) with epsilon = 0.
 *
 * <p>The members are indexed by an ND-tree (Jaszkiewicz, Lust 2018, "ND-tree-based update: a fast
 * algorithm for the dynamic nondominance problem", IEEE TEC 22(5):778-791): every node keeps a
 * lower (ideal) and upper (nadir) bound of the vectors below it, so an offer skips, rejects against
 * or evicts a whole subtree after two comparisons; leaves hold at most 20 vectors and split into
 * d + 1 children by the paper's farthest-point seeding. Why: offers are the hot loop of archiving
 * algorithms, and a flat list makes each one O(size · d). An offer costs O(size · d) in the worst
 * case and, on the paper's benchmarks, grows sublinearly with the size; a split costs
 * O(20² · d). Vectors are stored in one growing {@code double[]} with their payloads, in
 * insertion order, which {@link #objectives()} and {@link #entries()} keep. Not thread-safe.
 *
 * @param <T> the payload type
 */
public final class ParetoArchive<T> {

    /**
     * A member of the archive: a copy of its objective vector, owned by the caller, and its
     * payload (possibly null).
     */
    public record Entry<T>(double[] objectives, T payload) {}

    /** The most vectors a leaf holds before it splits (the paper's default). */
    static final int LEAF_CAPACITY = 20;

    private static final int INITIAL_CAPACITY = 16;

    private final int dimension;
    private final int branching;

    // The store: slot s holds a member's vector at rows[s·d, s·d + d) and its payload; slots form a
    // doubly linked list in insertion order; freed slots are reused.
    private double[] rows;
    private Object[] payloads;
    private int[] next;
    private int[] previous;
    private int head = -1;
    private int tail = -1;
    private int[] free;
    private int freeCount;
    private int slotsUsed;
    private int size;

    private Node root;

    /** A node of the tree: bounds of the vectors below it, and either member slots or children. */
    private static final class Node {
        double[] ideal;
        double[] nadir;
        int[] slots;
        int slotCount;
        Node[] children;
        int childCount;

        boolean isEmpty() {
            return children == null ? slotCount == 0 : childCount == 0;
        }
    }

    /**
     * An empty archive of vectors with {@code dimension} objectives.
     *
     * @throws IllegalArgumentException if {@code dimension < 1}
     */
    public ParetoArchive(int dimension) {
        this.dimension = Arguments.positive("dimension", dimension);
        this.branching = dimension + 1;
        this.rows = new double[INITIAL_CAPACITY * dimension];
        this.payloads = new Object[INITIAL_CAPACITY];
        this.next = new int[INITIAL_CAPACITY];
        this.previous = new int[INITIAL_CAPACITY];
        this.free = new int[INITIAL_CAPACITY];
    }

    /**
     * Offers {@code objectives} with {@code payload}; O(size · d) at worst, much less on average.
     *
     * @return true if it was stored (after evicting the members it dominates), false if a member
     *         weakly dominates it, in which case the archive is unchanged
     * @throws IllegalArgumentException if {@code objectives} is null, holds NaN or infinity, or
     *                                  does not have {@link #dimension()} coordinates
     */
    public boolean add(double[] objectives, T payload) {
        Arguments.point("objectives", objectives, dimension, "the archive");
        if (root != null) {
            // A rejected offer has evicted nothing: a vector dominating one member and weakly
            // dominated by another would make the two members comparable.
            if (!update(root, objectives)) {
                return false;
            }
            if (root.isEmpty()) {
                root = null;
            }
        }
        int slot = store(objectives, payload);
        if (root == null) {
            root = leaf();
            root.ideal = objectives.clone();
            root.nadir = objectives.clone();
        }
        insert(root, slot);
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

    /** Copies of the members' objective vectors, one row per member, in insertion order. O(size · d). */
    public double[][] objectives() {
        double[][] out = new double[size][];
        int m = 0;
        for (int s = head; s >= 0; s = next[s]) {
            out[m++] = Arrays.copyOfRange(rows, s * dimension, (s + 1) * dimension);
        }
        return out;
    }

    /** The members with their payloads, aligned with {@link #objectives()}; an unmodifiable snapshot. */
    @SuppressWarnings("unchecked")
    public List<Entry<T>> entries() {
        Entry<T>[] out = new Entry[size];
        int m = 0;
        for (int s = head; s >= 0; s = next[s]) {
            out[m++] = new Entry<>(Arrays.copyOfRange(rows, s * dimension, (s + 1) * dimension), (T) payloads[s]);
        }
        return List.of(out);
    }

    /** Removes every member; keeps the allocated storage. */
    public void clear() {
        Arrays.fill(payloads, 0, slotsUsed, null);
        root = null;
        head = -1;
        tail = -1;
        freeCount = 0;
        slotsUsed = 0;
        size = 0;
    }

    // ---- the ND-tree update (Algorithm 2 of the paper) ----

    /**
     * Removes the members of {@code n}'s subtree that {@code y} dominates; false, with nothing
     * removed, when a member weakly dominates {@code y}.
     */
    private boolean update(Node n, double[] y) {
        double[] ideal = n.ideal;
        double[] nadir = n.nadir;
        boolean nadirCoversY = true; // nadir <= y
        boolean yCoversIdeal = true; // y <= ideal
        boolean yBelowIdeal = false; // y < ideal somewhere
        boolean idealCoversY = true; // ideal <= y
        boolean yCoversNadir = true; // y <= nadir
        for (int i = 0; i < dimension; i++) {
            double v = y[i];
            nadirCoversY &= nadir[i] <= v;
            yCoversIdeal &= v <= ideal[i];
            yBelowIdeal |= v < ideal[i];
            idealCoversY &= ideal[i] <= v;
            yCoversNadir &= v <= nadir[i];
        }
        if (nadirCoversY) {
            return false; // every member below n weakly dominates y
        }
        if (yCoversIdeal && yBelowIdeal) {
            removeSubtree(n); // y dominates every member below n
            return true;
        }
        if (!idealCoversY && !yCoversNadir) {
            return true; // y is incomparable with every member below n
        }
        if (n.children == null) {
            return updateLeaf(n, y);
        }
        int kept = 0;
        for (int c = 0; c < n.childCount; c++) {
            Node child = n.children[c];
            if (!update(child, y)) {
                return false;
            }
            if (!child.isEmpty()) {
                n.children[kept++] = child;
            }
        }
        Arrays.fill(n.children, kept, n.childCount, null);
        n.childCount = kept;
        if (kept == 1) {
            absorb(n, n.children[0]);
        }
        return true;
    }

    private boolean updateLeaf(Node n, double[] y) {
        int d = dimension;
        int kept = 0;
        for (int k = 0; k < n.slotCount; k++) {
            int s = n.slots[k];
            int o = s * d;
            boolean memberBetter = false;
            boolean newBetter = false;
            for (int i = 0; i < d && !(memberBetter && newBetter); i++) {
                double a = rows[o + i];
                double b = y[i];
                memberBetter |= a < b;
                newBetter |= b < a;
            }
            if (!newBetter) {
                return false; // the member weakly dominates y; nothing was removed (see add)
            }
            if (memberBetter) {
                n.slots[kept++] = s;
            } else {
                release(s);
            }
        }
        n.slotCount = kept;
        return true;
    }

    /** Makes {@code n} what its only child {@code c} is (a node with one child is a wasted level). */
    private static void absorb(Node n, Node c) {
        n.ideal = c.ideal;
        n.nadir = c.nadir;
        n.slots = c.slots;
        n.slotCount = c.slotCount;
        n.children = c.children;
        n.childCount = c.childCount;
    }

    private void removeSubtree(Node n) {
        if (n.children == null) {
            for (int k = 0; k < n.slotCount; k++) {
                release(n.slots[k]);
            }
            n.slotCount = 0;
        } else {
            for (int c = 0; c < n.childCount; c++) {
                removeSubtree(n.children[c]);
                n.children[c] = null;
            }
            n.childCount = 0;
        }
    }

    // ---- insertion (Algorithm 3) and splitting (Algorithm 4) ----

    private void insert(Node n, int slot) {
        int o = slot * dimension;
        while (true) {
            widen(n, rows, o);
            if (n.children == null) {
                if (n.slotCount == n.slots.length) {
                    n.slots = Arrays.copyOf(n.slots, n.slots.length + 1);
                }
                n.slots[n.slotCount++] = slot;
                if (n.slotCount > LEAF_CAPACITY) {
                    split(n);
                }
                return;
            }
            Node best = null;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < n.childCount; c++) {
                Node child = n.children[c];
                double dist = 0;
                for (int i = 0; i < dimension; i++) {
                    double t = rows[o + i] - 0.5 * (child.ideal[i] + child.nadir[i]);
                    dist += t * t;
                }
                if (dist < bestDistance) {
                    bestDistance = dist;
                    best = child;
                }
            }
            n = best;
        }
    }

    /** Widens {@code n}'s bounds to cover the vector at {@code rows[o, o + d)}. */
    private void widen(Node n, double[] v, int o) {
        for (int i = 0; i < dimension; i++) {
            double x = v[o + i];
            if (x < n.ideal[i]) {
                n.ideal[i] = x;
            }
            if (x > n.nadir[i]) {
                n.nadir[i] = x;
            }
        }
    }

    /**
     * Splits an over-full leaf into up to d + 1 leaves: the first seed is the member with the
     * largest mean distance to the others, each next seed the one with the largest mean distance to
     * the seeds so far; every other member goes to the leaf whose bounds' midpoint is nearest.
     */
    private void split(Node n) {
        int count = n.slotCount;
        int[] slots = n.slots;
        int d = dimension;
        double[] toSeeds = new double[count];
        boolean[] seeded = new boolean[count];
        int first = 0;
        double firstSum = -1;
        for (int a = 0; a < count; a++) {
            double sum = 0;
            for (int b = 0; b < count; b++) {
                sum += distance(slots[a], slots[b]);
            }
            if (sum > firstSum) {
                firstSum = sum;
                first = a;
            }
        }
        int k = Math.min(branching, count);
        Node[] children = new Node[k];
        int seed = first;
        for (int c = 0; c < k; c++) {
            seeded[seed] = true;
            Node child = leaf();
            child.ideal = Arrays.copyOfRange(rows, slots[seed] * d, (slots[seed] + 1) * d);
            child.nadir = child.ideal.clone();
            child.slots[child.slotCount++] = slots[seed];
            children[c] = child;
            int nextSeed = -1;
            double farthest = -1;
            for (int a = 0; a < count; a++) {
                if (!seeded[a]) {
                    toSeeds[a] += distance(slots[a], slots[seed]);
                    if (toSeeds[a] > farthest) {
                        farthest = toSeeds[a];
                        nextSeed = a;
                    }
                }
            }
            seed = nextSeed;
        }
        for (int a = 0; a < count; a++) {
            if (seeded[a]) {
                continue;
            }
            int o = slots[a] * d;
            Node best = null;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (Node child : children) {
                double dist = 0;
                for (int i = 0; i < d; i++) {
                    double t = rows[o + i] - 0.5 * (child.ideal[i] + child.nadir[i]);
                    dist += t * t;
                }
                if (dist < bestDistance) {
                    bestDistance = dist;
                    best = child;
                }
            }
            widen(best, rows, o);
            if (best.slotCount == best.slots.length) {
                best.slots = Arrays.copyOf(best.slots, 2 * best.slots.length);
            }
            best.slots[best.slotCount++] = slots[a];
        }
        n.slots = null;
        n.slotCount = 0;
        n.children = Arrays.copyOf(children, branching);
        n.childCount = k;
    }

    private double distance(int s, int t) {
        int a = s * dimension;
        int b = t * dimension;
        double sum = 0;
        for (int i = 0; i < dimension; i++) {
            double x = rows[a + i] - rows[b + i];
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    private static Node leaf() {
        Node n = new Node();
        n.slots = new int[LEAF_CAPACITY + 1];
        return n;
    }

    // ---- the store ----

    private int store(double[] objectives, Object payload) {
        int s;
        if (freeCount > 0) {
            s = free[--freeCount];
        } else {
            if (slotsUsed == payloads.length) {
                int capacity = 2 * slotsUsed;
                rows = Arrays.copyOf(rows, capacity * dimension);
                payloads = Arrays.copyOf(payloads, capacity);
                next = Arrays.copyOf(next, capacity);
                previous = Arrays.copyOf(previous, capacity);
                free = Arrays.copyOf(free, capacity);
            }
            s = slotsUsed++;
        }
        System.arraycopy(objectives, 0, rows, s * dimension, dimension);
        payloads[s] = payload;
        previous[s] = tail;
        next[s] = -1;
        if (tail >= 0) {
            next[tail] = s;
        } else {
            head = s;
        }
        tail = s;
        size++;
        return s;
    }

    private void release(int s) {
        payloads[s] = null;
        int p = previous[s];
        int q = next[s];
        if (p >= 0) {
            next[p] = q;
        } else {
            head = q;
        }
        if (q >= 0) {
            previous[q] = p;
        } else {
            tail = p;
        }
        free[freeCount++] = s;
        size--;
    }
}
