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
    private static final Set<String> STEADY_STATE = Set.of("smsemoa", "moead", "moead-de", "emoea");

    /**
     * Registered algorithms whose result population is not N working members: ε-MOEA's is its
     * archive (as large as the ε-boxes make it), SMPSO's its leader archive (at most N), RVEA's
     * holds one member per occupied reference vector (at most N).
     */
    private static final Set<String> VARIABLE_SIZE = Set.of("emoea", "smpso", "rvea");

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

    /** Whether offspring are evaluated in batches of a generation (SMS-EMOA, MOEA/D and ε-MOEA evaluate one per step). */
    boolean batched() {
        return !STEADY_STATE.contains(provider.name());
    }

    /**
     * Registered algorithms whose run depends on the evaluation budget itself (RVEA's penalty grows
     * with evaluations / budget), so a shorter run is not a prefix of a longer one.
     */
    private static final Set<String> BUDGET_DEPENDENT = Set.of("rvea");

    /** Whether a run with a smaller budget is a prefix of one with a larger budget. */
    boolean budgetIndependent() {
        return !BUDGET_DEPENDENT.contains(provider.name());
    }

    /** Whether the result's population always holds the configured population size (when the budget allows). */
    boolean fixedPopulation() {
        return !VARIABLE_SIZE.contains(provider.name());
    }

    static Stream<Algorithms> all() {
        return org.mo4j.algorithms.registry.Algorithms.providers().stream().map(Algorithms::new);
    }

    @Override
    public String toString() {
        return provider.title();
    }
}
