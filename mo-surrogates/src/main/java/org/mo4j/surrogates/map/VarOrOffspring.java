package org.mo4j.surrogates.map;

import java.util.random.RandomGenerator;
import org.mo4j.algorithms.operators.Crossover;
import org.mo4j.algorithms.operators.PolynomialMutation;
import org.mo4j.algorithms.operators.SbxCrossover;
import org.mo4j.core.problem.Bounds;

/**
 * DEAP's {@code algorithms.varOr}, the variation step of the official code's
 * {@code eaMuPlusLambda}, fitted into {@link org.mo4j.algorithms.nsga3.Nsga3}'s crossover slot: each
 * offspring is, with probability p_c, the first child of bounded SBX of two parents, otherwise
 * with probability p_m a copy of one parent under bounded polynomial mutation (per-gene
 * probability 1/T), otherwise a plain copy. Crossover and mutation are exclusive, unlike NSGA-III's
 * usual "crossover then mutate". NSGA-III's own mutation slot gets the identity.
 *
 * <p>NSGA-III asks for two children per pair (a, b) of randomly chosen parents; the first is a varOr
 * offspring of (a, b), the second an independent varOr offspring of (b, a). Each offspring therefore
 * has exactly varOr's distribution except that a and b may coincide (probability 1/μ, giving a copy
 * where DEAP's {@code random.sample} would pick two distinct parents), and the two offspring of one
 * call share parents where DEAP draws parents per offspring.
 *
 * <p>SBX with probability 1 and {@link PolynomialMutation} follow Deb's bounded reference code, as
 * DEAP's {@code cxSimulatedBinaryBounded} and {@code mutPolynomialBounded} do.
 */
final class VarOrOffspring implements Crossover {

    private final double crossoverProbability;
    private final double mutationProbability;
    private final SbxCrossover sbx;
    private final PolynomialMutation mutation;

    VarOrOffspring(double crossoverProbability, double mutationProbability, double crossoverEta, double mutationEta) {
        this.crossoverProbability = crossoverProbability;
        this.mutationProbability = mutationProbability;
        this.sbx = new SbxCrossover(1.0, crossoverEta);
        this.mutation = new PolynomialMutation(mutationEta);
    }

    @Override
    public void apply(
            double[] parent1, double[] parent2, double[] child1, double[] child2, Bounds bounds, RandomGenerator rng) {
        offspring(parent1, parent2, child1, bounds, rng);
        offspring(parent2, parent1, child2, bounds, rng);
    }

    private void offspring(double[] a, double[] b, double[] out, Bounds bounds, RandomGenerator rng) {
        double u = rng.nextDouble();
        if (u < crossoverProbability) {
            double[] other = new double[a.length];
            sbx.apply(a, b, out, other, bounds, rng);
        } else if (u < crossoverProbability + mutationProbability) {
            System.arraycopy(a, 0, out, 0, a.length);
            mutation.apply(out, bounds, rng);
        } else {
            System.arraycopy(a, 0, out, 0, a.length);
        }
    }

    @Override
    public String toString() {
        return "varOr[cxpb=" + crossoverProbability + ", mutpb=" + mutationProbability + ", " + sbx + ", " + mutation
                + "]";
    }
}
