package org.mo4j.algorithms.smpso;

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
 * Registers {@link Smpso} as {@code smpso}: swarm size, seed and polynomial mutation by name (no
 * SBX settings: particles move by velocity).
 */
public final class SmpsoProvider implements AlgorithmProvider {

    private static final List<Parameter> PARAMETERS;

    static {
        List<Parameter> p = new ArrayList<>();
        for (Parameter q : AlgorithmBuilder.parameters(
                (long) Smpso.DEFAULT_SWARM_SIZE,
                "swarm size N, also the leader archive's capacity",
                Smpso.DEFAULT_SEED,
                1.0,
                20,
                20)) {
            if (!q.name().startsWith("crossover.")) {
                p.add(q);
            }
        }
        PARAMETERS = List.copyOf(p);
    }

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public SmpsoProvider() {}

    @Override
    public String name() {
        return "smpso";
    }

    @Override
    public String title() {
        return "SMPSO";
    }

    @Override
    public String description() {
        return "speed-constrained multi-objective PSO with a crowding-distance leader archive "
                + "(Nebro et al. 2009, IEEE MCDM)";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Smpso create(Problem problem, Configuration configuration, Executor executor, Observer observer) {
        return Smpso.builder(problem)
                .configure(configuration, executor, observer)
                .build();
    }
}
