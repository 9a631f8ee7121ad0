package org.mo4j.core.hypervolume;

/**
 * The linked HV4D+ sweep of {@link Hv4dPlus} with every area and volume carried in double-double
 * ({@link Dd}) and coordinate differences formed exactly, for the double-double WFG (where a
 * limit set's volume is subtracted from a box of nearly the same volume). Same links, same
 * passes, O(n^2) time, O(n) space; an instance is a reusable workspace and a call allocates
 * nothing.
 */
final class Hv4dPlusDd extends LinkedSweep4d {

    private final Dd volume3d = new Dd();
    private final Dd area = new Dd();
    private final Dd walk = new Dd();
    private final Dd piece = new Dd();
    private final Dd volume = new Dd();
    private final Dd scratch = new Dd();

    Hv4dPlusDd(int capacity) {
        super(capacity);
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
        reset(ref);
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
        for (int q = next[p]; ; q = next[q]) {
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
}
