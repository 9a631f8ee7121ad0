package org.mo4j.algorithms.gde3;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.Observer;
import org.mo4j.algorithms.operators.DifferentialEvolution;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.algorithms.registry.Parameter;
import org.mo4j.core.problem.Problem;

/**
 * Registers {@link Gde3} as {@code gde3}: population and seed by name (no SBX or mutation settings:
 * the variation is differential evolution alone), plus {@code de.cr} and {@code de.f}.
 */
public final class Gde3Provider implements AlgorithmProvider {

    /** DE's crossover rate setting. */
    public static final String DE_CR = "de.cr";
    /** DE's scaling factor setting. */
    public static final String DE_F = "de.f";

    private static final List<Parameter> PARAMETERS;

    static {
        List<Parameter> p = new ArrayList<>();
        for (Parameter q : AlgorithmBuilder.parameters(
                (long) Gde3.DEFAULT_POPULATION_SIZE, "population size N, at least 4", Gde3.DEFAULT_SEED, 1.0, 20, 20)) {
            if (!q.name().startsWith("crossover.") && !q.name().startsWith("mutation.")) {
                p.add(q);
            }
        }
        p.add(Parameter.real(DE_CR, Gde3.DEFAULT_CR, 0, 1, "differential evolution crossover rate CR"));
        p.add(Parameter.real(DE_F, Gde3.DEFAULT_F, 0, Double.MAX_VALUE, "differential evolution scaling factor F"));
        PARAMETERS = List.copyOf(p);
    }

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public Gde3Provider() {}

    @Override
    public String name() {
        return "gde3";
    }

    @Override
    public String title() {
        return "GDE3";
    }

    @Override
    public String description() {
        return "generalized differential evolution 3: DE/rand/1/bin, trial replaces a weakly dominated parent, "
                + "crowding reduction (Kukkonen & Lampinen 2005, IEEE CEC)";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Gde3 create(Problem problem, Configuration configuration, Executor executor, Observer observer) {
        return Gde3.builder(problem)
                .differentialEvolution(new DifferentialEvolution(configuration.real(DE_CR), configuration.real(DE_F)))
                .configure(configuration, executor, observer)
                .build();
    }
}
