package org.mo4j.surrogates.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.mo4j.algorithms.nsga3.Nsga3;
import org.mo4j.core.weights.WeightVectors;

/**
 * MAP's search (official code {@code MAP.find_pareto_front}, {@code setup_nsga3}) on mo4j's
 * {@link Nsga3}: initial population uniform in [lower, upper]^T, μ = λ = populationSize, offspring by
 * DEAP's varOr ({@link VarOrOffspring}: SBX η_c with probability p_c, else polynomial mutation η_m
 * with per-gene probability 1/T with probability p_m), survival by NSGA-III selection among parents
 * and offspring, reference points Das–Dennis with p = 2 ∪ Das–Dennis with p = 1 shrunk by 0.5
 * towards the centroid (w ↦ 0.5·w + 0.5/T), de-duplicated; budget μ + generations·λ surrogate
 * evaluations, i.e. exactly the generations of {@code eaMuPlusLambda}. The result is the Pareto
 * hall of fame of every evaluated individual ({@link SurrogateProblem}), as DEAP's
 * {@code tools.ParetoFront} updated with each generation's offspring.
 *
 * <p>Remaining differences from the code: NSGA-III's normalisation is mo4j's (pymoo's reading of
 * Deb &amp; Jain 2014: extreme points kept across generations, intercepts capped at the worst values)
 * where DEAP's {@code selNSGA3} has its own; the random streams are Java's, so no run is
 * bit-identical with the code's; parent pairs as described in {@link VarOrOffspring}.
 */
final class Nsga3FrontSearch implements FrontSearch {

    @Override
    public void search(SurrogateProblem problem, SearchSettings s, long seed) {
        int t = problem.numberOfObjectives();
        Nsga3 nsga3 = Nsga3.builder(problem)
                .populationSize(s.populationSize())
                .referenceDirections(referencePoints(t))
                .crossover(new VarOrOffspring(
                        s.crossoverProbability(), s.mutationProbability(), s.crossoverEta(), s.mutationEta()))
                .mutation((x, bounds, rng) -> {})
                .seed(seed)
                .build();
        nsga3.run(s.surrogateEvaluations());
    }

    /** The code's reference points: DEAP uniform_reference_points(T, 2, 1) ∪ (T, 1, 0.5), unique. */
    static double[][] referencePoints(int t) {
        List<double[]> all = new ArrayList<>(Arrays.asList(WeightVectors.simplexLattice(t, 2)));
        for (double[] w : WeightVectors.simplexLattice(t, 1)) {
            double[] v = new double[t];
            for (int i = 0; i < t; i++) {
                v[i] = 0.5 * w[i] + 0.5 / t;
            }
            all.add(v);
        }
        TreeSet<double[]> unique = new TreeSet<>(Arrays::compare);
        unique.addAll(all);
        return unique.toArray(new double[0][]);
    }

    @Override
    public String describe(SearchSettings s) {
        return "NSGA-III (mu+lambda), mu=lambda=" + s.populationSize() + ", " + s.generations()
                + " generations, varOr(cx="
                + s.crossoverProbability() + ", mut=" + s.mutationProbability() + "), SBX eta=" + s.crossoverEta()
                + ", PM eta=" + s.mutationEta() + ", bounds [" + s.lower() + ", " + s.upper() + "]^T, "
                + s.surrogateEvaluations() + " surrogate evaluations";
    }
}
