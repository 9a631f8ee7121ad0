package org.mo4j.algorithms.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mo4j.algorithms.EvolutionaryAlgorithm;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.nsga2.Nsga2;
import org.mo4j.algorithms.nsga3.Nsga3;
import org.mo4j.algorithms.operators.PolynomialMutation;
import org.mo4j.algorithms.operators.SbxCrossover;
import org.mo4j.algorithms.smsemoa.SmsEmoa;
import org.mo4j.core.problem.Problem;
import org.mo4j.problems.Problems;

class AlgorithmsTest {

    private static final Problem ZDT1 = Problems.create("zdt1");

    /** Equal populations, fronts and counts (the elapsed time differs, of course). */
    private static void assertSameRun(Result expected, Result actual) {
        assertTrue(expected.population().equals(actual.population()), "populations differ");
        assertTrue(expected.nonDominated().equals(actual.nonDominated()), "fronts differ");
        assertEquals(expected.evaluations(), actual.evaluations());
        assertEquals(expected.generations(), actual.generations());
    }

    @Test
    void theBuiltInAlgorithmsAreFoundThroughServiceLoaderSortedByName() {
        assertEquals(List.of("nsga2", "nsga3", "smsemoa"), Algorithms.names());
        for (AlgorithmProvider p : Algorithms.providers()) {
            assertTrue(!p.description().isBlank() && !p.description().contains("\n"), p.name());
            assertTrue(p.name().matches("[a-z0-9-]+"), p.name());
        }
    }

    @Test
    void namesMatchIgnoringCaseDashesAndUnderscores() {
        assertEquals("smsemoa", Algorithms.provider("SMS-EMOA").name());
        assertEquals("nsga2", Algorithms.provider("NSGA_2").name());
    }

    @Test
    void anUnknownNameListsTheRegisteredOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Algorithms.provider("moead"));
        assertEquals("unknown algorithm 'moead' (choose nsga2, nsga3 or smsemoa)", e.getMessage());
    }

    @Test
    void defaultsBuildTheSameAlgorithmAsTheOneLineConstructors() {
        assertSameRun(
                new Nsga2(ZDT1).run(2_000), Algorithms.create("nsga2", ZDT1).run(2_000));
        assertSameRun(
                new Nsga3(ZDT1).run(2_000), Algorithms.create("nsga3", ZDT1).run(2_000));
        assertSameRun(
                new SmsEmoa(ZDT1).run(600), Algorithms.create("smsemoa", ZDT1).run(600));
    }

    @Test
    void settingsReachTheBuilder() {
        Map<String, String> s = Map.of(
                "population",
                "40",
                "seed",
                "9",
                "crossover.probability",
                "0.8",
                "crossover.eta",
                "10",
                "mutation.probability",
                "0.2",
                "mutation.eta",
                "5");
        Result viaRegistry = Algorithms.create("nsga2", ZDT1, s).run(1_000);
        Result viaBuilder = Nsga2.builder(ZDT1)
                .populationSize(40)
                .seed(9)
                .crossover(new SbxCrossover(0.8, 10))
                .mutation(new PolynomialMutation(0.2, 5))
                .build()
                .run(1_000);
        assertSameRun(viaBuilder, viaRegistry);
        assertEquals(40, ((EvolutionaryAlgorithm) Algorithms.create("nsga2", ZDT1, s)).populationSize());
        Result nsga3 = Algorithms.create("nsga3", Problems.create("dtlz2:3"), Map.of("divisions", "4"))
                .run(500);
        assertSameRun(
                Nsga3.builder(Problems.create("dtlz2:3")).divisions(4).build().run(500), nsga3);
        Result sms = Algorithms.create("smsemoa", ZDT1, Map.of("offset", "0.5")).run(300);
        assertSameRun(SmsEmoa.builder(ZDT1).referenceOffset(0.5).build().run(300), sms);
    }

    @Test
    void badSettingsFailBeforeARunWithTheSettingNamed() {
        assertEquals(
                "unknown setting 'populaton' (choose population, seed, crossover.probability, crossover.eta, "
                        + "mutation.probability, mutation.eta)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Algorithms.create("nsga2", ZDT1, Map.of("populaton", "10")))
                        .getMessage());
        assertEquals(
                "population must be an integer, was 'ten'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Algorithms.create("nsga2", ZDT1, Map.of("population", "ten")))
                        .getMessage());
        assertEquals(
                "population must be >= 2, was 1",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Algorithms.create("nsga2", ZDT1, Map.of("population", "1")))
                        .getMessage());
        assertEquals(
                "crossover.probability must be in [0, 1], was 1.5",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Algorithms.create("nsga2", ZDT1, Map.of("crossover.probability", "1.5")))
                        .getMessage());
        // the builder's own rule, after the range check
        assertEquals(
                "populationSize must be even and at least 2, was 11",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Algorithms.create("nsga2", ZDT1, Map.of("population", "11")))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> Algorithms.create("nsga2", null));
    }

    @Test
    void aConfigurationRecordsTheExactSettingsOfARun() {
        Configuration c = Algorithms.provider("nsga2").configure(Map.of("seed", "5"));
        assertEquals(
                Map.of(
                        "population",
                        "100",
                        "seed",
                        "5",
                        "crossover.probability",
                        "0.9",
                        "crossover.eta",
                        "20.0",
                        "mutation.eta",
                        "20.0"),
                c.asMap());
        assertEquals(c, Algorithms.provider("nsga2").configure(c.asMap()));
        assertEquals(7, c.with("seed", "7").integer("seed"));
        assertTrue(!c.isSet("mutation.probability"));
        assertThrows(IllegalStateException.class, () -> c.real("mutation.probability"));
    }
}
