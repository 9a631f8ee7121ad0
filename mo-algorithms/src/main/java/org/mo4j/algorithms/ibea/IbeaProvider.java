package org.mo4j.algorithms.ibea;

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
 * Registers {@link Ibea} as {@code ibea}: the builder's settings by name, plus {@code kappa} (κ)
 * and {@code indicator} ({@code epsilon} or {@code hypervolume}).
 */
public final class IbeaProvider implements AlgorithmProvider {

    /** The fitness scaling factor κ setting. */
    public static final String KAPPA = "kappa";

    /** The indicator setting: {@code epsilon} (I_ε+) or {@code hypervolume} (I_HD). */
    public static final String INDICATOR = "indicator";

    private static final List<Parameter> PARAMETERS;

    static {
        List<Parameter> p = new ArrayList<>(AlgorithmBuilder.parameters(
                (long) Ibea.DEFAULT_POPULATION_SIZE, "population size N", Ibea.DEFAULT_SEED, 0.9, 20, 20));
        p.add(Parameter.real(KAPPA, Ibea.DEFAULT_KAPPA, 0, Double.MAX_VALUE, "fitness scaling factor kappa, positive"));
        p.add(Parameter.text(
                INDICATOR,
                Ibea.DEFAULT_INDICATOR.label(),
                "fitness indicator: epsilon (I_eps+) or hypervolume (I_HD)"));
        PARAMETERS = List.copyOf(p);
    }

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public IbeaProvider() {}

    @Override
    public String name() {
        return "ibea";
    }

    @Override
    public String title() {
        return "IBEA";
    }

    @Override
    public String description() {
        return "indicator-based EA: additive epsilon (or hypervolume) indicator fitness, iterative removal of the worst "
                + "(Zitzler & Kuenzli 2004, PPSN VIII)";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Ibea create(Problem problem, Configuration configuration, Executor executor, Observer observer) {
        return Ibea.builder(problem)
                .kappa(configuration.real(KAPPA))
                .indicator(Indicator.parse(configuration.text(INDICATOR)))
                .configure(configuration, executor, observer)
                .build();
    }
}
