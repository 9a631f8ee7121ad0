package org.mo4j.surrogates.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mo4j.core.archive.ParetoArchive;
import org.mo4j.core.indicators.InvertedGenerationalDistance;
import org.mo4j.core.problem.ObjectiveSense;
import org.mo4j.core.testing.Report;
import org.mo4j.surrogates.quadratic.Link;
import org.mo4j.surrogates.quadratic.QuadraticSurrogate;

class MapMergingTest {

    /** Two "accuracies" that are exactly sigmoid(quadratic) in c, with a trade-off between them. */
    static final QuadraticSurrogate TASK1 = QuadraticSurrogate.of(2, Link.SIGMOID, -0.6, -0.3, -0.4, 2.0, -0.8, 0.5);

    static final QuadraticSurrogate TASK2 = QuadraticSurrogate.of(2, Link.SIGMOID, -0.3, -0.6, -0.4, -0.8, 2.0, 0.5);
    static final ExpensiveEvaluator SYNTHETIC = c -> new double[] {TASK1.predict(c), TASK2.predict(c)};

    /** The true front of SYNTHETIC over [-3, 3]^2 by a dense 401 x 401 grid, minimised. */
    private static double[][] gridFront;

    static synchronized double[][] denseGridFront() {
        if (gridFront == null) {
            gridFront = computeDenseGridFront();
        }
        return gridFront;
    }

    private static double[][] computeDenseGridFront() {
        ParetoArchive<double[]> archive = new ParetoArchive<>(2);
        for (int i = 0; i <= 400; i++) {
            for (int j = 0; j <= 400; j++) {
                double[] c = {-3 + 6.0 * i / 400, -3 + 6.0 * j / 400};
                archive.add(new double[] {-TASK1.predict(c), -TASK2.predict(c)}, c);
            }
        }
        return archive.objectives();
    }

    @Test
    void onSigmoidQuadraticTasksRecoversTheSurrogatesAndMatchesTheDenseGridFront() {
        AmortizedParetoFront front = MapMerging.builder(2).seed(4).build().run(SYNTHETIC);
        assertEquals(12, front.expensiveEvaluations());
        assertEquals(24, front.taskEvaluations());
        assertEquals(2600, front.surrogateEvaluations());
        for (int i = 0; i < 2; i++) {
            QuadraticSurrogate s = front.surrogates().get(i);
            assertTrue(s.rSquared() > 1 - 1e-10, "R² " + s.rSquared());
            assertArrayEquals((i == 0 ? TASK1 : TASK2).parameters(), s.parameters(), 1e-5);
        }
        double igd = InvertedGenerationalDistance.of(front.front(), denseGridFront());
        Report.printf(
                "synthetic sigmoid-quadratic, T=2: %d members, IGD to the 401x401 grid front = %.2e%n",
                front.size(), igd);
        assertTrue(igd < 5e-3, "IGD " + igd);
        for (double[] c : front.coefficients()) {
            for (double v : c) {
                assertTrue(v >= -3 && v <= 3);
            }
        }
    }

    @Test
    void isDeterministicPerSeed() {
        MapMerging a = MapMerging.builder(2).seed(9).build();
        AmortizedParetoFront f1 = a.run(SYNTHETIC);
        AmortizedParetoFront f2 = MapMerging.builder(2).seed(9).build().run(SYNTHETIC);
        assertTrue(Arrays.deepEquals(f1.coefficients(), f2.coefficients()));
        assertTrue(Arrays.deepEquals(f1.predictedMetrics(), f2.predictedMetrics()));
        AmortizedParetoFront f3 = MapMerging.builder(2).seed(10).build().run(SYNTHETIC);
        assertFalse(Arrays.deepEquals(f1.coefficients(), f3.coefficients()));
    }

    @Test
    void aPreferencePicksTheMemberMaximisingTheNormalisedWeightedPredictedMetrics() {
        AmortizedParetoFront front = MapMerging.builder(2).seed(2).build().run(SYNTHETIC);
        double[][] pm = front.predictedMetrics();
        int best1 = 0;
        for (int k = 0; k < pm.length; k++) {
            if (pm[k][0] > pm[best1][0]) {
                best1 = k;
            }
        }
        assertEquals(best1, front.indexFor(new double[] {1, 0}));
        assertArrayEquals(front.solutionFor(new double[] {3, 1}), front.solutionFor(new double[] {0.3, 0.1}));
        double[] c = front.solutionFor(new double[] {1, 1});
        double[] f = front.objectivesFor(new double[] {1, 1});
        assertEquals(-TASK1.predict(c), f[0], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> front.solutionFor(new double[] {-1, 1}));
        assertThrows(IllegalArgumentException.class, () -> front.solutionFor(new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> front.solutionFor(new double[] {1, 1, 1}));
    }

    @Test
    void minimisedLossesUseSoftplusAndArgminOfTheWeightedLosses() {
        ExpensiveEvaluator losses = c -> new double[] {
            Link.SOFTPLUS.apply(0.5 * c[0] * c[0] + 0.2 * c[1] * c[1] - 1.5 * c[0] + 0.3),
            Link.SOFTPLUS.apply(0.2 * c[0] * c[0] + 0.5 * c[1] * c[1] - 1.5 * c[1] + 0.3)
        };
        AmortizedParetoFront front = MapMerging.builder(2)
                .direction(ObjectiveSense.MINIMISE)
                .seed(3)
                .build()
                .run(losses);
        assertEquals(Link.SOFTPLUS, front.surrogates().get(0).link());
        assertTrue(front.surrogates().get(0).rSquared() > 1 - 1e-9);
        double[][] pm = front.predictedMetrics();
        int k = front.indexFor(new double[] {1, 1});
        for (double[] m : pm) {
            assertTrue(pm[k][0] + pm[k][1] <= m[0] + m[1] + 1e-12);
        }
        assertArrayEquals(pm[k], Arrays.stream(front.front()[k]).toArray(), 0); // minimised losses are the losses
    }

    @Test
    void evaluatesChosenMembersTruly() {
        AmortizedParetoFront front = MapMerging.builder(2).seed(5).build().run(SYNTHETIC);
        double[][] real = front.evaluateTrue(SYNTHETIC, 0, front.size() - 1);
        assertArrayEquals(front.predictedMetrics()[0], real[0], 1e-6);
        assertThrows(IllegalArgumentException.class, () -> front.evaluateTrue(SYNTHETIC, front.size()));
    }

    @Test
    void bayesianMapSpendsItsScheduleAndFitsEveryTask() {
        AmortizedParetoFront front =
                MapMerging.builder(2).bayesian(8, 4, 3).seed(6).build().runBayesian(SYNTHETIC);
        // 8 requested -> 2 one-hots + 6 grid points, all tasks; then 3 rounds x 4 points per task
        assertEquals(8 + 2 * 3 * 4, front.expensiveEvaluations());
        assertEquals(8 * 2 + 2 * 3 * 4, front.taskEvaluations());
        assertEquals(8 + 12, front.samples().get(0).size());
        for (QuadraticSurrogate s : front.surrogates()) {
            assertTrue(s.rSquared() > 1 - 1e-9);
        }
        AmortizedParetoFront again =
                MapMerging.builder(2).bayesian(8, 4, 3).seed(6).build().runBayesian(SYNTHETIC);
        assertTrue(Arrays.deepEquals(front.coefficients(), again.coefficients()));
        double igd = InvertedGenerationalDistance.of(front.front(), denseGridFront());
        assertTrue(igd < 5e-3, "IGD " + igd);
    }

    @Test
    void rejectsFewerThanTwoTasksAndTooFewSamples() {
        IllegalArgumentException t1 = assertThrows(IllegalArgumentException.class, () -> MapMerging.builder(1));
        assertTrue(t1.getMessage().contains("tasks") && t1.getMessage().contains("1"), t1.getMessage());
        IllegalArgumentException few = assertThrows(
                IllegalArgumentException.class, () -> MapMerging.builder(3).samples(9));
        assertTrue(few.getMessage().contains("10 parameters"), few.getMessage());
        MapMerging map = MapMerging.builder(2).build();
        IllegalArgumentException rows = assertThrows(
                IllegalArgumentException.class,
                () -> map.fromSamples(
                        new double[][] {{0, 0}, {1, 0}, {0, 1}}, new double[][] {{0, 0}, {1, 0}, {0, 1}}));
        assertTrue(rows.getMessage().contains("6 parameters"), rows.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MapMerging.builder(2).bayesian(5, 3, 3));
    }

    @Test
    void rejectsNaNMetricsAndMismatchedDimensions() {
        IllegalArgumentException nan = assertThrows(
                IllegalArgumentException.class,
                () -> MapMerging.builder(2).build().run(c -> new double[] {c[0] > 0.5 ? Double.NaN : 0.5, 0.5}));
        assertTrue(nan.getMessage().contains("NaN") && nan.getMessage().contains("task 0"), nan.getMessage());
        IllegalArgumentException len = assertThrows(
                IllegalArgumentException.class,
                () -> MapMerging.builder(3).build().run(c -> new double[] {0.5, 0.5}));
        assertTrue(len.getMessage().contains("dimension mismatch"), len.getMessage());
        double[][] c = new double[6][2];
        double[][] y = new double[6][3];
        IllegalArgumentException dims = assertThrows(
                IllegalArgumentException.class,
                () -> MapMerging.builder(2).build().fromSamples(c, y));
        assertTrue(dims.getMessage().contains("metrics"), dims.getMessage());
        double[][] yNaN = new double[6][2];
        yNaN[4][1] = Double.NaN;
        IllegalArgumentException n2 = assertThrows(
                IllegalArgumentException.class,
                () -> MapMerging.builder(2).build().fromSamples(c, yNaN));
        assertTrue(n2.getMessage().contains("metrics[4][1]"), n2.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MapMerging.builder(2).directions(ObjectiveSense.MAXIMISE));
    }

    @Test
    void aLatinHypercubeDesignAlsoRecoversTheSurrogates() {
        AmortizedParetoFront front = MapMerging.builder(2)
                .design(MapMerging.Design.LATIN_HYPERCUBE)
                .samples(10)
                .seed(8)
                .build()
                .run(SYNTHETIC);
        assertEquals(10, front.expensiveEvaluations());
        assertArrayEquals(TASK1.parameters(), front.surrogates().get(0).parameters(), 1e-5);
    }

    @Test
    void referencePointsAreTheCodesTwoLayers() {
        double[][] r = Nsga3FrontSearch.referencePoints(2);
        assertTrue(
                Arrays.deepEquals(new double[][] {{0, 1}, {0.25, 0.75}, {0.5, 0.5}, {0.75, 0.25}, {1, 0}}, r),
                Arrays.deepToString(r));
        assertEquals(6 + 3, Nsga3FrontSearch.referencePoints(3).length);
    }
}
