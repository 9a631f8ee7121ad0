package org.mo4j.algorithms.spea2;

import java.util.List;
import java.util.concurrent.Executor;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.Observer;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.algorithms.registry.Parameter;
import org.mo4j.core.problem.Problem;

/** Registers {@link Spea2} as {@code spea2}: the builder's settings by name. */
public final class Spea2Provider implements AlgorithmProvider {

    private static final List<Parameter> PARAMETERS = AlgorithmBuilder.parameters(
            (long) Spea2.DEFAULT_POPULATION_SIZE, "population and archive size N", Spea2.DEFAULT_SEED, 0.9, 20, 20);

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public Spea2Provider() {}

    @Override
    public String name() {
        return "spea2";
    }

    @Override
    public String title() {
        return "SPEA2";
    }

    @Override
    public String description() {
        return "strength Pareto EA: strength fitness, k-th-nearest density, archive truncation "
                + "(Zitzler, Laumanns, Thiele 2001, TIK-Report 103)";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Spea2 create(Problem problem, Configuration configuration, Executor executor, Observer observer) {
        return Spea2.builder(problem)
                .configure(configuration, executor, observer)
                .build();
    }
}
