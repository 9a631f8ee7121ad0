package org.mo4j.surrogates.map;

/**
 * The multi-objective search MAP runs on its surrogates. Package-private: the one real
 * implementation is NSGA-III in a (μ+λ) loop ({@link Nsga3FrontSearch}); the interface exists so the
 * surrogate fitting and the bookkeeping do not depend on which search runs.
 */
interface FrontSearch {

    /**
     * Runs the search on {@code problem}; the result is read from {@link SurrogateProblem#hallOfFame()}.
     *
     * @param problem  the surrogate problem (its evaluations fill the hall of fame)
     * @param settings population, generations, operators
     * @param seed     the search's seed
     */
    void search(SurrogateProblem problem, SearchSettings settings, long seed);

    /** A one-line description for results and logs. */
    String describe(SearchSettings settings);
}
