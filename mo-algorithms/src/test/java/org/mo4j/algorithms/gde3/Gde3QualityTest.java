package org.mo4j.algorithms.gde3;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mo4j.algorithms.Quality;
import org.mo4j.algorithms.operators.DifferentialEvolution;
import org.mo4j.core.testing.Report;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;

/**
 * GDE3 on jMetal's standard problems (ZDT1-4 and 6 at 25,000 evaluations; ZDT5 is binary and not in
 * mo4j) and DTLZ2 with three objectives at 30,000, with its defaults (N = 100, CR = F = 0.5) but on
 * ZDT4, where CR = 0.5 reaches no seed's front (the second test keeps that documented) and
 * CR = 0.1, which suits its separable multi-modal variables, is used: the worst hypervolume ratio
 * to the continuous true front (10,000 points, the problem's reference point) over the seeds (3 in
 * CI, 11 with {@code -Dmo4j.quality=full}) reaches the bar, the worst of 11 seeds measured on
 * 2026-12-03 less a small margin (figures in mo-benchmarks/RESULTS.md).
 */
class Gde3QualityTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("zdt1", 25_000, 0.5, 0.99),
                Arguments.of("zdt2", 25_000, 0.5, 0.98),
                Arguments.of("zdt3", 25_000, 0.5, 0.99),
                Arguments.of("zdt4", 25_000, 0.1, 0.99),
                Arguments.of("zdt6", 25_000, 0.5, 0.985),
                Arguments.of("dtlz2:3", 30_000, 0.5, 0.85));
    }

    private static double ratio(BenchmarkProblem p, double cr, long seed, int budget) {
        return Quality.hvRatio(
                p,
                Gde3.builder(p)
                        .differentialEvolution(new DifferentialEvolution(cr, Gde3.DEFAULT_F))
                        .seed(seed)
                        .build()
                        .run(budget)
                        .front(),
                10_000);
    }

    @ParameterizedTest(name = "{0} at {1} evaluations, CR = {2}: HV ratio >= {3} on every seed")
    @MethodSource("cases")
    void everySeedReachesTheBar(String problem, int budget, double cr, double bar) {
        BenchmarkProblem p = Problems.create(problem);
        StringBuilder seen = new StringBuilder();
        double worst = Double.POSITIVE_INFINITY;
        for (long seed : Quality.seeds(3, 11)) {
            double ratio = ratio(p, cr, seed, budget);
            seen.append(String.format(" %.4f", ratio));
            worst = Math.min(worst, ratio);
        }
        Report.printf("GDE3 %s at %d, CR %.1f: worst %.4f, seeds%s%n", problem, budget, cr, worst, seen);
        assertTrue(worst >= bar, problem + ": seeds" + seen);
    }

    /** What the docs say: with the default CR = 0.5, GDE3 stays on ZDT4's local fronts (as DE/rand/1 with a high CR does). */
    @Test
    void withTheDefaultCrossoverRateNoSeedReachesZdt4sFront() {
        BenchmarkProblem p = Problems.create("zdt4");
        StringBuilder seen = new StringBuilder();
        double best = 0;
        for (long seed : Quality.seeds(3, 11)) {
            double ratio = ratio(p, Gde3.DEFAULT_CR, seed, 25_000);
            seen.append(String.format(" %.4f", ratio));
            best = Math.max(best, ratio);
        }
        Report.printf("GDE3 zdt4 at 25000, CR 0.5: best %.4f, seeds%s%n", best, seen);
        assertTrue(
                best < 0.5, "ZDT4 with CR = 0.5 now converges; update Gde3's and RESULTS.md's account: seeds" + seen);
    }
}
