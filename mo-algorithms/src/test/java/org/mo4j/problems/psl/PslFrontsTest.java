package org.mo4j.problems.psl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mo4j.core.sorting.NonDominatedSorting;
import org.mo4j.problems.Problems;
import org.mo4j.problems.re.RealWorldProblem;

/**
 * The shipped fronts: they parse, have the problems' dimensions, are non-dominated, and lie where
 * the conversion's check (a Python reading of the {@code .npy} files) found them.
 */
class PslFrontsTest {

    private static final Map<String, Integer> POINTS = Map.of(
            "re21", 1000, "re32", 1500, "re33", 1500, "re36", 28, "re37", 1500, "re41", 2000, "re42", 1999, "vlmop2",
            400, "f2", 200);

    /** The ideal and nadir points of SVH-PSL's plot_result.ipynb (SEED-SETTINGS §3.3). */
    private static final Map<String, double[][]> NOTEBOOK_BOX = Map.of(
            "re21", new double[][] {{1237.841423, 0.000276142374915}, {2886.3695604236013, 0.039999999999998245}},
            "re32", new double[][] {{0.010205496875, 0.00043904, 0}, {37.7831517014, 17561.6, 425062976.628}},
            "re33", new double[][] {{-0.721525, 1.13907203907, 0}, {5.3067, 3.12833430979, 25.0}},
            "re36", new double[][] {{7.89473684213e-05, 12, 0}, {5.931, 56.0, 0.355720675227}},
            "re37",
                    new double[][] {
                        {0.00889341391106, 0.00488, -0.431499999825}, {0.98949120096, 0.956587924661, 0.987530948586}
                    },
            "re41",
                    new double[][] {
                        {15.576004, 3.58525, 10.61064375, 0}, {39.2905121788, 4.42725, 13.09138125, 9.49401929991}
                    },
            "re42",
                    new double[][] {
                        {-2756.25909816, 3962.55777262, 1947.88082074, 0},
                        {-844.714092162, 13827.1384409, 5707.50786547, 3207.0456123}
                    });

    /** Points beyond the notebook's nadir point (none is below its ideal point). */
    private static final Map<String, Integer> BEYOND_NADIR =
            Map.of("re21", 0, "re32", 0, "re33", 1008, "re36", 0, "re37", 83, "re41", 29, "re42", 222);

    /** {below ideal, beyond nadir} against mo4j's RE ideal and nadir points. */
    private static final Map<String, int[]> OUTSIDE_MO4J_BOX = Map.of(
            "re21", new int[] {851, 0},
            "re32", new int[] {0, 0},
            "re33", new int[] {0, 1008},
            "re36", new int[] {0, 0},
            "re37", new int[] {0, 83},
            "re41", new int[] {0, 29},
            "re42", new int[] {0, 636});

    /** {points below ideal − tol, points beyond nadir + tol}, tol = 1e-6 of the box's width. */
    private static int[] outside(double[][] front, double[] ideal, double[] nadir) {
        int below = 0;
        int above = 0;
        for (double[] f : front) {
            boolean b = false;
            boolean a = false;
            for (int j = 0; j < f.length; j++) {
                double tol = 1e-6 * (nadir[j] - ideal[j]);
                b |= f[j] < ideal[j] - tol;
                a |= f[j] > nadir[j] + tol;
            }
            below += b ? 1 : 0;
            above += a ? 1 : 0;
        }
        return new int[] {below, above};
    }

    @Test
    void everyFrontParsesWithTheProblemsDimensionAndIsNonDominated() {
        assertEquals(
                List.of("re21", "re32", "re33", "re36", "re37", "re41", "re42", "vlmop2", "f2"), PslFronts.names());
        for (String name : PslFronts.names()) {
            double[][] front = PslFronts.approximateFront(name);
            assertEquals(POINTS.get(name), front.length, name);
            int m = Problems.create(name).numberOfObjectives();
            assertEquals(PslBenchmarks.get(name).objectives(), m, name);
            assertTrue(PslBenchmarks.get(name).hasApproximateFront(), name);
            for (double[] f : front) {
                assertEquals(m, f.length, name);
                for (double v : f) {
                    assertTrue(Double.isFinite(v), name);
                }
            }
            long dominated = Arrays.stream(NonDominatedSorting.ranks(front))
                    .filter(r -> r > 0)
                    .count();
            // RE21's file repeats its least f2 at a larger f1 once
            assertEquals(name.equals("re21") ? 1 : 0, dominated, name);
        }
    }

    @Test
    void reFrontsAreInRawUnitsInsideTheNotebooksBoxButForTheDocumentedPoints() {
        for (Map.Entry<String, double[][]> e : NOTEBOOK_BOX.entrySet()) {
            String name = e.getKey();
            double[][] front = PslFronts.approximateFront(name);
            int[] out = outside(front, e.getValue()[0], e.getValue()[1]);
            assertEquals(0, out[0], name + ": points below the ideal point");
            assertEquals(BEYOND_NADIR.get(name), out[1], name + ": points beyond the nadir point");
            // raw units: the least value of each objective is the notebook's ideal one (RE41 f1: 15.5760643
            // against 15.576004, 2.5e-6 of the width)
            for (int j = 0; j < front[0].length; j++) {
                final int k = j;
                double min = Arrays.stream(front).mapToDouble(f -> f[k]).min().orElseThrow();
                double width = e.getValue()[1][j] - e.getValue()[0][j];
                assertEquals(e.getValue()[0][j], min, 1e-5 * width, name + " objective " + j);
            }
            RealWorldProblem p = (RealWorldProblem) Problems.create(name);
            assertEquals(
                    Arrays.toString(OUTSIDE_MO4J_BOX.get(name)),
                    Arrays.toString(outside(front, p.idealPoint(), p.nadirPoint())),
                    name + " against mo4j's ideal and nadir points");
        }
    }

    @Test
    void re21sFileIsOfThePre2020Re21() {
        double[][] front = PslFronts.approximateFront("re21");
        // that version: f2 = (F L / E)(2/x2 + 2 sqrt2/x2 - 2 sqrt2/x3 + 2/x4) with E = 2e6, so
        // F L / E = 1e-3; at x = (1, sqrt2, sqrt2, 1): f1 = 200 (2 + 2 + 2^(1/4) + 1),
        // f2 = 1e-3 (sqrt2 + 2 - 2 + 2); at (1, 3, sqrt2, 3): f1 = 200 (2 + 3 sqrt2 + 2^(1/4) + 3),
        // f2 = 1e-3 ((2 + 2 sqrt2)/3 - 2 + 2/3)
        double s2 = Math.sqrt(2);
        double q = Math.pow(2, 0.25);
        assertContains(front, new double[] {200 * (5 + q), 1e-3 * (s2 + 2)}, 1e-8);
        assertContains(front, new double[] {200 * (5 + 3 * s2 + q), 1e-3 * ((2 + 2 * s2) / 3 - 2 + 2.0 / 3)}, 1e-8);
        // the current RE21 (E = 2e5, 2/x1) cannot go below f2 = 0.0027614...
        double least = new org.mo4j.problems.re.Re21().idealPoint()[1];
        assertEquals(
                851, Arrays.stream(front).filter(f -> f[1] < least * (1 - 1e-9)).count());
    }

    private static void assertContains(double[][] front, double[] point, double relTol) {
        for (double[] f : front) {
            boolean match = true;
            for (int j = 0; j < f.length; j++) {
                match &= Math.abs(f[j] - point[j]) <= relTol * Math.abs(point[j]);
            }
            if (match) {
                return;
            }
        }
        throw new AssertionError(Arrays.toString(point) + " is not in the front");
    }

    @Test
    void vlmop2AndF2FilesLieOnTheAnalyticFronts() {
        for (double[] f : PslFronts.approximateFront("vlmop2")) {
            double b = 2 - Math.sqrt(-Math.log1p(-f[0]));
            assertEquals(1 - Math.exp(-b * b), f[1], 1e-15, Arrays.toString(f));
            assertTrue(f[0] >= 0 && f[0] < 1.1 && f[1] >= 0 && f[1] < 1.1);
        }
        double[][] f2 = PslFronts.approximateFront("f2");
        for (double[] f : f2) {
            assertEquals(1 - Math.sqrt(f[0]), f[1], 3e-5, Arrays.toString(f));
            assertTrue(f[0] >= 0 && f[0] <= 1 && f[1] >= 0 && f[1] <= 1);
            // float32 data
            assertEquals((float) f[0], f[0]);
            assertEquals((float) f[1], f[1]);
        }
    }

    @Test
    void headersNameTheSourceAndCommit() throws IOException {
        for (String name : PslFronts.names()) {
            try (InputStream in = PslFronts.class.getResourceAsStream("fronts/" + name + ".txt")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(text.startsWith("# Approximate Pareto front of "), name);
                assertTrue(text.contains("94430874299741cbcb0b0f7a07db42c69ecc624f"), name);
                assertTrue(text.contains("Ground_truth_approximate_PF/"), name);
            }
        }
    }

    @Test
    void namesAreCaseInsensitiveAndUnknownOnesListTheValidOnes() {
        assertEquals(28, PslFronts.approximateFront(" RE36 ").length);
        assertNotSame(PslFronts.approximateFront("f2"), PslFronts.approximateFront("f2"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> PslFronts.approximateFront("zdt1"));
        assertEquals(
                "no approximate front shipped for 'zdt1'; valid names: re21, re32, re33, re36, re37, re41, re42, "
                        + "vlmop2, f2",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PslFronts.approximateFront(null));
    }
}
