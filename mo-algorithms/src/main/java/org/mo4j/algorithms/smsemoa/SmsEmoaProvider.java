package org.mo4j.algorithms.smsemoa;

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
 * Registers {@link SmsEmoa} as {@code smsemoa}: the builder's settings by name, plus
 * {@code offset} ({@link SmsEmoa.Builder#referenceOffset}).
 */
public final class SmsEmoaProvider implements AlgorithmProvider {

    /** The reference-point offset setting. */
    public static final String OFFSET = "offset";

    private static final List<Parameter> PARAMETERS;

    static {
        List<Parameter> p = new ArrayList<>(AlgorithmBuilder.parameters(
                (long) SmsEmoa.DEFAULT_POPULATION_SIZE, "population size mu", SmsEmoa.DEFAULT_SEED, 0.9, 15, 20));
        p.add(Parameter.real(
                OFFSET,
                1.0,
                Double.MIN_VALUE,
                Double.MAX_VALUE,
                "added to the worst values of the last front to form the hypervolume reference point"));
        PARAMETERS = List.copyOf(p);
    }

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public SmsEmoaProvider() {}

    @Override
    public String name() {
        return "smsemoa";
    }

    @Override
    public String title() {
        return "SMS-EMOA";
    }

    @Override
    public String description() {
        return "steady-state EMOA: removes the least hypervolume contributor (Beume et al. 2007, EJOR 181(3))";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public SmsEmoa create(Problem problem, Configuration configuration, Executor executor, Observer observer) {
        return SmsEmoa.builder(problem)
                .referenceOffset(configuration.real(OFFSET))
                .configure(configuration, executor, observer)
                .build();
    }
}
