package org.mo4j.algorithms;

import java.util.List;
import java.util.concurrent.Executor;
import org.mo4j.algorithms.operators.Crossover;
import org.mo4j.algorithms.operators.Mutation;
import org.mo4j.algorithms.operators.PolynomialMutation;
import org.mo4j.algorithms.operators.SbxCrossover;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.algorithms.registry.Parameter;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.Problem;

/**
 * The settings every evolutionary algorithm here shares: the problem, variation operators, seed,
 * evaluation executor and observer. Each algorithm's builder extends it with its own knobs and
 * defaults; every setter validates its argument at once and returns the builder. The algorithm
 * keeps the {@link Settings} record it was built from.
 *
 * <p>The same settings by name, for the {@link org.mo4j.algorithms.registry.Algorithms registry}:
 * {@link #parameters} declares them (population, seed, SBX and polynomial-mutation parameters) and
 * {@link #configure} applies a validated {@link Configuration} to the builder, so each provider is
 * a few lines.
 *
 * @param <B> the concrete builder
 * @param <A> the algorithm it builds
 */
public abstract class AlgorithmBuilder<B extends AlgorithmBuilder<B, A>, A extends EvolutionaryAlgorithm> {

    /**
     * What {@link AlgorithmBuilder} collected, handed to the algorithm's constructor.
     *
     * @param problem   the problem
     * @param crossover the crossover
     * @param mutation  the mutation
     * @param seed      the seed of the run's random generator
     * @param executor  where offspring are evaluated, or null for the calling thread
     * @param observer  called once per generation, or null
     */
    public record Settings(
            Problem problem, Crossover crossover, Mutation mutation, long seed, Executor executor, Observer observer) {}

    /** The population size setting. */
    public static final String POPULATION = "population";
    /** The seed setting. */
    public static final String SEED = "seed";
    /** SBX's crossover probability setting. */
    public static final String CROSSOVER_PROBABILITY = "crossover.probability";
    /** SBX's distribution index setting. */
    public static final String CROSSOVER_ETA = "crossover.eta";
    /** Polynomial mutation's per-variable probability setting (default 1/n). */
    public static final String MUTATION_PROBABILITY = "mutation.probability";
    /** Polynomial mutation's distribution index setting. */
    public static final String MUTATION_ETA = "mutation.eta";

    private final Problem problem;
    private Crossover crossover;
    private Mutation mutation;
    private long seed;
    private Executor executor;
    private Observer observer;

    /**
     * @throws IllegalArgumentException if {@code problem} is null
     */
    protected AlgorithmBuilder(
            Problem problem, Crossover defaultCrossover, Mutation defaultMutation, long defaultSeed) {
        this.problem = Arguments.notNull("problem", problem);
        this.crossover = defaultCrossover;
        this.mutation = defaultMutation;
        this.seed = defaultSeed;
    }

    /** This builder, as its concrete type. */
    protected abstract B self();

    /**
     * The population size (each algorithm documents its default and constraints).
     *
     * @throws IllegalArgumentException if the size is invalid for the algorithm
     */
    public abstract B populationSize(int size);

    /** The configured algorithm. */
    public abstract A build();

    /** The crossover (default: the algorithm's, see its class comment). */
    public B crossover(Crossover crossover) {
        this.crossover = Arguments.notNull("crossover", crossover);
        return self();
    }

    /** The mutation (default: polynomial, p_m = 1/n, η_m = 20). */
    public B mutation(Mutation mutation) {
        this.mutation = Arguments.notNull("mutation", mutation);
        return self();
    }

    /** The seed of the run's {@link java.util.SplittableRandom} (default: the algorithm's DEFAULT_SEED). */
    public B seed(long seed) {
        this.seed = seed;
        return self();
    }

    /** Where offspring are evaluated (default: the calling thread). Results do not depend on it. */
    public B executor(Executor executor) {
        this.executor = Arguments.notNull("executor", executor);
        return self();
    }

    /** Called once per generation (default: none). */
    public B observer(Observer observer) {
        this.observer = Arguments.notNull("observer", observer);
        return self();
    }

    /** The problem this builder configures an algorithm for. */
    protected Problem problem() {
        return problem;
    }

    /** The shared settings as they stand (what the algorithm's constructor reads). */
    public Settings settings() {
        return new Settings(problem, crossover, mutation, seed, executor, observer);
    }

    /**
     * The settings every evolutionary algorithm's provider declares: population, seed, SBX
     * (probability, η_c) and polynomial mutation (probability, default 1/n; η_m), with the
     * algorithm's defaults.
     *
     * @param population            the default population size, or null when the algorithm derives it
     * @param populationDescription the one-line description of the population setting
     */
    public static List<Parameter> parameters(
            Long population,
            String populationDescription,
            long seed,
            double crossoverProbability,
            double crossoverEta,
            double mutationEta) {
        return List.of(
                Parameter.integer(POPULATION, population, 2, Integer.MAX_VALUE, populationDescription),
                Parameter.integer(
                        SEED,
                        seed,
                        Long.MIN_VALUE,
                        Long.MAX_VALUE,
                        "seed of the run's random generator; the same seed gives the same result"),
                Parameter.real(CROSSOVER_PROBABILITY, crossoverProbability, 0, 1, "SBX crossover probability"),
                Parameter.real(CROSSOVER_ETA, crossoverEta, 0, Double.MAX_VALUE, "SBX distribution index eta_c"),
                Parameter.real(
                        MUTATION_PROBABILITY,
                        null,
                        0,
                        1,
                        "polynomial mutation probability per variable (default 1/n for n variables)"),
                Parameter.real(
                        MUTATION_ETA,
                        mutationEta,
                        0,
                        Double.MAX_VALUE,
                        "polynomial mutation distribution index eta_m"));
    }

    /**
     * Applies the settings of {@link #parameters} found in {@code configuration} (seed, population
     * when set, SBX and polynomial mutation), then the executor and observer when not null.
     *
     * @throws IllegalArgumentException if a value is invalid for this algorithm
     */
    public B configure(Configuration configuration, Executor executor, Observer observer) {
        Arguments.notNull("configuration", configuration);
        if (configuration.isSet(SEED)) {
            seed(configuration.integer(SEED));
        }
        if (configuration.isSet(POPULATION)) {
            populationSize(configuration.intValue(POPULATION));
        }
        if (configuration.isSet(CROSSOVER_PROBABILITY) && configuration.isSet(CROSSOVER_ETA)) {
            crossover(new SbxCrossover(configuration.real(CROSSOVER_PROBABILITY), configuration.real(CROSSOVER_ETA)));
        }
        if (configuration.isSet(MUTATION_ETA)) {
            mutation(
                    configuration.isSet(MUTATION_PROBABILITY)
                            ? new PolynomialMutation(
                                    configuration.real(MUTATION_PROBABILITY), configuration.real(MUTATION_ETA))
                            : new PolynomialMutation(configuration.real(MUTATION_ETA)));
        }
        if (executor != null) {
            executor(executor);
        }
        if (observer != null) {
            observer(observer);
        }
        return self();
    }
}
