package org.mo4j.algorithms.nsga3;

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
 * Registers {@link Nsga3} as {@code nsga3}: the builder's settings by name, plus {@code divisions}
 * (one layer of Das–Dennis reference directions; by default those of
 * {@link ReferenceDirections#defaults(int)}).
 */
public final class Nsga3Provider implements AlgorithmProvider {

    /** The number of divisions of one layer of reference directions. */
    public static final String DIVISIONS = "divisions";

    private static final List<Parameter> PARAMETERS;

    static {
        List<Parameter> p = new ArrayList<>(AlgorithmBuilder.parameters(
                null,
                "population size N, even (default: the smallest multiple of 4 >= the number of "
                        + "reference directions)",
                Nsga3.DEFAULT_SEED,
                1.0,
                30,
                20));
        p.add(Parameter.integer(
                DIVISIONS,
                null,
                1,
                1000,
                "Das-Dennis divisions of one layer of reference "
                        + "directions (default by objectives: 12 for 3, 6 for 5, two layers from 8)"));
        PARAMETERS = List.copyOf(p);
    }

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public Nsga3Provider() {}

    @Override
    public String name() {
        return "nsga3";
    }

    @Override
    public String title() {
        return "NSGA-III";
    }

    @Override
    public String description() {
        return "many-objective GA: reference-direction niching (Deb & Jain 2014, IEEE TEC 18(4))";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Nsga3 create(Problem problem, Configuration configuration, Executor executor, Observer observer) {
        Nsga3.Builder b = Nsga3.builder(problem);
        if (configuration.isSet(DIVISIONS)) {
            b.divisions(configuration.intValue(DIVISIONS));
        }
        return b.configure(configuration, executor, observer).build();
    }
}
