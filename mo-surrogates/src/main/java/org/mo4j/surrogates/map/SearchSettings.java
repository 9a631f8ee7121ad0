package org.mo4j.surrogates.map;

import org.mo4j.core.internal.Arguments;

/**
 * How MAP searches its surrogates for the Pareto front of merging coefficients (official code
 * {@code MAP.find_pareto_front} / {@code setup_nsga3}): a (μ+λ) evolutionary algorithm with NSGA-III
 * selection, μ = λ = {@code populationSize}, offspring made by crossover with probability
 * {@code crossoverProbability} or else by mutation ({@code mutationProbability}; DEAP's
 * {@code varOr}), bounded SBX and polynomial mutation with the given distribution indices and
 * per-coefficient mutation probability 1/T, coefficients in [{@code lower}, {@code upper}]^T.
 *
 * @param populationSize       μ = λ, even (code: 100)
 * @param generations          generations after the initial population (code: 25 in {@code run_MAP},
 *                             150 by default in {@code find_pareto_front})
 * @param lower                lower bound of every coefficient (code: −3)
 * @param upper                upper bound of every coefficient (code: 3)
 * @param crossoverProbability probability that an offspring is made by crossover (code: 0.7)
 * @param mutationProbability  probability that an offspring is made by mutation (code: 0.3); the
 *                             two sum to at most 1, the rest being copies of a parent
 * @param crossoverEta         SBX distribution index (code: 20)
 * @param mutationEta          polynomial mutation distribution index (code: 20)
 */
public record SearchSettings(
        int populationSize,
        int generations,
        double lower,
        double upper,
        double crossoverProbability,
        double mutationProbability,
        double crossoverEta,
        double mutationEta) {

    /** @throws IllegalArgumentException naming the offending component */
    public SearchSettings {
        Arguments.positive("populationSize", populationSize);
        if (populationSize < 2 || populationSize % 2 != 0) {
            throw new IllegalArgumentException("populationSize must be even and at least 2 (NSGA-III makes offspring "
                    + "in pairs), was " + populationSize);
        }
        if (generations < 0) {
            throw new IllegalArgumentException("generations must be >= 0, was " + generations);
        }
        Arguments.finite("lower", lower);
        Arguments.finite("upper", upper);
        if (!(lower < upper)) {
            throw new IllegalArgumentException("lower must be < upper, was " + lower + " >= " + upper);
        }
        probability("crossoverProbability", crossoverProbability);
        probability("mutationProbability", mutationProbability);
        if (crossoverProbability + mutationProbability > 1) {
            throw new IllegalArgumentException("crossoverProbability + mutationProbability must be at most 1, was "
                    + (crossoverProbability + mutationProbability));
        }
        if (!(crossoverEta >= 0) || !Double.isFinite(crossoverEta)) {
            throw new IllegalArgumentException("crossoverEta must be finite and >= 0, was " + crossoverEta);
        }
        if (!(mutationEta >= 0) || !Double.isFinite(mutationEta)) {
            throw new IllegalArgumentException("mutationEta must be finite and >= 0, was " + mutationEta);
        }
    }

    /** The settings of the official {@code run_MAP}: μ = λ = 100, 25 generations, [−3, 3], 0.7/0.3, η = 20/20. */
    public static SearchSettings mapDefaults() {
        return new SearchSettings(100, 25, -3, 3, 0.7, 0.3, 20, 20);
    }

    /** These settings with another number of generations. */
    public SearchSettings withGenerations(int g) {
        return new SearchSettings(
                populationSize, g, lower, upper, crossoverProbability, mutationProbability, crossoverEta, mutationEta);
    }

    /** These settings with other coefficient bounds. */
    public SearchSettings withBounds(double lo, double hi) {
        return new SearchSettings(
                populationSize,
                generations,
                lo,
                hi,
                crossoverProbability,
                mutationProbability,
                crossoverEta,
                mutationEta);
    }

    /** The number of surrogate evaluations of a search: μ + generations·λ. */
    public long surrogateEvaluations() {
        return populationSize + (long) generations * populationSize;
    }

    private static void probability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + p);
        }
    }
}
