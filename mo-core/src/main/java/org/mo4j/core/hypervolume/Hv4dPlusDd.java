package org.mo4j.core.hypervolume;

/**
 * The linked HV4D+ sweep of {@link Hv4dPlus} with every area and volume carried in double-double
 * ({@link Dd}) and coordinate differences formed exactly, for the double-double WFG (where a
 * limit set's volume is subtracted from a box of nearly the same volume). Same links, same
 * passes, O(n^2) time, O(n) space; an instance is a reusable workspace and a call allocates
 * nothing.
 */
final class Hv4dPlusDd {

    private final int s1;
    private final int s2;
    private final int s3;
    private final double[] xs;
    private final double[] ys;
    private final double[] zs;
    /** The list S, lexicographic in (third, second, first) coordinate; s2 heads it, s3 ends it. */
    private final int[] next;
    private final int[] prev;
    /** The links of each point of S at the time of its insertion in the 3D sweep. */
    private final int[] closest0;
    private final int[] closest1;
    /** The current staircase neighbours during a restart and a contribution pass. */
    private final int[] cnext0;
    private final int[] cnext1;
    private final Dd volume3d = new Dd();
    private final Dd area = new Dd();
    private final Dd walk = new Dd();
    private final Dd piece = new Dd();
    private final Dd volume = new Dd();
    private final Dd scratch = new Dd();

    Hv4dPlusDd(int capacity) {
        s1 = capacity;
        s2 = capacity + 1;
        s3 = capacity + 2;
        int size = capacity + 3;
        xs = new double[size];
        ys = new double[size];
        zs = new double[size];
        next = new int[size];
        prev = new int[size];
        closest0 = new int[size];
        closest1 = new int[size];
        cnext0 = new int[size];
        cnext1 = new int[size];
    }

    /** Hypervolume of {@code front} against {@code ref} (both four-objective); points outside the box add nothing. */
    static double volume(double[][] front, double[] ref) {
        double[][] in = Points.inside(front, ref);
        return new Hv4dPlusDd(in.length).kernel(in, in.length, ref, new Dd()).value();
    }

    /**
     * Hypervolume of {@code pts[0..n)} in the first four coordinates, into {@code out}; every
     * point must strictly dominate {@code ref} there, n at most the capacity. Reorders {@code pts}.
     */
    Dd kernel(double[][] pts, int n, double[] ref, Dd out) {
        Points.sort(pts, 0, n, 3);
        return sortedKernel(pts, n, ref, out);
    }

    /** As {@link #kernel}, for {@code pts[0..n)} already in ascending fourth coordinate. */
    Dd sortedKernel(double[][] pts, int n, double[] ref, Dd out) {
        out.zero();
        if (n == 0) {
            return out;
        }
        double lowest = -Double.MAX_VALUE;
        xs[s1] = lowest;
        ys[s1] = ref[1];
        zs[s1] = lowest;
        xs[s2] = ref[0];
        ys[s2] = lowest;
        zs[s2] = lowest;
        xs[s3] = lowest;
        ys[s3] = lowest;
        zs[s3] = ref[2];
        next[s2] = s3;
        prev[s3] = s2;
        prev[s2] = s1;
        next[s1] = s2;
        volume3d.zero();
        for (int i = 0; i < n; i++) {
            double[] p = pts[i];
            xs[i] = p[0];
            ys[i] = p[1];
            zs[i] = p[2];
            if (restart(i)) {
                volume3d.add(contribution(i));
                addToList(i);
                updateLinks(i);
            }
            double w = i + 1 < n ? pts[i + 1][3] : ref[3];
            if (w != p[3]) {
                out.add(scratch.set(volume3d).mulDiff(w, p[3]));
            }
        }
        return out;
    }

    /**
     * Rebuilds the staircase of the points of S before point {@code p} (lexicographically) from
     * their links, finds p's links and p's place in the list; false when a point of S weakly
     * dominates p in 3D.
     */
    private boolean restart(int p) {
        double px = xs[p];
        double py = ys[p];
        double pz = zs[p];
        int c0 = s2;
        int c1 = s1;
        double c0x = xs[s2];
        double c0y = ys[s2];
        double c1x = xs[s1];
        double c1y = ys[s1];
        cnext0[s1] = s2;
        cnext1[s2] = s1;
        int q = next[s2];
        while (true) {
            double qx = xs[q];
            double qy = ys[q];
            double qz = zs[q];
            if (qx <= px && qy <= py && qz <= pz) {
                return false;
            }
            if (!(qz < pz || qz == pz && (qy < py || qy == py && qx <= px))) {
                closest0[p] = c0;
                closest1[p] = c1;
                prev[p] = prev[q];
                next[p] = q;
                return true;
            }
            int a = closest0[q];
            int b = closest1[q];
            cnext0[q] = a;
            cnext1[q] = b;
            cnext1[a] = q;
            cnext0[b] = q;
            if (qy < py) {
                if (qx < c0x || qx == c0x && qy < c0y) {
                    c0 = q;
                    c0x = qx;
                    c0y = qy;
                }
            } else if (qx < px && (qy < c1y || qy == c1y && qx < c1x)) {
                c1 = q;
                c1x = qx;
                c1y = qy;
            }
            q = next[q];
        }
    }

    /** The 3D exclusive contribution of point {@code p} (after {@link #restart}), in {@code volume}. */
    private Dd contribution(int p) {
        double px = xs[p];
        double py = ys[p];
        int right = closest0[p];
        int up = closest1[p];
        cnext0[p] = right;
        cnext1[p] = up;
        area.set(walkUp(px, py, right));
        volume.zero();
        double lastZ = zs[p];
        for (int q = next[p];; q = next[q]) {
            double qx = xs[q];
            double qy = ys[q];
            double qz = zs[q];
            if (qz != lastZ) {
                volume.add(scratch.set(area).mulDiff(qz, lastZ));
                lastZ = qz;
            }
            if (qx <= px && qy <= py) {
                return volume;
            }
            int a = closest0[q];
            int b = closest1[q];
            cnext0[q] = a;
            cnext1[q] = b;
            if (qx < px) {
                if (qy <= ys[cnext1[p]]) {
                    area.sub(walkRight(px, qy, cnext1[p]));
                    cnext1[q] = cnext1[p];
                    cnext1[a] = q;
                    cnext1[p] = q;
                }
            } else if (qy < py) {
                if (qx <= xs[cnext0[p]]) {
                    area.sub(walkUp(qx, py, cnext0[p]));
                    cnext0[q] = cnext0[p];
                    cnext0[b] = q;
                    cnext0[p] = q;
                }
            } else {
                area.sub(walkUp(qx, qy, a));
                cnext0[b] = q;
                cnext1[a] = q;
            }
        }
    }

    /**
     * The area left uncovered by the staircase in the box {@code [(x, y), ref]}, walking from its
     * right delimiter {@code q} upwards along the staircase links, into {@code walk}.
     */
    private Dd walkUp(double x, double y, int q) {
        int u = cnext1[q];
        walk.diff(xs[q], x).mulDiff(ys[u], y);
        while (x < xs[u]) {
            q = u;
            u = cnext1[u];
            walk.add(piece.diff(xs[q], x).mulDiff(ys[u], ys[q]));
        }
        return walk;
    }

    /** As {@link #walkUp}, from the upper delimiter {@code q} rightwards. */
    private Dd walkRight(double x, double y, int q) {
        int u = cnext0[q];
        walk.diff(ys[q], y).mulDiff(xs[u], x);
        while (y < ys[u]) {
            q = u;
            u = cnext0[u];
            walk.add(piece.diff(ys[q], y).mulDiff(xs[u], xs[q]));
        }
        return walk;
    }

    /** Links point {@code p} into S at the place {@link #restart} found. */
    private void addToList(int p) {
        int before = prev[p];
        int after = next[before];
        next[p] = after;
        prev[after] = p;
        next[before] = p;
    }

    /**
     * After point {@code p} joined S: drops the later points p weakly dominates and makes p the
     * link of the later points it is now closest to; stops at a later point that dominates p in
     * the first two coordinates (p can be no later point's neighbour beyond it).
     */
    private void updateLinks(int p) {
        double px = xs[p];
        double py = ys[p];
        double pz = zs[p];
        for (int q = next[p]; q != s3; q = next[q]) {
            double qx = xs[q];
            double qy = ys[q];
            if (qx <= px && qy <= py && (qx < px || qy < py)) {
                return;
            }
            if (px <= qx) {
                if (py <= qy) {
                    int a = prev[q];
                    int b = next[q];
                    next[a] = b;
                    prev[b] = a;
                } else if (px < qx) {
                    int c = closest1[q];
                    double cy = ys[c];
                    if (py < cy || py == cy && (px < xs[c] || px == xs[c] && pz < zs[c])) {
                        closest1[q] = p;
                    }
                }
            } else if (py < qy) {
                int c = closest0[q];
                double cx = xs[c];
                if (px < cx || px == cx && (py < ys[c] || py == ys[c] && pz < zs[c])) {
                    closest0[q] = p;
                }
            }
        }
    }
}
