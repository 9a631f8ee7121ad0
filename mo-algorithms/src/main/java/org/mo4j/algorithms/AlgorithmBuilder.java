package org.mo4j.algorithms;

import java.util.concurrent.Executor;

import org.mo4j.algorithms.operators.Crossover;
import org.mo4j.algorithms.operators.Mutation;
import org.mo4j.core.problem.Problem;
import org.mo4j.core.validation.Arguments;

/**
 * The settings every evolutionary algorithm here shares: the problem, variation operators, seed,
 * evaluation executor and observer. Each algorithm's builder extends it with its own knobs and
 * defaults; every setter validates its argument at once and returns the builder.
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
    public record Settings(Problem problem, Crossover crossover, Mutation mutation, long seed, Executor executor,
                           Observer observer) {
    }

    private final Problem problem;
    private Crossover crossover;
    private Mutation mutation;
    private long seed;
    private Executor executor;
    private Observer observer;

    /**
     * @throws IllegalArgumentException if {@code problem} is null
     */
    protected AlgorithmBuilder(Problem problem, Crossover defaultCrossover, Mutation defaultMutation, long defaultSeed) {
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
}
