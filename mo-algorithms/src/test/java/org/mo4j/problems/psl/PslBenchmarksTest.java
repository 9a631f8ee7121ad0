package org.mo4j.problems.psl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.re.RealWorldProblem;

/** The table against SEED-SETTINGS §3.3 (the values of run_svh.py and plot_result.ipynb), copied by hand. */
class PslBenchmarksTest {

    private static final Map<String, double[]> REFERENCE = Map.ofEntries(
            Map.entry("zdt1", new double[] {0.9994, 6.0576}),
            Map.entry("zdt2", new double[] {0.9994, 6.8960}),
            Map.entry("zdt3", new double[] {0.9994, 6.0571}),
            Map.entry("vlmop2", new double[] {1.1, 1.1}),
            Map.entry("f2", new double[] {1.1, 1.1}),
            Map.entry("re21", new double[] {2886.3695604236013, 0.039999999999998245}),
            Map.entry("re32", new double[] {37.7831517014, 17561.6, 425062976.628}),
            Map.entry("re33", new double[] {5.3067, 3.12833430979, 25.0}),
            Map.entry("re36", new double[] {5.931, 56.0, 0.355720675227}),
            Map.entry("re37", new double[] {0.98949120096, 0.956587924661, 0.987530948586}),
            Map.entry("re41", new double[] {39.2905121788, 4.42725, 13.09138125, 9.49401929991}),
            Map.entry("re42", new double[] {-844.714092162, 13827.1384409, 5707.50786547, 3207.0456123}));

    private static final Map<String, double[]> IDEAL = Map.of(
            "re21", new double[] {1237.841423, 0.000276142374915},
            "re32", new double[] {0.010205496875, 0.00043904, 0},
            "re33", new double[] {-0.721525, 1.13907203907, 0},
            "re36", new double[] {7.89473684213e-05, 12, 0},
            "re37", new double[] {0.00889341391106, 0.00488, -0.431499999825},
            "re41", new double[] {15.576004, 3.58525, 10.61064375, 0},
            "re42", new double[] {-2756.25909816, 3962.55777262, 1947.88082074, 0});

    private static final Map<String, Integer> VARIABLES = Map.ofEntries(
            Map.entry("zdt1", 30),
            Map.entry("zdt2", 30),
            Map.entry("zdt3", 30),
            Map.entry("vlmop2", 6),
            Map.entry("f2", 6),
            Map.entry("re21", 4),
            Map.entry("re32", 4),
            Map.entry("re33", 4),
            Map.entry("re36", 4),
            Map.entry("re37", 4),
            Map.entry("re41", 7),
            Map.entry("re42", 6));

    @Test
    void theTwelveProblemsWithTheCodesPoints() {
        assertEquals(
                List.of("zdt1", "zdt2", "zdt3", "vlmop2", "f2", "re21", "re32", "re33", "re36", "re37", "re41", "re42"),
                PslBenchmarks.names());
        assertEquals(12, PslBenchmarks.all().size());
        for (PslBenchmark b : PslBenchmarks.all()) {
            String name = b.name();
            assertArrayEquals(REFERENCE.get(name), b.referencePoint(), 0, name);
            assertEquals(REFERENCE.get(name).length, b.objectives(), name);
            assertEquals(VARIABLES.get(name), b.variables(), name);
            boolean zdt = name.startsWith("zdt");
            boolean re = name.startsWith("re");
            assertEquals(!zdt, b.standardisedByCode(), name);
            assertEquals(!zdt, b.hasApproximateFront(), name);
            assertEquals(re, b.normalisedForHypervolume(), name);
            if (re) {
                assertArrayEquals(IDEAL.get(name), b.idealPoint(), 0, name);
            } else {
                assertNull(b.idealPoint(), name);
            }
            BenchmarkProblem p = b.problem();
            assertEquals(b.variables(), p.numberOfVariables(), name);
            assertEquals(b.objectives(), p.numberOfObjectives(), name);
            assertEquals(name, p.name().toLowerCase(java.util.Locale.ROOT));
            if (b.hasApproximateFront()) {
                assertEquals(b.objectives(), b.approximateFront()[0].length, name);
            }
        }
    }

    @Test
    void reNadirPointsAgainstMo4jsRe() {
        // RE32, RE33, RE36, RE37, RE41: the suite's ideal and nadir points exactly
        for (String name : List.of("re32", "re33", "re36", "re37", "re41")) {
            PslBenchmark b = PslBenchmarks.get(name);
            RealWorldProblem p = (RealWorldProblem) b.problem();
            assertArrayEquals(p.nadirPoint(), b.referencePoint(), 0, name);
            assertArrayEquals(p.idealPoint(), b.idealPoint(), 0, name);
        }
        // RE21: the current nadir point, the pre-2020 ideal f2 (one tenth of today's)
        RealWorldProblem re21 = (RealWorldProblem) PslBenchmarks.get("re21").problem();
        assertArrayEquals(re21.nadirPoint(), PslBenchmarks.get("re21").referencePoint(), 0);
        assertEquals(re21.idealPoint()[0], PslBenchmarks.get("re21").idealPoint()[0], 1e-6);
        assertEquals(re21.idealPoint()[1] / 10, PslBenchmarks.get("re21").idealPoint()[1], 1e-12);
        // RE42: the pre-2021 nadir point; the ideal point within 1e-7 relatively
        RealWorldProblem re42 = (RealWorldProblem) PslBenchmarks.get("re42").problem();
        assertFalse(re42.nadirPoint()[2] == PslBenchmarks.get("re42").referencePoint()[2]);
        for (int j = 0; j < 3; j++) {
            double ideal = re42.idealPoint()[j];
            assertEquals(ideal, PslBenchmarks.get("re42").idealPoint()[j], 1e-7 * Math.abs(ideal));
        }
    }

    @Test
    void lookupCopiesAndErrors() {
        assertEquals("vlmop2", PslBenchmarks.get(" VLMOP2 ").name());
        double[] ref = PslBenchmarks.get("re33").referencePoint();
        ref[0] = 0;
        assertEquals(5.3067, PslBenchmarks.get("re33").referencePoint()[0]);
        double[] ideal = PslBenchmarks.get("re33").idealPoint();
        ideal[0] = 0;
        assertEquals(-0.721525, PslBenchmarks.get("re33").idealPoint()[0]);
        assertEquals(PslBenchmarks.get("re33"), PslBenchmarks.get("re33"));
        assertEquals(
                PslBenchmarks.get("re33").hashCode(), PslBenchmarks.all().get(7).hashCode());
        assertTrue(PslBenchmarks.get("zdt1").toString().startsWith("zdt1 (zdt1::30, ref [0.9994, 6.0576]"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PslBenchmarks.get("dtlz2"));
        assertTrue(e.getMessage().startsWith("'dtlz2' is not an SVH-PSL problem; valid names: zdt1, zdt2, zdt3,"));
        assertThrows(IllegalArgumentException.class, () -> PslBenchmarks.get(null));
    }
}
