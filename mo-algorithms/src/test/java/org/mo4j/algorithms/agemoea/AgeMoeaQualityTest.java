package org.mo4j.algorithms.agemoea;

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
 * AGE-MOEA with its defaults (N = 100, SBX 0.9/20, PM 1/n/20) on ZDT1–4 and ZDT6 at 25,000
 * evaluations and on the three-objective DTLZ1–4 of its paper at the generation counts NSGA-III's
 * paper uses (400, 250, 1000, 600 generations of 100): the worst hypervolume ratio to the
 * continuous true front (10,000 points, the problem's reference point) over the seeds (3 in CI,
 * 11 with {@code -Dmo4j.quality=full}): the median and the worst seed each reach a bar, the 11-seed
 * median and worst measured on 2026-12-03 less a small margin (figures in
 * mo-benchmarks/RESULTS.md). The worst bars of ZDT4 and DTLZ4 are low: seed 9 stops short on the
 * multimodal ZDT4 (0.922), and seed 10 collapses on DTLZ4's biased density (0.151), as NSGA-III does in 2 of 11 seeds (Nsga3QualityTest).
 */
class AgeMoeaQualityTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("zdt1", 25_000, 0.993, 0.99),
                Arguments.of("zdt2", 25_000, 0.986, 0.985),
                Arguments.of("zdt3", 25_000, 0.996, 0.995),
                Arguments.of("zdt4", 25_000, 0.987, 0.915),
                Arguments.of("zdt6", 25_000, 0.985, 0.983),
                Arguments.of("dtlz1:3", 40_000, 0.962, 0.96),
                Arguments.of("dtlz2:3", 25_000, 0.927, 0.925),
                Arguments.of("dtlz3:3", 100_000, 0.924, 0.915),
                Arguments.of("dtlz4:3", 60_000, 0.929, 0.14));
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
                    p, AgeMoea.builder(p).seed(seeds[s]).build().run(budget).front(), 10_000);
            seen.append(String.format(" %.4f", ratios[s]));
        }
        double median = Quality.median(ratios);
        double worst = java.util.Arrays.stream(ratios).min().orElseThrow();
        Report.printf("AGE-MOEA %s at %d: median %.4f, worst %.4f, seeds%s%n", problem, budget, median, worst, seen);
        assertTrue(median >= medianBar && worst >= worstBar, problem + ": seeds" + seen);
    }
}
