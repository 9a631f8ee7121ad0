package org.mo4j.algorithms.nsga2;

import java.util.List;
import java.util.concurrent.Executor;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.Observer;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.algorithms.registry.Parameter;
import org.mo4j.core.problem.Problem;

/** Registers {@link Nsga2} as {@code nsga2}, with the builder's settings by name. */
public final class Nsga2Provider implements AlgorithmProvider {

    private static final List<Parameter> PARAMETERS = AlgorithmBuilder.parameters(
            (long) Nsga2.DEFAULT_POPULATION_SIZE, "population size N, even", Nsga2.DEFAULT_SEED, 0.9, 20, 20);

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public Nsga2Provider() {}

    @Override
    public String name() {
        return "nsga2";
    }

    @Override
    public String title() {
        return "NSGA-II";
    }

    @Override
    public String description() {
        return "elitist GA: non-dominated sorting and crowding distance (Deb et al. 2002, IEEE TEC 6(2))";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Nsga2 create(Problem problem, Configuration configuration, Executor executor, Observer observer) {
        return Nsga2.builder(problem)
                .configure(configuration, executor, observer)
                .build();
    }
}
