package org.mo4j.algorithms.agemoea;

import java.util.List;
import java.util.concurrent.Executor;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.Observer;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.algorithms.registry.Parameter;
import org.mo4j.core.problem.Problem;

/** Registers {@link AgeMoea} as {@code agemoea}: the builder's settings by name. */
public final class AgeMoeaProvider implements AlgorithmProvider {

    private static final List<Parameter> PARAMETERS = AlgorithmBuilder.parameters(
            (long) AgeMoea.DEFAULT_POPULATION_SIZE, "population size N", AgeMoea.DEFAULT_SEED, 0.9, 20, 20);

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public AgeMoeaProvider() {}

    @Override
    public String name() {
        return "agemoea";
    }

    @Override
    public String title() {
        return "AGE-MOEA";
    }

    @Override
    public String description() {
        return "NSGA-II frame with survival by proximity and diversity in the front's estimated L_p geometry "
                + "(Panichella 2019, GECCO)";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public AgeMoea create(Problem problem, Configuration configuration, Executor executor, Observer observer) {
        return AgeMoea.builder(problem)
                .configure(configuration, executor, observer)
                .build();
    }
}
