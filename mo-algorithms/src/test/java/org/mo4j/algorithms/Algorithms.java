package org.mo4j.algorithms;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.core.problem.Problem;

/**
 * Every registered algorithm behind one test-side face, so the contract tests run against each
 * provider the registry finds: an algorithm registered later is under contract with no change here.
 */
record Algorithms(AlgorithmProvider provider) {

    /** Registered algorithms that evaluate one offspring per step instead of a generation's batch. */
    private static final Set<String> STEADY_STATE = Set.of("smsemoa", "moead", "moead-de");

    /**
     * Registered algorithms whose result is a bounded archive of at most N non-dominated solutions
     * rather than a population of exactly N (SMPSO's leader archive).
     */
    private static final Set<String> ARCHIVE_RESULT = Set.of("smpso");

    /** Configures and runs the algorithm; {@code executor} and {@code observer} may be null. */
    Result run(
            Problem problem,
            int populationSize,
            long seed,
            Executor executor,
            Observer observer,
            Termination termination) {
        var settings =
                provider.configure(Map.of("population", Integer.toString(populationSize), "seed", Long.toString(seed)));
        return provider.create(problem, settings, executor, observer).run(termination);
    }

    /** Whether offspring are evaluated in batches of a generation (SMS-EMOA and MOEA/D evaluate one per step). */
    boolean batched() {
        return !STEADY_STATE.contains(provider.name());
    }

    /** Whether the result's population is the N members of a population (else an archive of at most N). */
    boolean populationResult() {
        return !ARCHIVE_RESULT.contains(provider.name());
    }

    static Stream<Algorithms> all() {
        return org.mo4j.algorithms.registry.Algorithms.providers().stream().map(Algorithms::new);
    }

    @Override
    public String toString() {
        return provider.title();
    }
}
