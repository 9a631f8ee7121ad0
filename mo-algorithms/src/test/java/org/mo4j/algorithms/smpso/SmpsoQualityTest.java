package org.mo4j.algorithms.smpso;

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
 * SMPSO with its defaults on jMetal's standard problems (ZDT1-4 and 6 at 25,000 evaluations; ZDT5 is
 * binary and not in mo4j) and DTLZ2 with three objectives at 30,000: the worst hypervolume ratio to
 * the continuous true front (10,000 points, the problem's reference point) over the seeds (3 in CI,
 * 11 with {@code -Dmo4j.quality=full}) reaches the bar, the worst of 11 seeds measured on 2026-12-03
 * less a small margin (figures in mo-benchmarks/RESULTS.md).
 */
class SmpsoQualityTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("zdt1", 25_000, 0.99),
                Arguments.of("zdt2", 25_000, 0.985),
                Arguments.of("zdt3", 25_000, 0.985),
                Arguments.of("zdt4", 25_000, 0.99),
                Arguments.of("zdt6", 25_000, 0.99),
                Arguments.of("dtlz2:3", 30_000, 0.81));
    }

    @ParameterizedTest(name = "{0} at {1} evaluations: HV ratio >= {2} on every seed")
    @MethodSource("cases")
    void everySeedReachesTheBar(String problem, int budget, double bar) {
        BenchmarkProblem p = Problems.create(problem);
        StringBuilder seen = new StringBuilder();
        double worst = Double.POSITIVE_INFINITY;
        for (long seed : Quality.seeds(3, 11)) {
            double ratio = Quality.hvRatio(
                    p, Smpso.builder(p).seed(seed).build().run(budget).front(), 10_000);
            seen.append(String.format(" %.4f", ratio));
            worst = Math.min(worst, ratio);
        }
        Report.printf("SMPSO %s at %d: worst %.4f, seeds%s%n", problem, budget, worst, seen);
        assertTrue(worst >= bar, problem + ": seeds" + seen);
    }
}
