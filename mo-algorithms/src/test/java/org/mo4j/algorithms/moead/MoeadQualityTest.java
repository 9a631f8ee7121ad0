package org.mo4j.algorithms.moead;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mo4j.algorithms.EvolutionaryAlgorithm;
import org.mo4j.algorithms.Quality;
import org.mo4j.core.testing.Report;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;

/**
 * MOEA/D and MOEA/D-DE on the problems of the MOEA/D paper (Zhang &amp; Li 2007: ZDT1–4,
 * ZDT6 with N = 100 and 250 generations, Tchebycheff; DTLZ1 and DTLZ2 with three objectives,
 * N = 300 (H = 23) and 250 generations): the median over the seeds (3 in CI, 11 with
 * {@code -Dmo4j.quality=full}) of the hypervolume ratio to the continuous true front (10,000
 * points, the problem's reference point) reaches the bar. Each bar is the 11-seed median measured
 * on 2026-12-03 less a small margin; the full per-seed figures are in mo-benchmarks/RESULTS.md.
 *
 * <p>Medians, not worst seeds: without the paper's external population MOEA/D keeps only the
 * population, and with unlimited replacement one subproblem's solution can take over a region of
 * a concave or disconnected front (ZDT2 seed 4: 0.827, ZDT3 seed 10: 0.934). MOEA/D-DE's paper
 * problems are LZ09 F1–F9, not in this branch; here it runs on the same ZDT and DTLZ problems,
 * except ZDT3 and ZDT4 (DE/rand/1 with CR = 1 is weak on the multimodal ZDT4: median 0.29 at
 * 25,000 evaluations; ZDT3's median 0.90 is printed with the others but not held to a bar).
 */
class MoeadQualityTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("moead", "zdt1", 100, 25_000, 0.99),
                Arguments.of("moead", "zdt2", 100, 25_000, 0.98),
                Arguments.of("moead", "zdt3", 100, 25_000, 0.99),
                Arguments.of("moead", "zdt4", 100, 25_000, 0.98),
                Arguments.of("moead", "zdt6", 100, 25_000, 0.985),
                Arguments.of("moead-pbi", "dtlz1:3", 300, 75_000, 0.975),
                Arguments.of("moead-pbi", "dtlz2:3", 300, 75_000, 0.96),
                Arguments.of("moead", "dtlz2:3", 300, 75_000, 0.93),
                Arguments.of("moead-de", "zdt1", 100, 25_000, 0.96),
                Arguments.of("moead-de", "zdt2", 100, 25_000, 0.95),
                Arguments.of("moead-de", "zdt3", 100, 25_000, 0.0),
                Arguments.of("moead-de", "zdt6", 100, 25_000, 0.99),
                Arguments.of("moead-de", "dtlz1:3", 300, 75_000, 0.955),
                Arguments.of("moead-de", "dtlz2:3", 300, 75_000, 0.93));
    }

    private static EvolutionaryAlgorithm algorithm(String name, BenchmarkProblem p, int n, long seed) {
        return switch (name) {
            case "moead" -> Moead.builder(p).populationSize(n).seed(seed).build();
            case "moead-pbi" ->
                Moead.builder(p)
                        .populationSize(n)
                        .aggregation(Aggregation.PBI)
                        .seed(seed)
                        .build();
            case "moead-de" -> MoeadDe.builder(p).populationSize(n).seed(seed).build();
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} on {1}, N = {2}, {3} evaluations: median HV ratio >= {4}")
    @MethodSource("cases")
    void medianHypervolumeRatioReachesTheBar(String name, String problem, int n, int budget, double bar) {
        BenchmarkProblem p = Problems.create(problem);
        long[] seeds = Quality.seeds(3, 11);
        double[] ratios = new double[seeds.length];
        StringBuilder seen = new StringBuilder();
        for (int s = 0; s < seeds.length; s++) {
            ratios[s] = Quality.hvRatio(
                    p, algorithm(name, p, n, seeds[s]).run(budget).front(), 10_000);
            seen.append(String.format(" %.4f", ratios[s]));
        }
        double median = Quality.median(ratios);
        Report.printf("%s %s N=%d at %d: median %.4f, seeds%s%n", name, problem, n, budget, median, seen);
        assertTrue(median >= bar, name + " " + problem + ": median " + median + ", seeds" + seen);
    }
}
