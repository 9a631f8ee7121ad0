package org.mo4j.benchmarks.peers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.problems.BenchmarkProblem;
import org.uma.jmetal.algorithm.Algorithm;
import org.uma.jmetal.algorithm.multiobjective.agemoea.AGEMOEABuilder;
import org.uma.jmetal.algorithm.multiobjective.gde3.GDE3Builder;
import org.uma.jmetal.algorithm.multiobjective.ibea.IBEABuilder;
import org.uma.jmetal.algorithm.multiobjective.nsgaii.NSGAIIBuilder;
import org.uma.jmetal.algorithm.multiobjective.nsgaiii.NSGAIIIBuilder;
import org.uma.jmetal.algorithm.multiobjective.smpso.SMPSOBuilder;
import org.uma.jmetal.algorithm.multiobjective.smsemoa.SMSEMOABuilder;
import org.uma.jmetal.algorithm.multiobjective.spea2.SPEA2Builder;
import org.uma.jmetal.operator.crossover.impl.DifferentialEvolutionCrossover;
import org.uma.jmetal.operator.crossover.impl.SBXCrossover;
import org.uma.jmetal.operator.mutation.impl.PolynomialMutation;
import org.uma.jmetal.operator.selection.impl.BinaryTournamentSelection;
import org.uma.jmetal.operator.selection.impl.RandomSelection;
import org.uma.jmetal.problem.doubleproblem.DoubleProblem;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;
import org.uma.jmetal.util.archive.impl.CrowdingDistanceArchive;
import org.uma.jmetal.util.comparator.FitnessComparator;
import org.uma.jmetal.util.densityestimator.impl.StrenghtRawFitnessDensityEstimator;
import org.uma.jmetal.util.evaluator.impl.SequentialSolutionListEvaluator;
import org.uma.jmetal.util.legacy.qualityindicator.impl.hypervolume.impl.PISAHypervolume;
import org.uma.jmetal.util.legacy.qualityindicator.impl.hypervolume.impl.WFGHypervolume;

/**
 * The table of side-by-side pairs: an mo4j algorithm by registry name with its settings, and
 * jMetal 6.6's implementation of the same algorithm built with the same settings (population,
 * operators and their parameters, neighbourhood, evaluations). Where jMetal's defaults differ from
 * mo4j's they are set to mo4j's; each factory says which, and mo-benchmarks/RESULTS.md lists them.
 *
 * <p>Shared by the quality comparison ({@link PeerComparison}) and the speed benchmark
 * ({@code AlgorithmBenchmark}). jMetal draws from the {@code JMetalRandom} singleton: its runs must
 * not overlap in one JVM.
 */
public final class PeerPairs {

    private PeerPairs() {}

    /** Builds jMetal's algorithm for a problem (its own code), mo4j's problem and a budget. */
    @FunctionalInterface
    public interface JMetalFactory {
        /** A jMetal algorithm ready to run. */
        Algorithm<List<DoubleSolution>> create(DoubleProblem problem, BenchmarkProblem spec, int evaluations);
    }

    /**
     * One pair.
     *
     * @param name       the pair's name in the tables and on the command line
     * @param algorithm  mo4j's registry name
     * @param jmetal     jMetal's class, for the table
     * @param settings   mo4j's settings for a problem (registry names to values)
     * @param factory    jMetal's algorithm with the same settings
     */
    public record Pair(
            String name,
            String algorithm,
            String jmetal,
            Function<BenchmarkProblem, Map<String, String>> settings,
            JMetalFactory factory) {

        /** A pair named after mo4j's algorithm. */
        public Pair(
                String algorithm,
                String jmetal,
                Function<BenchmarkProblem, Map<String, String>> settings,
                JMetalFactory factory) {
            this(algorithm, algorithm, jmetal, settings, factory);
        }

        /** jMetal's final population (or archive) as objective vectors. */
        public double[][] runJMetal(DoubleProblem problem, BenchmarkProblem spec, int evaluations) {
            Algorithm<List<DoubleSolution>> a = factory.create(problem, spec, evaluations);
            a.run();
            List<DoubleSolution> result = a.result();
            double[][] front = new double[result.size()][];
            for (int i = 0; i < front.length; i++) {
                front[i] = result.get(i).objectives().clone();
            }
            return front;
        }
    }

    /** Population of the generational GAs: 100 (92 = 91 directions rounded up to 4, for NSGA-III on 3 objectives). */
    static final int POPULATION = 100;

    /**
     * Subproblems of MOEA/D: 100 for two objectives, 91 (the simplex lattice with H = 12) for three,
     * so both libraries use the same weight vectors.
     */
    static int moeadPopulation(BenchmarkProblem p) {
        return switch (p.numberOfObjectives()) {
            case 2 -> 100;
            case 3 -> 91;
            default ->
                throw new IllegalArgumentException(
                        "objectives must be 2 or 3 for the MOEA/D pairs, was " + p.numberOfObjectives());
        };
    }

    /** NSGA-III divisions: 99 for two objectives (100 directions), 12 for three (91). */
    static int nsga3Divisions(BenchmarkProblem p) {
        return p.numberOfObjectives() == 2 ? 99 : 12;
    }

    /** NSGA-III population: the number of directions rounded up to a multiple of 4 (jMetal's rule and mo4j's). */
    static int nsga3Population(BenchmarkProblem p) {
        int directions = p.numberOfObjectives() == 2 ? 100 : 91;
        return (directions + 3) / 4 * 4;
    }

    private static PolynomialMutation mutation(DoubleProblem p) {
        return new PolynomialMutation(1.0 / p.numberOfVariables(), 20.0);
    }

    private static Map<String, String> sbx(int population, double pc, double etaC) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(AlgorithmBuilder.POPULATION, Integer.toString(population));
        s.put(AlgorithmBuilder.CROSSOVER_PROBABILITY, Double.toString(pc));
        s.put(AlgorithmBuilder.CROSSOVER_ETA, Double.toString(etaC));
        s.put(AlgorithmBuilder.MUTATION_ETA, "20");
        return s;
    }

    /** Every pair, in the order of the table. */
    public static List<Pair> all() {
        return List.of(
                // NSGA-II: jMetal's defaults are mo4j's (binary tournament on rank and crowding).
                new Pair(
                        "nsga2",
                        "NSGAII",
                        p -> sbx(POPULATION, 0.9, 20),
                        (jp, p, e) -> new NSGAIIBuilder<DoubleSolution>(
                                        jp, new SBXCrossover(0.9, 20.0), mutation(jp), POPULATION)
                                .setMaxEvaluations(e)
                                .setSolutionListEvaluator(new SequentialSolutionListEvaluator<>())
                                .build()),
                // NSGA-III: jMetal's builder has no operators and takes divisions (default 12) and
                // iterations; set to mo4j's SBX (1.0, 30), PM (1/n, 20) and random mating
                // (mo4j on unconstrained problems; jMetal's runner uses a binary tournament).
                new Pair(
                        "nsga3",
                        "NSGAIII",
                        p -> {
                            Map<String, String> s = sbx(nsga3Population(p), 1.0, 30);
                            s.put("divisions", Integer.toString(nsga3Divisions(p)));
                            return s;
                        },
                        (jp, p, e) -> new NSGAIIIBuilder<DoubleSolution>(jp)
                                .setNumberOfDivisions(nsga3Divisions(p))
                                .setCrossoverOperator(new SBXCrossover(1.0, 30.0))
                                .setMutationOperator(mutation(jp))
                                .setSelectionOperator(new RandomSelection<>())
                                .setMaxIterations(e / nsga3Population(p))
                                .build()),
                // SMS-EMOA: jMetal's offset is 100, mo4j's 1: set to 1. SBX (0.9, 15) as mo4j's
                // default (the paper's); jMetal's contributions by its WFGHypervolume (PISAHypervolume, its default,
                // with -Dpeers.smsemoa.pisa=true: about 8x slower on DTLZ2).
                new Pair(
                        "smsemoa",
                        "SMSEMOA",
                        p -> {
                            Map<String, String> s = sbx(POPULATION, 0.9, 15);
                            s.put("offset", "1.0");
                            return s;
                        },
                        (jp, p, e) -> new SMSEMOABuilder<DoubleSolution>(jp, new SBXCrossover(0.9, 15.0), mutation(jp))
                                .setPopulationSize(POPULATION)
                                .setMaxEvaluations(e)
                                .setOffset(1.0)
                                .setHypervolumeImplementation(
                                        Boolean.getBoolean("peers.smsemoa.pisa")
                                                ? new PISAHypervolume<>()
                                                : new WFGHypervolume<>())
                                .build()),
                // MOEA/D: jmetal-algorithm 6.6 has only MOEA/D-DE under this name; the original is
                // jMetal's AbstractMOEAD with the step of JMetalMoead.sbx. T = 20, SBX (1.0, 20).
                new Pair(
                        "moead",
                        "AbstractMOEAD + SBX step",
                        p -> {
                            Map<String, String> s = sbx(moeadPopulation(p), 1.0, 20);
                            s.put("neighbourhood", "20");
                            s.put("aggregation", "tchebycheff");
                            return s;
                        },
                        (jp, p, e) -> JMetalMoead.sbx(jp, moeadPopulation(p), e, 20, 1.0, 20.0)),
                // MOEA/D-DE: jMetal's MOEAD. Its builder's δ is 0.1 and its DE's CR 0.5: set to
                // mo4j's (the paper's) δ = 0.9 and CR = 1.0; n_r = 2, T = 20, F = 0.5 as both.
                new Pair(
                        "moead-de",
                        "MOEAD",
                        p -> {
                            Map<String, String> s = new LinkedHashMap<>();
                            s.put(AlgorithmBuilder.POPULATION, Integer.toString(moeadPopulation(p)));
                            s.put(AlgorithmBuilder.MUTATION_ETA, "20");
                            s.put("neighbourhood", "20");
                            s.put("delta", "0.9");
                            s.put("replacements", "2");
                            s.put("de.cr", "1.0");
                            s.put("de.f", "0.5");
                            return s;
                        },
                        (jp, p, e) -> JMetalMoead.de(jp, moeadPopulation(p), e, 20, 0.9, 2, 1.0, 0.5)),
                // SPEA2: jMetal's k is 1 and its tournament compares by dominance: set to mo4j's
                // k = floor(sqrt(2N)) = 14 and a tournament on the strength fitness.
                new Pair(
                        "spea2",
                        "SPEA2",
                        p -> sbx(POPULATION, 0.9, 20),
                        (jp, p, e) -> new SPEA2Builder<DoubleSolution>(jp, new SBXCrossover(0.9, 20.0), mutation(jp))
                                .setPopulationSize(POPULATION)
                                .setMaxIterations(e / POPULATION)
                                .setK(spea2K(POPULATION))
                                .setSelectionOperator(new BinaryTournamentSelection<>(
                                        new StrenghtRawFitnessDensityEstimator<DoubleSolution>(spea2K(POPULATION))
                                                .comparator()))
                                .build()),
                // IBEA: jMetal's defaults (population = archive = 100, SBX (0.9, 20), PM (1/n, 20),
                // κ = 0.05); its tournament set to compare the fitness, as its runner does. jMetal's
                // IBEA has only the hypervolume indicator I_HD: mo4j's set to it (its default is I_ε+).
                new Pair(
                        "ibea",
                        "IBEA",
                        p -> {
                            Map<String, String> s = sbx(POPULATION, 0.9, 20);
                            s.put("indicator", "hypervolume");
                            return s;
                        },
                        (jp, p, e) -> new IBEABuilder(jp)
                                .setPopulationSize(POPULATION)
                                .setArchiveSize(POPULATION)
                                .setMaxEvaluations(e)
                                .setCrossover(new SBXCrossover(0.9, 20.0))
                                .setMutation(mutation(jp))
                                .setSelection(new BinaryTournamentSelection<>(new FitnessComparator<>()))
                                .build()),
                // IBEA with I_ε+ (mo4j's default, issue 15's): jMetal's IBEA as above with only its
                // indicator replaced by the additive ε (JMetalIbeaEpsilon).
                new Pair(
                        "ibea-epsilon",
                        "ibea",
                        "IBEA with I_ε+",
                        p -> {
                            Map<String, String> s = sbx(POPULATION, 0.9, 20);
                            s.put("indicator", "epsilon");
                            return s;
                        },
                        (jp, p, e) -> new JMetalIbeaEpsilon(
                                jp,
                                POPULATION,
                                e,
                                new BinaryTournamentSelection<>(new FitnessComparator<>()),
                                new SBXCrossover(0.9, 20.0),
                                mutation(jp))),
                // SMPSO: swarm 100, leaders' crowding archive 100, PM (1/n, 20) on 1/6 of the swarm
                // (jMetal's defaults, the paper's).
                new Pair(
                        "smpso",
                        "SMPSO",
                        p -> Map.of(AlgorithmBuilder.POPULATION, Integer.toString(POPULATION)),
                        (jp, p, e) -> new SMPSOBuilder(jp, new CrowdingDistanceArchive<>(POPULATION))
                                .setSwarmSize(POPULATION)
                                .setMaxIterations(e / POPULATION)
                                .setMutation(mutation(jp))
                                .build()),
                // GDE3: DE rand/1/bin CR = 0.5, F = 0.5 (jMetal's defaults, the paper's ZDT setting).
                new Pair(
                        "gde3",
                        "GDE3",
                        p -> Map.of(AlgorithmBuilder.POPULATION, Integer.toString(POPULATION)),
                        (jp, p, e) -> new GDE3Builder(jp)
                                .setPopulationSize(POPULATION)
                                .setMaxEvaluations(e)
                                .setCrossover(new DifferentialEvolutionCrossover(
                                        0.5, 0.5, DifferentialEvolutionCrossover.DE_VARIANT.RAND_1_BIN))
                                .build()),
                // AGE-MOEA: jMetal's builder has no operators: SBX (0.9, 20), PM (1/n, 20), the
                // settings passed explicitly to mo4j too.
                new Pair(
                        "agemoea",
                        "AGEMOEA",
                        p -> sbx(POPULATION, 0.9, 20),
                        (jp, p, e) -> new AGEMOEABuilder<DoubleSolution>(jp)
                                .setPopulationSize(POPULATION)
                                .setMaxIterations(e / POPULATION)
                                .setCrossoverOperator(new SBXCrossover(0.9, 20.0))
                                .setMutationOperator(mutation(jp))
                                .build()));
    }

    /** SPEA2's k-th nearest neighbour: floor(sqrt(N + N̄)) with N = N̄ (the paper's and mo4j's). */
    static int spea2K(int population) {
        return (int) Math.floor(Math.sqrt(2.0 * population));
    }

    /** The pair of that name (ignoring case). */
    public static Pair of(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return all().stream()
                .filter(p -> p.name().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("algorithm has no jMetal pair: " + name
                        + " (choose "
                        + String.join(", ", all().stream().map(Pair::name).toList()) + ")"));
    }
}
