package org.mo4j.algorithms.moead;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.Observer;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.algorithms.registry.Parameter;
import org.mo4j.core.problem.Problem;

/**
 * Registers {@link Moead} as {@code moead}: the builder's settings by name, plus
 * {@code neighbourhood} (T), {@code aggregation} ({@code tchebycheff} or {@code pbi}) and
 * {@code theta} (PBI's penalty).
 */
public final class MoeadProvider implements AlgorithmProvider {

    /** The neighbourhood size T setting. */
    public static final String NEIGHBOURHOOD = "neighbourhood";
    /** The aggregation function setting. */
    public static final String AGGREGATION = "aggregation";
    /** PBI's penalty setting. */
    public static final String THETA = "theta";

    private static final List<Parameter> PARAMETERS;

    static {
        List<Parameter> p = new ArrayList<>(AlgorithmBuilder.parameters(
                (long) Moead.DEFAULT_POPULATION_SIZE,
                "number of subproblems N (weight vectors: evenly spaced for 2 objectives; a simplex "
                        + "lattice when N is one of its sizes, else Riesz s-energy)",
                Moead.DEFAULT_SEED,
                1.0,
                20,
                20));
        p.addAll(decompositionParameters(Moead.DEFAULT_NEIGHBOURHOOD_SIZE));
        PARAMETERS = List.copyOf(p);
    }

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public MoeadProvider() {}

    /** The settings MOEA/D and MOEA/D-DE share: neighbourhood, aggregation, theta. */
    static List<Parameter> decompositionParameters(int neighbourhood) {
        return List.of(
                Parameter.integer(
                        NEIGHBOURHOOD,
                        (long) neighbourhood,
                        2,
                        Integer.MAX_VALUE,
                        "neighbourhood size T (nearest weight vectors, itself included)"),
                Parameter.text(
                        AGGREGATION, Aggregation.TCHEBYCHEFF.label(), "aggregation function: tchebycheff or pbi"),
                Parameter.real(
                        THETA,
                        Moead.DEFAULT_PBI_PENALTY,
                        0,
                        Double.MAX_VALUE,
                        "PBI penalty theta (with aggregation=pbi)"));
    }

    @Override
    public String name() {
        return "moead";
    }

    @Override
    public String title() {
        return "MOEA/D";
    }

    @Override
    public String description() {
        return "decomposition into weighted subproblems with neighbourhood mating and replacement "
                + "(Zhang & Li 2007, IEEE TEC 11(6))";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Moead create(Problem problem, Configuration configuration, Executor executor, Observer observer) {
        return Moead.builder(problem)
                .neighbourhoodSize(configuration.intValue(NEIGHBOURHOOD))
                .aggregation(Aggregation.parse(configuration.text(AGGREGATION)))
                .pbiPenalty(configuration.real(THETA))
                .configure(configuration, executor, observer)
                .build();
    }
}
