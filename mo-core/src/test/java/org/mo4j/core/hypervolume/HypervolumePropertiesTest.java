package org.mo4j.core.hypervolume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mo4j.core.hypervolume.Tolerance.assertClose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties on random small fronts (n <= 12, d = 1..5; up to twice that for the d = 4, 5
 * sweeps) with many ties: coordinates come either from the grid {0, 1/4, ..., 1} with reference point 1 (so some points touch or sit on the box's
 * boundary) or are arbitrary doubles with, now and then, a coordinate equal to the reference.
 */
class HypervolumePropertiesTest {

    /** A front and its reference point. */
    record Sample(double[][] front, double[] ref) {
        int d() {
            return ref.length;
        }

        @Override
        public String toString() {
            return "front=" + Arrays.deepToString(front) + " ref=" + Arrays.toString(ref);
        }
    }

    @Provide
    Arbitrary<Sample> samples() {
        return Arbitraries.integers().between(1, 5).flatMap(d -> Arbitraries.oneOf(gridSample(d), realSample(d)));
    }

    private static Arbitrary<Sample> gridSample(int d) {
        Arbitrary<double[]> point = Arbitraries.integers()
                .between(0, 4)
                .list()
                .ofSize(d)
                .map(l -> l.stream().mapToDouble(i -> i / 4.0).toArray());
        double[] ref = new double[d];
        Arrays.fill(ref, 1);
        return front(point).map(f -> new Sample(f, ref));
    }

    private static Arbitrary<Sample> realSample(int d) {
        return Arbitraries.doubles()
                .between(0.5, 2)
                .list()
                .ofSize(d)
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray())
                .flatMap(ref -> {
                    List<Arbitrary<Double>> coordinates = new ArrayList<>();
                    for (double r : ref) {
                        coordinates.add(Arbitraries.frequencyOf(
                                Tuple.of(8, Arbitraries.doubles().between(-1, 2)), Tuple.of(1, Arbitraries.just(r))));
                    }
                    Arbitrary<double[]> point = Combinators.combine(coordinates)
                            .as(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
                    return front(point).map(f -> new Sample(f, ref));
                });
    }

    private static Arbitrary<double[][]> front(Arbitrary<double[]> point) {
        return point.list().ofMaxSize(12).map(l -> l.toArray(new double[0][]));
    }

    @Property(tries = 400)
    void everyAlgorithmMatchesTheGridOracle(@ForAll("samples") Sample s) {
        double expected = GridOracle.hypervolume(s.front(), s.ref());
        assertClose(expected, Hypervolume.of(s.front(), s.ref()), "of");
        for (HypervolumeAlgorithm a : HypervolumeAlgorithm.values()) {
            if (a.supports(s.d())) {
                assertClose(expected, Hypervolume.of(s.front(), s.ref(), a), "of by name, " + a);
            }
        }
        if (s.d() >= 2) {
            assertClose(expected, Wfg.volume(s.front(), s.ref()), "WFG");
        }
        assertClose(expected, Qhv.volume(s.front(), s.ref()), "QHV-II");
        if (s.d() == 2) {
            assertClose(expected, Hv2d.volume(s.front(), s.ref()), "2D sweep");
        }
        if (s.d() == 3) {
            assertClose(expected, Hv3d.volume(s.front(), s.ref()), "3D sweep");
            assertClose(expected, Hv3dVariants.rankSet(s.front(), s.ref()), "3D sweep, double-double");
            assertClose(expected, Hv3dPlus.volume(s.front(), s.ref()), "HV3D+");
        }
        if (s.d() == 4) {
            assertClose(expected, Hv4d.volume(s.front(), s.ref()), "HV4D+");
            assertClose(expected, Hv4dPlus.volume(s.front(), s.ref()), "linked HV4D+");
            assertClose(expected, Hv4dPlusVariants.plain(s.front(), s.ref()), "linked HV4D+, plain");
            assertClose(expected, Hv4dPlusVariants.doubleDouble(s.front(), s.ref()), "linked HV4D+, double-double");
        }
        if (s.d() >= 5) {
            assertClose(expected, WfgVariants.volume(s.front(), s.ref(), false), "WFG over the 3D sweep");
            assertClose(expected, WfgVariants.plainVolumeAndBound(s.front(), s.ref())[0], "WFG, plain double");
            assertClose(expected, DimensionSweep.volume(s.front(), s.ref()), "dimension sweep");
            assertClose(
                    expected,
                    DimensionSweep.plainVolumeAndBound(s.front(), s.ref())[0],
                    "dimension sweep, plain double");
        }
    }

    @Provide
    Arbitrary<Sample> fourOrFiveObjectiveSamples() {
        return Arbitraries.integers().between(4, 5).flatMap(d -> Arbitraries.oneOf(gridSample(d), realSample(d)));
    }

    /**
     * HV4D+ (d = 4) and WFG over HV4D+ and over the 3D sweep (d = 5), on fronts where duplicated
     * points and points sharing some coordinates with another are frequent.
     */
    @Property(tries = 300)
    void fourDimensionalSweepsMatchTheGridOracle(
            @ForAll("fourOrFiveObjectiveSamples") Sample s, @ForAll Random random) {
        double[][] f = withDuplicatesAndSharedCoordinates(s.front(), random);
        double expected = GridOracle.hypervolume(f, s.ref());
        assertClose(expected, Hypervolume.of(f, s.ref()), "of");
        assertClose(expected, Wfg.volume(f, s.ref()), "WFG over HV4D+");
        assertClose(expected, WfgVariants.plainFirstVolume(f, s.ref()), "WFG plain with refinement");
        if (s.d() == 5) {
            assertClose(expected, WfgVariants.plainVolumeAndBound(f, s.ref())[0], "WFG, plain double");
            assertClose(expected, DimensionSweep.volume(f, s.ref()), "dimension sweep");
            assertClose(expected, DimensionSweep.plainVolumeAndBound(f, s.ref())[0], "dimension sweep, plain");
        }
        assertClose(expected, WfgVariants.volume(f, s.ref(), false), "WFG over the 3D sweep");
        assertClose(expected, Qhv.volume(f, s.ref()), "QHV-II");
        if (s.d() == 4) {
            assertClose(expected, Hv4d.volume(f, s.ref()), "HV4D+");
            assertClose(expected, Hv4dPlus.volume(f, s.ref()), "linked HV4D+");
            assertClose(expected, Hv4dPlusVariants.plain(f, s.ref()), "linked HV4D+, plain");
            assertRankedRestartsAgree(expected, f, s.ref());
            assertClose(expected, Hv4dPlusVariants.doubleDouble(f, s.ref()), "linked HV4D+, double-double");
        }
    }

    /**
     * On fronts too large for the grid oracle (up to 150 points on a 9-level grid, so ties in every
     * coordinate are the rule), HV4D+ and WFG over HV4D+ agree with WFG over the 3D sweep, which
     * shares none of their 4D code.
     */
    @Property(tries = 60)
    void fourDimensionalSweepsAgreeWithWfgOver3dOnLargerTiedFronts(
            @ForAll @IntRange(min = 4, max = 5) int d,
            @ForAll @IntRange(min = 0, max = 150) int n,
            @ForAll Random random) {
        double[] ref = new double[d];
        Arrays.fill(ref, 1);
        double[][] f = new double[n][d];
        for (double[] p : f) {
            for (int j = 0; j < d; j++) {
                p[j] = random.nextInt(9) / 8.0;
            }
        }
        double expected = WfgVariants.volume(f, ref, false);
        assertClose(expected, Wfg.volume(f, ref), "WFG over HV4D+");
        assertClose(expected, Qhv.volume(f, ref), "QHV-II");
        assertClose(expected, WfgVariants.plainFirstVolume(f, ref), "WFG plain with refinement");
        if (d == 4) {
            assertClose(expected, Hv4d.volume(f, ref), "HV4D+");
            assertClose(expected, Hv4dPlus.volume(f, ref), "linked HV4D+");
            assertClose(expected, Hv4dPlusVariants.plain(f, ref), "linked HV4D+, plain");
            assertRankedRestartsAgree(expected, f, ref);
            assertClose(expected, Hv4dPlusVariants.doubleDouble(f, ref), "linked HV4D+, double-double");
        }
    }

    /**
     * HV4D+ with its restarts by ranks from the first one and with them never: the ranked restart
     * picks the same links as the comparisons, so the two runs do the same arithmetic and agree
     * exactly, and both agree with the expected volume.
     */
    private static void assertRankedRestartsAgree(double expected, double[][] f, double[] ref) {
        double always = Hv4dPlusVariants.plain(f, ref, 0);
        double never = Hv4dPlusVariants.plain(f, ref, Integer.MAX_VALUE);
        assertClose(expected, always, "linked HV4D+, ranked restarts");
        assertEquals(never, always, "ranked against compared restarts");
    }

    /**
     * The plain-double 3D sweep and HV3D+ agree with the 3D sweep in double-double on fronts too
     * large for the grid oracle: up to 400 points on a 9-level grid
     * (ties in every coordinate, duplicates, points on the box's boundary) or, half of the time,
     * real-valued points of the simplex, where it must be within 7 u relative (its Javadoc's
     * bound; the double-double sweep is accurate to about 1e-30).
     */
    @Property(tries = 80)
    void plainThreeObjectiveSweepsAgreeWithDoubleDouble(
            @ForAll @IntRange(min = 0, max = 400) int n, @ForAll boolean grid, @ForAll Random random) {
        double[] ref = grid ? new double[] {1, 1, 1} : new double[] {1.1, 1.1, 1.1};
        double[][] f = new double[n][3];
        for (double[] p : f) {
            double sum = 0;
            for (int j = 0; j < 3; j++) {
                p[j] = grid ? random.nextInt(9) / 8.0 : -Math.log(1 - random.nextDouble());
                sum += p[j];
            }
            for (int j = 0; j < 3 && !grid; j++) {
                p[j] /= sum;
            }
        }
        double expected = Hv3dVariants.rankSet(f, ref);
        double actual = Hv3d.volume(f, ref);
        assertTrue(
                Math.abs(actual - expected) <= 7 * 0x1p-53 * expected,
                () -> "3D sweep " + actual + ", double-double " + expected);
        double linked = Hv3dPlus.volume(f, ref);
        assertTrue(
                Math.abs(linked - expected) <= 7 * 0x1p-53 * expected,
                () -> "HV3D+ " + linked + ", double-double " + expected);
        assertClose(expected, Hypervolume.of(f, ref), "dispatched");
    }

    /**
     * HV4D+'s presort on packed keys drops the lowest bits of the fourth coordinate: fourth
     * coordinates a few ulps apart (and equal ones) must still come out in exact order, or a
     * negative slab height would show. Against WFG over the 3D sweep, which sorts its own way.
     * Half the fronts lie on the plane x + y + z = 0.9 (no row dominates another, so the presort's
     * pre-filter keeps them all), half anywhere in the box (it drops the rows that the row with
     * the largest box weakly dominates).
     */
    @Property(tries = 60)
    void fourDimensionalSweepOrdersNearlyTiedFourthCoordinatesExactly(
            @ForAll @IntRange(min = 1, max = 200) int n, @ForAll boolean plane, @ForAll Random random) {
        double[] ref = {1, 1, 1, 1};
        double[][] f = new double[n][4];
        for (double[] p : f) {
            for (int j = 0; j < 3; j++) {
                p[j] = random.nextDouble() * (plane ? 0.45 : 0.9);
            }
            if (plane) {
                p[2] = 0.9 - p[0] - p[1];
            }
            double base = 0.25 * (1 + random.nextInt(3));
            p[3] = random.nextBoolean() ? base : base + random.nextInt(64) * Math.ulp(base);
        }
        double[][] rows = Hv4dPlus.insideByFourth(f, ref);
        // Every row is kept or weakly dominated by a kept one (the pre-filter drops only those).
        for (double[] p : f) {
            boolean kept = false;
            for (double[] r : rows) {
                kept |= r == p || Points.weaklyDominates(r, p, 4);
            }
            assertTrue(kept, "dropped a row no kept row weakly dominates: " + Arrays.toString(p));
        }
        if (plane) {
            assertEquals(n, rows.length);
        }
        for (int k = 1; k < rows.length; k++) {
            assertTrue(
                    rows[k - 1][3] <= rows[k][3],
                    "fourth coordinates out of order at " + k + ": " + rows[k - 1][3] + " > " + rows[k][3]);
        }
        double expected = WfgVariants.volume(f, ref, false);
        assertClose(expected, Hv4dPlus.volume(f, ref), "linked HV4D+");
        assertClose(expected, Hypervolume.of(f, ref), "dispatched");
    }

    /**
     * The running error bound of plain-double HV4D+ holds: on random real-valued fronts (no ties,
     * so values are not exactly representable sums) its distance from the double-double sweep,
     * itself accurate to about 1e-30 relative, is within the bound.
     */
    @Property(tries = 100)
    void linkedSweep4dErrorBoundHolds(@ForAll @IntRange(min = 1, max = 300) int n, @ForAll Random random) {
        double[] ref = {1.1, 1.1, 1.1, 1.1};
        double[][] f = new double[n][4];
        for (double[] p : f) {
            double sum = 0;
            for (int j = 0; j < 4; j++) {
                p[j] = -Math.log(1 - random.nextDouble());
                sum += p[j];
            }
            for (int j = 0; j < 4; j++) {
                p[j] /= sum;
            }
        }
        double[][] in = Points.inside(f, ref);
        Hv4dPlus plain = new Hv4dPlus(in.length);
        double v = plain.kernel(in, in.length, ref);
        double exact = new Hv4d(in.length).kernel(in, in.length, ref, new Dd()).value();
        assertTrue(
                Math.abs(Hv4dPlusVariants.doubleDouble(f, ref) - exact) <= 1e-15 * exact,
                "linked HV4D+, double-double");
        assertTrue(
                Math.abs(v - exact) <= plain.error() + 1e-30 * exact,
                () -> "|" + v + " - " + exact + "| > bound " + plain.error());
        assertTrue(plain.error() <= 1e-13 * exact, () -> "bound " + plain.error() + " looser than 1e-13");
    }

    /**
     * The running error bound of plain-double WFG (d = 5, 6) holds against WFG in double-double,
     * on random points of the simplex (real-valued, so the roundings are not exact).
     */
    @Property(tries = 60)
    void plainWfgErrorBoundHolds(
            @ForAll @IntRange(min = 5, max = 6) int d,
            @ForAll @IntRange(min = 1, max = 60) int n,
            @ForAll Random random) {
        double[] ref = new double[d];
        Arrays.fill(ref, 1.1);
        double[][] f = new double[n][d];
        for (double[] p : f) {
            double sum = 0;
            for (int j = 0; j < d; j++) {
                p[j] = -Math.log(1 - random.nextDouble());
                sum += p[j];
            }
            for (int j = 0; j < d; j++) {
                p[j] /= sum;
            }
        }
        double[] vb = WfgVariants.plainVolumeAndBound(f, ref);
        double exact = Wfg.volume(f, ref);
        assertTrue(
                Math.abs(vb[0] - exact) <= vb[1] + 1e-20 * exact,
                () -> "|" + vb[0] + " - " + exact + "| > bound " + vb[1]);
        assertClose(exact, WfgVariants.plainFirstVolume(f, ref), "WFG plain with refinement");
        double[] sweep = DimensionSweep.plainVolumeAndBound(f, ref);
        assertTrue(
                Math.abs(sweep[0] - exact) <= sweep[1] + 1e-20 * exact,
                () -> "dimension sweep: |" + sweep[0] + " - " + exact + "| > bound " + sweep[1]);
    }

    /** Appends copies of some points and variants of others with one coordinate taken from a third. */
    private static double[][] withDuplicatesAndSharedCoordinates(double[][] front, Random random) {
        List<double[]> out = new ArrayList<>(Arrays.asList(front));
        for (double[] p : front) {
            int what = random.nextInt(4);
            if (what == 0) {
                out.add(p.clone());
            } else if (what == 1) {
                double[] q = p.clone();
                double[] other = front[random.nextInt(front.length)];
                int j = random.nextInt(q.length);
                q[j] = other[j];
                out.add(q);
            }
        }
        Collections.shuffle(out, random);
        return out.toArray(new double[0][]);
    }

    @Property(tries = 300)
    void unionCoversAtLeastEachPart(@ForAll("samples") Sample s, @ForAll Random random) {
        List<double[]> a = new ArrayList<>();
        List<double[]> b = new ArrayList<>();
        for (double[] p : s.front()) {
            (random.nextBoolean() ? a : b).add(p);
        }
        double hvUnion = Hypervolume.of(s.front(), s.ref());
        double hvA = Hypervolume.of(a.toArray(new double[0][]), s.ref());
        double hvB = Hypervolume.of(b.toArray(new double[0][]), s.ref());
        assertTrue(
                hvUnion >= Math.max(hvA, hvB) * (1 - Tolerance.REL),
                () -> "HV(union)=" + hvUnion + " < max(" + hvA + ", " + hvB + ")");
    }

    @Property(tries = 300)
    void addingADominatedPointChangesNothing(@ForAll("samples") Sample s, @ForAll Random random) {
        if (s.front().length == 0) {
            return;
        }
        double[] p = s.front()[random.nextInt(s.front().length)];
        double[] worse = p.clone();
        for (int j = 0; j < worse.length; j++) {
            worse[j] += random.nextBoolean() ? 0 : 0.25 * random.nextInt(4);
        }
        double[][] more = concat(s.front(), new double[][] {worse});
        assertClose(
                Hypervolume.of(s.front(), s.ref()),
                Hypervolume.of(more, s.ref()),
                "with dominated " + Arrays.toString(worse));
    }

    @Property(tries = 300)
    void invariantToPointOrderAndDuplicates(@ForAll("samples") Sample s, @ForAll Random random) {
        List<double[]> shuffled = new ArrayList<>(Arrays.asList(s.front()));
        for (double[] p : s.front()) {
            if (random.nextInt(3) == 0) {
                shuffled.add(p.clone());
            }
        }
        Collections.shuffle(shuffled, random);
        double[][] other = shuffled.toArray(new double[0][]);
        assertClose(Hypervolume.of(s.front(), s.ref()), Hypervolume.of(other, s.ref()), "shuffled with duplicates");
    }

    @Property(tries = 300)
    void contributionsAreExclusiveVolumes(@ForAll("samples") Sample s) {
        double[][] f = s.front();
        double hv = Hypervolume.of(f, s.ref());
        double[] c = Hypervolume.contributions(f, s.ref());
        assertEquals(f.length, c.length);
        double sum = 0;
        for (int i = 0; i < f.length; i++) {
            assertTrue(c[i] >= 0, "contribution " + i + " is negative: " + c[i]);
            sum += c[i];
            double without = Hypervolume.of(TestFronts.without(f, i), s.ref());
            // Both sides are differences of hypervolumes, so the error scales with HV(S).
            double tolerance = Tolerance.REL * Math.max(hv, 1);
            double expected = hv - without;
            assertTrue(
                    Math.abs(c[i] - expected) <= tolerance,
                    "contribution " + i + " = " + c[i] + ", HV(S) - HV(S \\ p) = " + expected);
        }
        assertTrue(sum <= hv + Tolerance.REL * Math.max(hv, 1), "sum of contributions " + sum + " > HV " + hv);
    }

    @Property(tries = 100)
    void inputIsNotModified(@ForAll("samples") Sample s, @ForAll @IntRange(min = 0, max = 1) int which) {
        double[][] copy = Arrays.stream(s.front()).map(double[]::clone).toArray(double[][]::new);
        double[] ref = s.ref().clone();
        if (which == 0) {
            Hypervolume.of(s.front(), s.ref());
        } else {
            Hypervolume.contributions(s.front(), s.ref());
        }
        assertTrue(Arrays.deepEquals(copy, s.front()), "front modified");
        assertTrue(Arrays.equals(ref, s.ref()), "ref modified");
    }

    private static double[][] concat(double[][] a, double[][] b) {
        double[][] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
