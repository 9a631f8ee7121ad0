package org.mo4j.surrogates.merging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mo4j.core.archive.ParetoArchive;
import org.mo4j.core.indicators.InvertedGenerationalDistance;
import org.mo4j.core.problem.ObjectiveSense;
import org.mo4j.core.testing.Report;
import org.mo4j.core.weights.WeightVectors;
import org.mo4j.surrogates.map.AmortizedParetoFront;
import org.mo4j.surrogates.map.MapMerging;
import org.mo4j.surrogates.map.NestedMap;
import org.mo4j.surrogates.map.SearchSettings;

/**
 * MAP on a real (small) model-merging problem against the paper's protocol: the front of a dense
 * grid search of merging coefficients over [0, 1]^T is the ground truth; MAP's predicted front and
 * the true accuracies of the members it picks for a set of preferences ("MAP, real") are compared
 * with it by IGD (accuracy units, p = 1), and the expensive evaluations are counted.
 */
class ModelMergingMapTest {

    private static double[][] minimised(double[][] accuracies) {
        return Arrays.stream(accuracies)
                .map(r -> Arrays.stream(r).map(v -> -v).toArray())
                .toArray(double[][]::new);
    }

    private static double[][] objectives(List<ParetoArchive.Entry<double[]>> entries) {
        return entries.stream().map(ParetoArchive.Entry::objectives).toArray(double[][]::new);
    }

    /** The members of a (minimised) front that the preferences pick, by the same rule as MAP's. */
    private static double[][] oraclePicks(double[][] front, double[][] preferences) {
        java.util.LinkedHashSet<Integer> picks = new java.util.LinkedHashSet<>();
        for (double[] w : preferences) {
            int best = 0;
            double bestU = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < front.length; k++) {
                double u = 0;
                for (int i = 0; i < w.length; i++) {
                    u -= w[i] * front[k][i];
                }
                if (u > bestU) {
                    bestU = u;
                    best = k;
                }
            }
            picks.add(best);
        }
        return picks.stream().map(k -> front[k]).toArray(double[][]::new);
    }

    /** The true accuracies of the members MAP picks for the given preferences (one expensive evaluation each). */
    private static double[][] realFront(AmortizedParetoFront front, MergingBenchmark b, double[][] preferences) {
        int[] picks =
                Arrays.stream(preferences).mapToInt(front::indexFor).distinct().toArray();
        return front.evaluateTrue(b, picks);
    }

    /**
     * Runs MAP with the code's search box [-3, 3]^T and with the grid's box [0, 1]^T and checks IGD of
     * the predicted front, of the real picks and of all members re-evaluated against the grid front:
     * {@code bounds[b] = {predicted, real picks, all members}}.
     */
    private static void check(String label, int tasks, int gridPoints, double[][] bounds, double[][] preferences) {
        MergingBenchmark b = MergingBenchmark.builder(tasks).seed(1).build();
        GridSearch.Grid grid = GridSearch.evaluate(b, tasks, gridPoints, 0, 1);
        ObjectiveSense[] max = new ObjectiveSense[tasks];
        Arrays.fill(max, ObjectiveSense.MAXIMISE);
        double[][] truth = objectives(grid.front(max));
        StringBuilder failures = new StringBuilder();
        double[][] oracle = oraclePicks(truth, preferences);
        Report.printf(
                "%s: grid front %d points; the grid front's own picks for the %d preferences (%d distinct) "
                        + "have IGD %.4f (the floor for that many points)%n",
                label, truth.length, preferences.length, oracle.length, InvertedGenerationalDistance.of(oracle, truth));
        double[][] boxes = {{-3, 3}, {0, 1}};
        for (int box = 0; box < 2; box++) {
            double predictedBound = bounds[box][0];
            double realBound = bounds[box][1];
            double[] searchBox = boxes[box];
            long before = b.calls();
            AmortizedParetoFront front = MapMerging.builder(tasks)
                    .seed(7)
                    .search(SearchSettings.mapDefaults().withBounds(searchBox[0], searchBox[1]))
                    .build()
                    .run(b);
            assertEquals(b.calls() - before, front.expensiveEvaluations());
            // the paper's "MAP, real": every predicted member re-evaluated, then its Pareto front (measurement only)
            ParetoArchive<double[]> reEvaluated = new ParetoArchive<>(tasks);
            for (double[] m : minimised(front.evaluateTrue(b))) {
                reEvaluated.add(m);
            }
            double igdAllMembers = InvertedGenerationalDistance.of(reEvaluated.objectives(), truth);
            double[][] real = realFront(front, b, preferences);
            double igdPredicted = InvertedGenerationalDistance.of(front.front(), truth);
            double igdReal = InvertedGenerationalDistance.of(minimised(real), truth);
            double[] r2 =
                    front.surrogates().stream().mapToDouble(s -> s.rSquared()).toArray();
            long spent = front.expensiveEvaluations() + real.length;
            Report.printf(
                    "%s, MAP search box [%s, %s]^%d: R2 %s; %d predicted members; IGD predicted %.4f, "
                            + "real %.4f (%d picks); expensive evaluations %d + %d = %d vs grid %d (saved %d, %.1f%%); "
                            + "all members re-evaluated (paper's MAP, real): IGD %.4f%n",
                    label,
                    searchBox[0],
                    searchBox[1],
                    tasks,
                    Arrays.toString(Arrays.stream(r2)
                            .map(v -> Math.round(v * 1e4) / 1e4)
                            .toArray()),
                    front.size(),
                    igdPredicted,
                    igdReal,
                    real.length,
                    front.expensiveEvaluations(),
                    real.length,
                    spent,
                    grid.evaluations(),
                    grid.evaluations() - spent,
                    100.0 * (grid.evaluations() - spent) / grid.evaluations(),
                    igdAllMembers);
            failures.append(
                    igdPredicted < predictedBound
                            ? ""
                            : label + " box " + searchBox[0] + " IGD predicted " + igdPredicted + "; ");
            failures.append(igdReal < realBound ? "" : label + " box " + searchBox[0] + " IGD real " + igdReal + "; ");
            failures.append(
                    igdAllMembers < bounds[box][2]
                            ? ""
                            : label + " box " + searchBox[0] + " IGD of all members re-evaluated " + igdAllMembers
                                    + "; ");
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }

    /**
     * Measured (seed 7), boxes [-3, 3] / [0, 1]: IGD predicted 0.0102 / 0.0096; real picks for 21
     * preferences 0.0168 / 0.0153 (15 picks; the grid front's own picks: 0.028); all members
     * re-evaluated 0.0050 / 0.0035. 12 + 15 expensive evaluations against the grid's 10 000.
     */
    @Test
    void twoTaskMapMatchesThe100By100GridSearchFrontWithinIgd002() {
        double[][] prefs = WeightVectors.simplexLattice(2, 20);
        check("T=2 (grid 100x100)", 2, 100, new double[][] {{0.02, 0.02, 0.01}, {0.02, 0.02, 0.01}}, prefs);
    }

    /**
     * Measured (seed 7): in the grid's box [0, 1]^3, IGD predicted 0.029, real 0.035 with 40 picks
     * (no worse than the grid front's own 39 picks for the same preferences, 0.036), all members
     * re-evaluated 0.0085. In the code's box [-3, 3]^3 the surrogates' extrapolation far outside the
     * sampled [0, 1]^3 produces predicted members that dominate the sampled region's and are poor in
     * reality: predicted 0.044, real picks 0.052, all members 0.033.
     */
    @Test
    void threeTaskMapMatchesA21PerAxisGridSearchFront() {
        double[][] prefs = WeightVectors.simplexLattice(3, 12);
        check("T=3 (grid 21^3)", 3, 21, new double[][] {{0.05, 0.06, 0.04}, {0.035, 0.04, 0.015}}, prefs);
    }

    @Test
    void bayesianMapOnTheTwoTaskMergeStaysCloseToTheGridFront() {
        MergingBenchmark b = MergingBenchmark.builder(2).seed(1).build();
        double[][] truth = objectives(
                GridSearch.evaluate(b, 2, 100, 0, 1).front(ObjectiveSense.MAXIMISE, ObjectiveSense.MAXIMISE));
        AmortizedParetoFront front =
                MapMerging.builder(2).bayesian(8, 2, 3).seed(7).build().runBayesian(b);
        double[][] real = realFront(front, b, WeightVectors.simplexLattice(2, 20));
        double igdPredicted = InvertedGenerationalDistance.of(front.front(), truth);
        double igdReal = InvertedGenerationalDistance.of(minimised(real), truth);
        Report.printf(
                "T=2 Bayesian MAP (8 initial + 3 rounds x 2 per task): %d models / %d task metrics; "
                        + "IGD predicted %.4f, real %.4f (%d picks)%n",
                front.expensiveEvaluations(), front.taskEvaluations(), igdPredicted, igdReal, real.length);
        assertEquals(8 + 2 * 3 * 2, front.expensiveEvaluations());
        assertTrue(igdPredicted < 0.03 && igdReal < 0.03, igdPredicted + " " + igdReal);
    }

    @Test
    void nestedMapMergesFourModelsPairwiseInThreeRounds() {
        MergingBenchmark b = MergingBenchmark.builder(4).seed(2).build();
        double[] single = new double[4];
        for (int i = 0; i < 4; i++) {
            double[] onehot = new double[4];
            onehot[i] = 1;
            single[i] = b.evaluate(onehot, i);
        }
        long before = b.calls();
        NestedMap.Result r = NestedMap.builder(single).seed(3).build().run(b);
        assertEquals(3, r.rounds().size());
        // each round: 19 design points (20 requested, 20 % isotropic) + the chosen merge
        assertEquals(3 * 20, r.expensiveEvaluations());
        assertEquals(b.calls() - before, r.taskEvaluations());
        double[] merged = b.evaluate(r.coefficients());
        double mean = Arrays.stream(merged).average().orElseThrow();
        assertEquals(mean, r.metric(), 1e-12);
        double plain = Arrays.stream(b.evaluate(new double[] {0.25, 0.25, 0.25, 0.25}))
                .average()
                .orElseThrow();
        double pre = Arrays.stream(b.evaluate(new double[4])).average().orElseThrow();
        Report.printf(
                "T=4 nested MAP: coefficients %s, mean accuracy %.4f (pretrained %.4f, task average c=1/4 %.4f, "
                        + "fine-tuned on own task %s); %d merged models evaluated%n",
                Arrays.toString(Arrays.stream(r.coefficients())
                        .map(v -> Math.round(v * 1e3) / 1e3)
                        .toArray()),
                r.metric(),
                pre,
                plain,
                Arrays.toString(single),
                r.expensiveEvaluations());
        assertTrue(r.metric() > pre, r.metric() + " vs pretrained " + pre);
    }
}
