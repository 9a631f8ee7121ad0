package org.mo4j.surrogates.map;

import java.util.SplittableRandom;

/**
 * TEMPORARY stand-in for NSGA-III while it is being written: evaluates the same number of uniformly
 * random coefficient vectors (μ + generations·λ) and keeps their hall of fame. Not MAP's search.
 */
final class RandomFrontSearch implements FrontSearch {

    @Override
    public void search(SurrogateProblem problem, SearchSettings settings, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int t = problem.numberOfVariables();
        long n = settings.surrogateEvaluations();
        for (long k = 0; k < n; k++) {
            double[] c = new double[t];
            for (int i = 0; i < t; i++) {
                c[i] = settings.lower() + (settings.upper() - settings.lower()) * rng.nextDouble();
            }
            problem.evaluate(c);
        }
    }

    @Override
    public String describe(SearchSettings settings) {
        return "uniform random search (temporary), " + settings.surrogateEvaluations() + " surrogate evaluations";
    }
}
