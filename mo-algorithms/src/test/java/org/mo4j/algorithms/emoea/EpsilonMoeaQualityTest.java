package org.mo4j.algorithms.emoea;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mo4j.algorithms.Quality;
import org.mo4j.core.testing.Report;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;

/**
 * ε-MOEA with its defaults (N = 100, ε = 0.01, SBX 1/15, PM 1/n/20) on the continuous two-objective
 * problems of its paper that mo4j has (ZDT1–4 and ZDT6; ZDT5 is binary) at 25,000 evaluations:
 * the worst hypervolume ratio of the archive to the continuous true front (10,000 points, the
 * problem's reference point) over the seeds (3 in CI, 11 with {@code -Dmo4j.quality=full}): the
 * median and the worst seed each reach a bar, the 11-seed median and worst measured on 2026-12-03
 * less a small margin (figures in mo-benchmarks/RESULTS.md). ZDT3's worst bar is low: in 3 of 11
 * seeds the archive misses a piece of the disconnected front (0.928 against 0.990).
 */
class EpsilonMoeaQualityTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("zdt1", 25_000, 0.988, 0.985),
                Arguments.of("zdt2", 25_000, 0.985, 0.98),
                Arguments.of("zdt3", 25_000, 0.988, 0.92),
                Arguments.of("zdt4", 25_000, 0.975, 0.95),
                Arguments.of("zdt6", 25_000, 0.979, 0.975));
    }

    @ParameterizedTest(name = "{0} at {1} evaluations: median HV ratio >= {2}, worst >= {3}")
    @MethodSource("cases")
    void medianAndWorstSeedReachTheirBars(String problem, int budget, double medianBar, double worstBar) {
        BenchmarkProblem p = Problems.create(problem);
        long[] seeds = Quality.seeds(3, 11);
        double[] ratios = new double[seeds.length];
        StringBuilder seen = new StringBuilder();
        for (int s = 0; s < seeds.length; s++) {
            ratios[s] = Quality.hvRatio(
                    p, EpsilonMoea.builder(p).seed(seeds[s]).build().run(budget).front(), 10_000);
            seen.append(String.format(" %.4f", ratios[s]));
        }
        double median = Quality.median(ratios);
        double worst = java.util.Arrays.stream(ratios).min().orElseThrow();
        Report.printf(
                "epsilon-MOEA %s at %d: median %.4f, worst %.4f, seeds%s%n", problem, budget, median, worst, seen);
        assertTrue(median >= medianBar && worst >= worstBar, problem + ": seeds" + seen);
    }
}
