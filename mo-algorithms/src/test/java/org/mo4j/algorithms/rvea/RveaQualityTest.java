package org.mo4j.algorithms.rvea;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mo4j.algorithms.Quality;
import org.mo4j.algorithms.Result;
import org.mo4j.core.testing.Report;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;

/**
 * RVEA with its defaults (the paper's reference vectors, α = 2, f_r = 0.1, SBX 1/30, PM 1/n/20)
 * on ZDT1–4 and ZDT6 at 25,000 evaluations (N = 100) and on the three-objective DTLZ1–4 of its
 * paper (N = 105) at the generation counts NSGA-III's paper uses (400, 250, 1000, 600): the
 * median and the worst hypervolume ratio to the continuous true front (10,000 points, the
 * problem's reference point) over the seeds (3 in CI, 11 with {@code -Dmo4j.quality=full}) each
 * reach a bar; and on DTLZ2 with 5 and 8 objectives (the paper's smallest many-objective sizes
 * near 6 and 8) the median IGD to the targets of its reference vectors (the vectors' points on the
 * unit sphere) stays under a bar. Each bar is the 11-seed median or worst measured on 2026-12-03
 * with a small margin (figures in mo-benchmarks/RESULTS.md).
 *
 * <p>The ZDT bars are low by design, not by accident: RVEA keeps one member per reference vector
 * by APD without regard to dominance, so dominated members near the f_1 = 0 edge survive in their
 * own cones (about a third of the ZDT1 population is dominated at 25,000 evaluations); it is a
 * many-objective algorithm, and its paper has no ZDT runs. DTLZ4's worst bar is low: seed 10
 * collapses on its biased density (0.568), as NSGA-III does in 2 of 11 seeds.
 */
class RveaQualityTest {

    static Stream<Arguments> hypervolumeCases() {
        return Stream.of(
                Arguments.of("zdt1", 250, 0.93, 0.92),
                Arguments.of("zdt2", 250, 0.82, 0.80),
                Arguments.of("zdt3", 250, 0.915, 0.90),
                Arguments.of("zdt4", 250, 0.88, 0.73),
                Arguments.of("zdt6", 250, 0.70, 0.64),
                Arguments.of("dtlz1:3", 400, 0.965, 0.955),
                Arguments.of("dtlz2:3", 250, 0.932, 0.93),
                Arguments.of("dtlz3:3", 1000, 0.915, 0.905),
                Arguments.of("dtlz4:3", 600, 0.933, 0.56));
    }

    @ParameterizedTest(name = "{0} with {1} generations: median HV ratio >= {2}, worst >= {3}")
    @MethodSource("hypervolumeCases")
    void medianAndWorstSeedReachTheirBars(String problem, int generations, double medianBar, double worstBar) {
        BenchmarkProblem p = Problems.create(problem);
        long[] seeds = Quality.seeds(3, 11);
        double[] ratios = new double[seeds.length];
        StringBuilder seen = new StringBuilder();
        for (int s = 0; s < seeds.length; s++) {
            Rvea a = Rvea.builder(p).seed(seeds[s]).build();
            ratios[s] = Quality.hvRatio(
                    p, a.run((long) generations * a.populationSize()).front(), 10_000);
            seen.append(String.format(" %.4f", ratios[s]));
        }
        double median = Quality.median(ratios);
        double worst = java.util.Arrays.stream(ratios).min().orElseThrow();
        Report.printf("RVEA %s %d gens: median %.4f, worst %.4f, seeds%s%n", problem, generations, median, worst, seen);
        assertTrue(median >= medianBar && worst >= worstBar, problem + ": seeds" + seen);
    }

    static Stream<Arguments> manyObjectiveCases() {
        return Stream.of(Arguments.of("dtlz2:5", 350, 2.3e-3), Arguments.of("dtlz2:8", 500, 7.5e-3));
    }

    @ParameterizedTest(name = "{0} with {1} generations: median IGD <= {2}")
    @MethodSource("manyObjectiveCases")
    void manyObjectiveMedianIgdStaysUnderTheBar(String problem, int generations, double bar) {
        BenchmarkProblem p = Problems.create(problem);
        long[] seeds = Quality.seeds(3, 11);
        double[] igd = new double[seeds.length];
        for (int s = 0; s < seeds.length; s++) {
            Rvea a = Rvea.builder(p).seed(seeds[s]).build();
            Result r = a.run((long) generations * a.populationSize());
            igd[s] = Quality.igdToTargets(r.front(), a.referenceVectors(), false);
        }
        double median = Quality.median(igd);
        Report.printf(
                "RVEA %s %d gens: median IGD %.3e %s%n", problem, generations, median, java.util.Arrays.toString(igd));
        assertTrue(median <= bar, problem + ": " + java.util.Arrays.toString(igd));
    }
}
