package org.mo4j.algorithms.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mo4j.algorithms.EvolutionaryAlgorithm;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.agemoea.AgeMoea;
import org.mo4j.algorithms.emoea.EpsilonMoea;
import org.mo4j.algorithms.gde3.Gde3;
import org.mo4j.algorithms.ibea.Ibea;
import org.mo4j.algorithms.ibea.Indicator;
import org.mo4j.algorithms.moead.Aggregation;
import org.mo4j.algorithms.moead.Moead;
import org.mo4j.algorithms.moead.MoeadDe;
import org.mo4j.algorithms.nsga2.Nsga2;
import org.mo4j.algorithms.nsga3.Nsga3;
import org.mo4j.algorithms.operators.DifferentialEvolution;
import org.mo4j.algorithms.operators.PolynomialMutation;
import org.mo4j.algorithms.operators.SbxCrossover;
import org.mo4j.algorithms.rvea.Rvea;
import org.mo4j.algorithms.smpso.Smpso;
import org.mo4j.algorithms.smsemoa.SmsEmoa;
import org.mo4j.algorithms.spea2.Spea2;
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
                        "rvea",
                        "smpso",
                        "smsemoa",
                        "spea2"),
                Algorithms.names());
        for (AlgorithmProvider p : Algorithms.providers()) {
            assertTrue(!p.description().isBlank() && !p.description().contains("\n"), p.name());
            assertTrue(p.name().matches("[a-z0-9-]+"), p.name());
        }
    }

    @Test
    void namesMatchIgnoringCaseDashesAndUnderscores() {
        assertEquals("smsemoa", Algorithms.provider("SMS-EMOA").name());
        assertEquals("nsga2", Algorithms.provider("NSGA_2").name());
        assertEquals("moead-de", Algorithms.provider("MOEAD_DE").name());
        assertEquals("moead", Algorithms.provider("MOEAD").name());
    }

    @Test
    void anUnknownNameListsTheRegisteredOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Algorithms.provider("nsga4"));
        assertEquals(
                "unknown algorithm 'nsga4' (choose agemoea, emoea, gde3, ibea, moead, moead-de, nsga2, nsga3, rvea,"
                        + " smpso, smsemoa or spea2)",
                e.getMessage());
    }

    @Test
    void defaultsBuildTheSameAlgorithmAsTheOneLineConstructors() {
        assertSameRun(
                new Nsga2(ZDT1).run(2_000), Algorithms.create("nsga2", ZDT1).run(2_000));
        assertSameRun(
                new Nsga3(ZDT1).run(2_000), Algorithms.create("nsga3", ZDT1).run(2_000));
        assertSameRun(
                new SmsEmoa(ZDT1).run(600), Algorithms.create("smsemoa", ZDT1).run(600));
        assertSameRun(
                new Moead(ZDT1).run(1_000), Algorithms.create("moead", ZDT1).run(1_000));
        assertSameRun(
                new MoeadDe(ZDT1).run(1_000),
                Algorithms.create("moead-de", ZDT1).run(1_000));
        assertSameRun(
                new Spea2(ZDT1).run(1_000), Algorithms.create("spea2", ZDT1).run(1_000));
        assertSameRun(new Ibea(ZDT1).run(1_000), Algorithms.create("ibea", ZDT1).run(1_000));
        assertSameRun(
                new Smpso(ZDT1).run(1_000), Algorithms.create("smpso", ZDT1).run(1_000));
        assertSameRun(new Gde3(ZDT1).run(1_000), Algorithms.create("gde3", ZDT1).run(1_000));
        assertSameRun(
                new EpsilonMoea(ZDT1).run(1_000),
                Algorithms.create("emoea", ZDT1).run(1_000));
        assertSameRun(new Rvea(ZDT1).run(1_000), Algorithms.create("rvea", ZDT1).run(1_000));
        assertSameRun(
                new AgeMoea(ZDT1).run(1_000), Algorithms.create("agemoea", ZDT1).run(1_000));
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
        Problem dtlz2 = Problems.create("dtlz2:3");
        Result moead = Algorithms.create(
                        "moead",
                        dtlz2,
                        Map.of("population", "21", "neighbourhood", "5", "aggregation", "PBI", "theta", "3"))
                .run(400);
        assertSameRun(
                Moead.builder(dtlz2)
                        .populationSize(21)
                        .neighbourhoodSize(5)
                        .aggregation(Aggregation.PBI)
                        .pbiPenalty(3)
                        .build()
                        .run(400),
                moead);
        Result de = Algorithms.create(
                        "moead-de",
                        ZDT1,
                        Map.of(
                                "delta",
                                "0.5",
                                "replacements",
                                "3",
                                "de.cr",
                                "0.9",
                                "de.f",
                                "0.7",
                                "neighbourhood",
                                "10",
                                "mutation.eta",
                                "15"))
                .run(500);
        assertSameRun(
                MoeadDe.builder(ZDT1)
                        .neighbourhoodProbability(0.5)
                        .maxReplacements(3)
                        .differentialEvolution(new DifferentialEvolution(0.9, 0.7))
                        .neighbourhoodSize(10)
                        .mutation(new PolynomialMutation(15))
                        .build()
                        .run(500),
                de);
        assertSameRun(
                Ibea.builder(ZDT1).kappa(0.1).populationSize(30).build().run(500),
                Algorithms.create("ibea", ZDT1, Map.of("kappa", "0.1", "population", "30"))
                        .run(500));
        assertSameRun(
                Ibea.builder(ZDT1)
                        .indicator(Indicator.HYPERVOLUME)
                        .populationSize(30)
                        .build()
                        .run(500),
                Algorithms.create("ibea", ZDT1, Map.of("indicator", "hypervolume", "population", "30"))
                        .run(500));
        assertSameRun(
                Smpso.builder(ZDT1)
                        .populationSize(30)
                        .mutation(new PolynomialMutation(0.5, 10))
                        .build()
                        .run(500),
                Algorithms.create(
                                "smpso",
                                ZDT1,
                                Map.of("population", "30", "mutation.probability", "0.5", "mutation.eta", "10"))
                        .run(500));
        assertSameRun(
                Gde3.builder(ZDT1)
                        .differentialEvolution(new DifferentialEvolution(0.9, 0.3))
                        .build()
                        .run(500),
                Algorithms.create("gde3", ZDT1, Map.of("de.cr", "0.9", "de.f", "0.3"))
                        .run(500));
        assertSameRun(
                EpsilonMoea.builder(ZDT1)
                        .epsilon(0.05)
                        .populationSize(30)
                        .build()
                        .run(700),
                Algorithms.create("emoea", ZDT1, Map.of("epsilon", "0.05", "population", "30"))
                        .run(700));
        assertSameRun(
                Rvea.builder(dtlz2)
                        .populationSize(21)
                        .alpha(3)
                        .adaptationFrequency(0.2)
                        .plannedGenerations(40)
                        .build()
                        .run(600),
                Algorithms.create(
                                "rvea",
                                dtlz2,
                                Map.of("population", "21", "alpha", "3", "fr", "0.2", "generations", "40"))
                        .run(600));
        assertSameRun(
                EpsilonMoea.builder(ZDT1)
                        .epsilon(new double[] {0.02, 0.05})
                        .build()
                        .run(700),
                Algorithms.create("emoea", ZDT1, Map.of("epsilon", "0.02, 0.05"))
                        .run(700));
        assertEquals(105, ((EvolutionaryAlgorithm) Algorithms.create("rvea", dtlz2)).populationSize());
        assertSameRun(
                AgeMoea.builder(ZDT1).populationSize(24).seed(5).build().run(600),
                Algorithms.create("agemoea", ZDT1, Map.of("population", "24", "seed", "5"))
                        .run(600));
        assertEquals(
                300,
                ((EvolutionaryAlgorithm) Algorithms.create(
                                "moead-de",
                                ZDT1,
                                Algorithms.provider("moead-de").profiles().get("lz09")))
                        .populationSize());
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
        assertEquals(
                "epsilon[0] must be positive and finite, was 0.0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Algorithms.create("emoea", ZDT1, Map.of("epsilon", "0")))
                        .getMessage());
        assertEquals(
                "epsilon must be a number or comma-separated numbers, was '0.1;0.2'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Algorithms.create("emoea", ZDT1, Map.of("epsilon", "0.1;0.2")))
                        .getMessage());
        assertEquals(
                "epsilon must have one side per objective (2), had 3",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Algorithms.create("emoea", ZDT1, Map.of("epsilon", "0.1,0.2,0.3")))
                        .getMessage());
        assertEquals(
                "adaptationFrequency must be in (0, 1], was 0.0",
                assertThrows(IllegalArgumentException.class, () -> Algorithms.create("rvea", ZDT1, Map.of("fr", "0")))
                        .getMessage());
        assertEquals(
                "alpha must be positive and finite, was 0.0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Algorithms.create("rvea", ZDT1, Map.of("alpha", "0")))
                        .getMessage());
        assertEquals(
                "aggregation must be tchebycheff or pbi, was 'wsum'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Algorithms.create("moead", ZDT1, Map.of("aggregation", "wsum")))
                        .getMessage());
        assertEquals(
                "neighbourhood must be >= 2, was 1",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Algorithms.create("moead", ZDT1, Map.of("neighbourhood", "1")))
                        .getMessage());
        assertEquals(
                "delta must be in [0, 1], was 1.5",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Algorithms.create("moead-de", ZDT1, Map.of("delta", "1.5")))
                        .getMessage());
        assertEquals(
                "kappa must be positive and finite, was 0.0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Algorithms.create("ibea", ZDT1, Map.of("kappa", "0")))
                        .getMessage());
        assertEquals(
                "indicator must be epsilon or hypervolume, was 'hd'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Algorithms.create("ibea", ZDT1, Map.of("indicator", "hd")))
                        .getMessage());
        assertEquals(
                "populationSize must be at least 4, was 3",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Algorithms.create("gde3", ZDT1, Map.of("population", "3")))
                        .getMessage());
        // GDE3 has neither SBX nor mutation, SMPSO no SBX: their settings are unknown, not ignored
        for (String[] unknown :
                new String[][] {{"gde3", "mutation.eta"}, {"gde3", "crossover.eta"}, {"smpso", "crossover.eta"}}) {
            assertTrue(assertThrows(
                            IllegalArgumentException.class,
                            () -> Algorithms.create(unknown[0], ZDT1, Map.of(unknown[1], "10")))
                    .getMessage()
                    .startsWith("unknown setting '" + unknown[1] + "'"));
        }
        // MOEA/D-DE has no SBX: its crossover settings are unknown, not silently ignored
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> Algorithms.create("moead-de", ZDT1, Map.of("crossover.eta", "10")))
                .getMessage()
                .startsWith("unknown setting 'crossover.eta'"));
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
