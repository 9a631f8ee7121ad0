package org.mo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code mo4j list} and {@code mo4j run} know algorithms only through the registry: mo4j's own
 * providers and the third-party {@code org.example.randomsearch} provider on this module's test class
 * path, which no mo4j source names.
 */
class RegistryCommandsTest {

    @Test
    void listAlgorithmsShowsEveryProviderWithItsSettingsAndDefaults() {
        CliRun r = CliRun.of("", "list", "algorithms");
        assertEquals(0, r.exit(), r.err());
        List<String> headers = r.out().lines().filter(l -> !l.startsWith(" ")).toList();
        assertEquals(
                List.of(
                        "agemoea",
                        "emoea",
                        "gde3",
                        "ibea",
                        "moead",
                        "moead-de",
                        "nsga2",
                        "nsga3",
                        "psl-mobo",
                        "random-search",
                        "rvea",
                        "smpso",
                        "smsemoa",
                        "spea2",
                        "svh-psl"),
                headers.stream().map(l -> l.substring(0, l.indexOf(' '))).toList(),
                r.out());
        assertTrue(r.out().contains("nsga2 (NSGA-II): elitist GA"), r.out());
        assertTrue(r.out().contains("    population=100 "), r.out());
        assertTrue(r.out().contains("    divisions=(derived) "), r.out());
        assertTrue(r.out().contains("    offset=1.0 "), r.out());
        assertTrue(r.out().contains("    epsilon=0.01 "), r.out());
        assertTrue(r.out().contains("    alpha=2.0 "), r.out());
        assertTrue(r.out().contains("random-search (Random search): uniform random sampling"), r.out());
        assertTrue(r.out().contains("    batch=50 "), r.out());
    }

    @Test
    void listProblemsShowsEveryRegisteredProblemWithItsDefaultSize() {
        CliRun r = CliRun.of("", "list", "problems");
        assertEquals(0, r.exit(), r.err());
        assertTrue(
                r.out()
                        .lines()
                        .anyMatch(l -> l.matches(
                                "zdt1 +ZDT1 +2 objectives, 30 variables, 0 constraints, " + "analytic front")),
                r.out());
        assertTrue(
                r.out()
                        .lines()
                        .anyMatch(l -> l.matches(
                                "dtlz2 +DTLZ2 +3 objectives, 12 variables, 0 constraints, " + "analytic front")),
                r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("re21 ") && !l.contains("analytic")), r.out());
        assertEquals(
                1 + org.mo4j.problems.Problems.names().size(), r.out().lines().count());
    }

    @Test
    void listMorlAndEnvironmentsShowTheMorlRegistries() {
        CliRun m = CliRun.of("", "list", "morl");
        assertEquals(0, m.exit(), m.err());
        assertTrue(m.out().contains("c-morl (C-MORL): "), m.out());
        assertTrue(m.out().contains("scalarised (Scalarised PPO): "), m.out());
        assertTrue(m.out().contains("pgmorl (PGMORL): "), m.out());
        assertTrue(m.out().contains("    barrier=code "), m.out());
        CliRun e = CliRun.of("", "list", "environments");
        assertEquals(0, e.exit(), e.err());
        assertTrue(e.out().lines().anyMatch(l -> l.startsWith("dst ") && l.contains("known front")), e.out());
        assertTrue(e.out().lines().anyMatch(l -> l.startsWith("minecart ") && !l.contains("known front")), e.out());
    }

    @Test
    void listNeedsToKnowWhat() {
        CliRun r = CliRun.of("", "list", "solvers");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("algorithms, problems"), r.err());
    }

    @Test
    void aThirdPartyProviderRunsThroughRunWithItsOwnSettings() {
        CliRun r = CliRun.of(
                "",
                "run",
                "--algorithm",
                "random-search",
                "--problem",
                "zdt1",
                "--evaluations",
                "500",
                "--set",
                "batch=100",
                "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("algorithm: Random search ("), r.out());
        assertTrue(r.out().contains("evaluations: 500 (4 generations"), r.out());
        assertTrue(r.out().contains("hv ratio: "), r.out());
        CliRun again = CliRun.of(
                "",
                "run",
                "--algorithm",
                "Random-Search",
                "--problem",
                "zdt1",
                "--evaluations",
                "500",
                "--set",
                "batch=100",
                "--quiet");
        assertEquals(
                r.out().lines().filter(l -> l.startsWith("hv:")).toList(),
                again.out().lines().filter(l -> l.startsWith("hv:")).toList());
    }

    @Test
    void setReachesTheAlgorithm() {
        CliRun plain =
                CliRun.of("", "run", "--algorithm", "nsga2", "--problem", "zdt1", "--evaluations", "2000", "--quiet");
        CliRun set = CliRun.of(
                "",
                "run",
                "--algorithm",
                "nsga2",
                "--problem",
                "zdt1",
                "--evaluations",
                "2000",
                "--set",
                "crossover.eta=5",
                "--set",
                "mutation.probability=0.1",
                "--quiet");
        assertEquals(0, set.exit(), set.err());
        assertNotEquals(hv(plain.out()), hv(set.out()));
    }

    @Test
    void badSettingsAreOneLineUsageErrors() {
        CliRun r = CliRun.of("", "run", "--algorithm", "nsga2", "--problem", "zdt1", "--set", "crossover.eta=-1");
        assertEquals(2, r.exit());
        assertEquals(
                "mo4j run: nsga2: crossover.eta must be >= 0, was -1", r.err().strip());
        r = CliRun.of("", "run", "--algorithm", "nsga2", "--problem", "zdt1", "--set", "batch=3");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("mo4j run: nsga2: unknown setting 'batch' (choose population, seed,"), r.err());
        r = CliRun.of("", "run", "--algorithm", "nsga2", "--problem", "zdt1", "--set", "seed=3");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("use --seed instead"), r.err());
        r = CliRun.of("", "run", "--algorithm", "random-search", "--problem", "zdt1", "--population", "10");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("random-search has no population setting"), r.err());
    }

    private static String hv(String out) {
        return out.lines().filter(l -> l.startsWith("hv:")).findFirst().orElseThrow();
    }
}
