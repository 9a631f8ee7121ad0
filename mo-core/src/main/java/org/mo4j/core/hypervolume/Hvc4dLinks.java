package org.mo4j.core.hypervolume;

/**
 * All exclusive hypervolume contributions of a four-objective front by HVC4D with the neighbour
 * links of HV4D+ (Guerreiro and Fonseca, "Computing and updating hypervolume contributions in up
 * to four dimensions", IEEE Trans. Evol. Comput. 22(3):449-463, 2018): one sweep on the fourth
 * objective in which every insertion that changes the kept set recomputes all 3D exclusive
 * contributions in one linear pass over that set, in O(n) time per insertion, O(n^2) in all, O(n)
 * space, because each point carries its two neighbours on the staircase of the points before it
 * and the 3D sweep only walks links, never searches.
 *
 * <p>Points are visited by ascending fourth objective w. S holds the visited points weakly
 * dominated in (x, y, z) by at most one other member (copies counted), as a list in lexicographic
 * (z, y, x) order; each member keeps the number of members dominating it (0 or 1), that one
 * dominator, and two links among the members before it in the list that do not dominate it:
 * the one of least (x, y) among those below it in y ({@code near0}, its right neighbour) and the
 * one of least (y, x) among those left of it in x ({@code near1}, its upper neighbour). A new
 * point q is placed by one pass over the members before it, which also counts its dominators,
 * finds a copy and yields its links; a copy makes its member stand for both (neither has an
 * exclusive region from then on) and q weakly dominated twice changes nothing. Otherwise one pass
 * over S in list order counts q among the dominators of the later members (dropping those now
 * dominated twice) or makes q their link where it is closer, and recomputes every member's 3D
 * contribution by HVC3D's sweep on z (see {@link Hvc3d}) with the rank sets replaced by the links
 * (the recomputing variant, {@code hvc4dR} in the authors' C code, apguerreiro/HVC): a
 * member with no dominator meets its staircase neighbours as {@code near1} and {@code near0},
 * and the staircase points between them are exactly the ones it covers; a member with one
 * dominator D lies in D's rectangle, and {@code near1} is the local point of D just left of it
 * (or D's upper neighbour), from where the local points it covers follow in D's local list. Each
 * step is O(1) plus the points it drops, so the sweep is O(|S|), as in the paper. The 4D
 * contribution of a member is the integral over w of its 3D contribution, accrued at each
 * recomputation; 3D areas and volumes and the 4D sums are carried in double-double
 * ({@link Dd}).
 *
 * <p>Dominated points, duplicates and points outside the reference box get 0.
 */
final class Hvc4dLinks {

    private Hvc4dLinks() {}

    /** Exclusive contribution of each point of {@code front} (four objectives), in input order. */
    static double[] contributions(double[][] front, double[] ref) {
        return Hvc4d.byFourth(front, ref, (pts, n, r) -> new Sweep(pts, n, r).run());
    }

    private static final class Sweep {
        private static final int NONE = -1;

        private final int n;
        private final double[] ref;
        /** The sentinels {@code (-inf, r1)} (upper left), {@code (r0, -inf)} (lower right) and the list head. */
        private final int s1;

        private final int s2;
        private final int head;
        /** Coordinates by sweep position (ascending w), then the sentinels. */
        private final double[] xs;

        private final double[] ys;
        private final double[] zs;
        private final double[] ws;
        /** S as a circular list in (z, y, x) order through {@link #head}. */
        private final int[] next;

        private final int[] prev;
        /** Members of S dominating each member (0 or 1), that dominator, and copies each stands for. */
        private final int[] cover;

        private final int[] dominator;
        private final int[] copies;
        /** The right and upper neighbours of each member among the members before it. */
        private final int[] near0;

        private final int[] near1;
        /** 3D contribution in S, double-double, and the w where it last changed; the 4D sums. */
        private final double[] c3Hi;

        private final double[] c3Lo;
        private final double[] since;
        private final double[] totalHi;
        private final double[] totalLo;
        /** The 3D sweep: current staircase neighbours. */
        private final int[] right;

        private final int[] up;
        /** The 3D sweep: each staircase point's local staircase, a list by x, and its links. */
        private final int[] localFirst;

        private final int[] localLast;
        private final int[] localNext;
        private final int[] localPrev;
        /** The 3D sweep: exclusive area, double-double, and the z where it last changed. */
        private final double[] areaHi;

        private final double[] areaLo;
        private final double[] areaZ;
        private final Dd a = new Dd();
        private final Dd b = new Dd();
        private final Dd cut = new Dd();
        private final Dd acc = new Dd();

        Sweep(double[][] pts, int n, double[] ref) {
            this.n = n;
            this.ref = ref;
            s1 = n;
            s2 = n + 1;
            head = n + 2;
            int size = n + 3;
            xs = new double[size];
            ys = new double[size];
            zs = new double[size];
            ws = new double[n];
            for (int i = 0; i < n; i++) {
                double[] p = pts[i];
                xs[i] = p[0];
                ys[i] = p[1];
                zs[i] = p[2];
                ws[i] = p[3];
            }
            double lowest = -Double.MAX_VALUE;
            xs[s1] = lowest;
            ys[s1] = ref[1];
            zs[s1] = lowest;
            xs[s2] = ref[0];
            ys[s2] = lowest;
            zs[s2] = lowest;
            next = new int[size];
            prev = new int[size];
            next[head] = head;
            prev[head] = head;
            cover = new int[n];
            dominator = new int[n];
            copies = new int[n];
            near0 = new int[n];
            near1 = new int[n];
            c3Hi = new double[n];
            c3Lo = new double[n];
            since = new double[n];
            totalHi = new double[n];
            totalLo = new double[n];
            right = new int[size];
            up = new int[size];
            localFirst = new int[size];
            localLast = new int[size];
            localNext = new int[size];
            localPrev = new int[size];
            areaHi = new double[size];
            areaLo = new double[size];
            areaZ = new double[size];
        }

        double[] run() {
            for (int q = 0; q < n; q++) {
                insert(q);
            }
            for (int s = next[head]; s != head; s = next[s]) {
                flush(s, ref[3]);
            }
            double[] c = new double[n];
            for (int k = 0; k < n; k++) {
                c[k] = totalHi[k] + totalLo[k];
            }
            return c;
        }

        private void insert(int q) {
            double qx = xs[q];
            double qy = ys[q];
            double qz = zs[q];
            double qw = ws[q];
            // The members before q in (z, y, x) order: q's dominators (all of them come first),
            // a copy, and q's links.
            int dominators = 0;
            int dom = NONE;
            int c0 = s2;
            int c1 = s1;
            int m = next[head];
            for (; m != head; m = next[m]) {
                double mx = xs[m];
                double my = ys[m];
                double mz = zs[m];
                if (mz > qz || mz == qz && (my > qy || my == qy && mx > qx)) {
                    break;
                }
                if (mx <= qx && my <= qy) {
                    if (mx == qx && my == qy && mz == qz) {
                        // A copy of m in (x, y, z): m stands for both, and neither has an
                        // exclusive region from now on.
                        flush(m, qw);
                        c3Hi[m] = 0;
                        c3Lo[m] = 0;
                        copies[m]++;
                        return;
                    }
                    dominators += copies[m];
                    dom = m;
                    if (dominators >= 2) {
                        return;
                    }
                } else if (my < qy) {
                    if (mx < xs[c0] || mx == xs[c0] && my < ys[c0]) {
                        c0 = m;
                    }
                } else if (mx < qx && (my < ys[c1] || my == ys[c1] && mx < xs[c1])) {
                    c1 = m;
                }
            }
            int before = prev[m];
            next[q] = m;
            prev[q] = before;
            next[before] = q;
            prev[m] = q;
            cover[q] = dominators;
            dominator[q] = dom;
            copies[q] = 1;
            near0[q] = c0;
            near1[q] = c1;
            since[q] = qw;
            c3Hi[q] = 0;
            c3Lo[q] = 0;
            sweep3d(q, qw);
        }

        /**
         * After q joined S: one pass in list order that applies q to the members after it (q
         * dominates them, and those dominated twice leave S, or q may be closer than their links)
         * and recomputes every member's 3D contribution by HVC3D's sweep on z with the links in
         * place of rank sets, accruing each member's old contribution up to {@code w} first.
         */
        private void sweep3d(int q, double w) {
            double qx = xs[q];
            double qy = ys[q];
            double qz = zs[q];
            right[s1] = s2;
            up[s2] = s1;
            boolean afterQ = false;
            for (int p = next[head]; p != head; ) {
                int following = next[p];
                if (afterQ) {
                    double px = xs[p];
                    double py = ys[p];
                    if (qx <= px && qy <= py) {
                        if (++cover[p] == 2) {
                            flush(p, w);
                            next[prev[p]] = following;
                            prev[following] = prev[p];
                            p = following;
                            continue;
                        }
                        dominator[p] = q;
                    } else if (qy < py) {
                        int c = near0[p];
                        if (qx < xs[c] || qx == xs[c] && (qy < ys[c] || qy == ys[c] && qz < zs[c])) {
                            near0[p] = q;
                        }
                    } else if (qx < px) {
                        int c = near1[p];
                        if (qy < ys[c] || qy == ys[c] && (qx < xs[c] || qx == xs[c] && qz < zs[c])) {
                            near1[p] = q;
                        }
                    }
                } else {
                    afterQ = p == q;
                }
                flush(p, w);
                c3Hi[p] = 0;
                c3Lo[p] = 0;
                localFirst[p] = NONE;
                localLast[p] = NONE;
                if (cover[p] == 0) {
                    joinStaircase(p);
                } else {
                    joinLocal(p, dominator[p]);
                }
                p = following;
            }
            double rz = ref[2];
            for (int s = right[s1]; s != s2; s = right[s]) {
                accrue(s, rz);
            }
        }

        /**
         * A member {@code p} that no other member dominates joins the staircase between its links:
         * the staircase points between them leave it (their volumes are final) and become p's
         * local staircase; its upper neighbour loses the part of its region right of p, its right
         * neighbour the part above p, each with the local points there.
         */
        private void joinStaircase(int p) {
            double px = xs[p];
            double py = ys[p];
            double pz = zs[p];
            int u = near1[p];
            int r = near0[p];
            int first = right[u];
            if (u != s1) {
                // Upper neighbour: loses [px, its old right) x [its y, strip top), minus its local
                // points right of px, which p covers and which leave.
                double uy = ys[u];
                int l = localLast[u];
                int dropped = NONE;
                while (l != NONE && xs[l] >= px) {
                    dropped = l;
                    l = localPrev[l];
                }
                double top = l != NONE ? ys[l] : ys[up[u]];
                cut.zero();
                double from = px;
                for (int d = dropped; d != NONE; d = localNext[d]) {
                    cut.add(a.diff(xs[d], from).mulDiff(top, uy));
                    from = xs[d];
                    top = ys[d];
                }
                cut.add(a.diff(xs[first], from).mulDiff(top, uy));
                localLast[u] = l;
                if (l != NONE) {
                    localNext[l] = NONE;
                } else {
                    localFirst[u] = NONE;
                }
                shrink(u, pz);
            }
            // The staircase points p covers: final, and p's local staircase.
            acc.zero();
            double from = px;
            double top = ys[u];
            int last = NONE;
            for (int s = first; s != r; ) {
                int following = right[s];
                accrue(s, pz);
                acc.add(cut.diff(xs[s], from).mulDiff(top, py));
                from = xs[s];
                top = ys[s];
                localPrev[s] = last;
                localNext[s] = NONE;
                if (last == NONE) {
                    localFirst[p] = s;
                } else {
                    localNext[last] = s;
                }
                last = s;
                s = following;
            }
            localLast[p] = last;
            acc.add(cut.diff(xs[r], from).mulDiff(top, py));
            areaHi[p] = acc.hi;
            areaLo[p] = acc.lo;
            areaZ[p] = pz;
            if (r != s2) {
                // Right neighbour: loses [its x, its right) x [py, its old top), minus its local
                // points above py, which p covers and which leave.
                cutAbove(localFirst[r], xs[r], py, last != NONE ? ys[last] : ys[u], xs[right[r]]);
                localFirst[r] = cutStop;
                if (cutStop != NONE) {
                    localPrev[cutStop] = NONE;
                } else {
                    localLast[r] = NONE;
                }
                shrink(r, pz);
            }
            right[u] = p;
            up[p] = u;
            right[p] = r;
            up[r] = p;
        }

        /** The first local point that {@link #cutAbove} kept. */
        private int cutStop;

        /**
         * Into {@link #cut}: the area of {@code [x, end) x [y, top)} not covered by the local
         * points from {@code l} on (x ascending, y descending, none left of x), passing over the
         * prefix of those with y at least {@code y} (which the new point covers); the first one
         * below y, if any, ends the strip and goes to {@link #cutStop}.
         */
        private void cutAbove(int l, double x, double y, double top, double end) {
            cut.zero();
            double from = x;
            double t = top;
            while (l != NONE && ys[l] >= y) {
                cut.add(a.diff(xs[l], from).mulDiff(t, y));
                from = xs[l];
                t = ys[l];
                l = localNext[l];
            }
            double until = l != NONE ? xs[l] : end;
            cut.add(a.diff(until, from).mulDiff(t, y));
            cutStop = l;
        }

        /**
         * A member {@code p} dominated by exactly one member {@code d} (on the staircase, since
         * anything dominating d would dominate p): p joins d's local staircase after its upper
         * link, dropping the local points it covers, and d's area shrinks by the part of p's box
         * they left uncovered.
         */
        private void joinLocal(int p, int d) {
            double px = xs[p];
            double py = ys[p];
            int t = near1[p];
            boolean noLocalLeft = t == up[d];
            int first = noLocalLeft ? localFirst[d] : localNext[t];
            cutAbove(first, px, py, ys[t], xs[right[d]]);
            shrink(d, zs[p]);
            if (xs[d] == px && ys[d] == py) {
                // A copy in (x, y) covers d's whole rectangle: make the empty region exactly empty.
                areaHi[d] = 0;
                areaLo[d] = 0;
            }
            int l = cutStop;
            int before = noLocalLeft ? NONE : t;
            localPrev[p] = before;
            localNext[p] = l;
            if (before == NONE) {
                localFirst[d] = p;
            } else {
                localNext[before] = p;
            }
            if (l == NONE) {
                localLast[d] = p;
            } else {
                localPrev[l] = p;
            }
        }

        /** Accrues {@code s}'s area up to {@code z}, then subtracts {@link #cut} from it. */
        private void shrink(int s, double z) {
            accrue(s, z);
            a.set(areaHi[s], areaLo[s]).sub(cut);
            areaHi[s] = a.hi;
            areaLo[s] = a.lo;
        }

        /**
         * Adds staircase point {@code s}'s area times the z distance since it last changed to its
         * 3D contribution (none for a point that stands for copies: it has no exclusive region).
         */
        private void accrue(int s, double z) {
            if (z != areaZ[s] && copies[s] == 1) {
                a.set(areaHi[s], areaLo[s]).mulDiff(z, areaZ[s]);
                b.set(c3Hi[s], c3Lo[s]).add(a);
                c3Hi[s] = b.hi;
                c3Lo[s] = b.lo;
            }
            areaZ[s] = z;
        }

        /** Adds {@code s}'s 3D contribution times the w distance since it last changed. */
        private void flush(int s, double w) {
            if (w != since[s]) {
                a.set(c3Hi[s], c3Lo[s]).mulDiff(w, since[s]);
                b.set(totalHi[s], totalLo[s]).add(a);
                totalHi[s] = b.hi;
                totalLo[s] = b.lo;
            }
            since[s] = w;
        }
    }
}
