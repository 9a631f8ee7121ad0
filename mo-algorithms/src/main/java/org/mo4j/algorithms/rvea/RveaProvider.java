package org.mo4j.algorithms.rvea;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.Observer;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.algorithms.registry.Parameter;
import org.mo4j.core.problem.Problem;

/** Registers {@link Rvea} as {@code rvea}: the builder's settings by name, α, f_r and t_max. */
public final class RveaProvider implements AlgorithmProvider {

    /** The APD penalty exponent setting. */
    public static final String ALPHA = "alpha";
    /** The reference-vector adaptation frequency setting. */
    public static final String FREQUENCY = "fr";
    /** The planned generations setting (used without an evaluation budget). */
    public static final String GENERATIONS = "generations";

    private static final List<Parameter> PARAMETERS;

    static {
        List<Parameter> p = new ArrayList<>(AlgorithmBuilder.parameters(
                null,
                "population size N = number of reference vectors (default: the paper's simplex lattice "
                        + "for the number of objectives, e.g. 105 for 3; another N: the lattice of that size "
                        + "or Riesz s-energy vectors)",
                Rvea.DEFAULT_SEED,
                1.0,
                30,
                20));
        p.add(Parameter.real(ALPHA, Rvea.DEFAULT_ALPHA, 0, Double.MAX_VALUE, "APD penalty exponent"));
        p.add(Parameter.real(
                FREQUENCY, Rvea.DEFAULT_FREQUENCY, 0, 1, "reference vectors are adapted every fr * t_max generations"));
        p.add(Parameter.integer(
                GENERATIONS,
                (long) Rvea.DEFAULT_PLANNED_GENERATIONS,
                1,
                Integer.MAX_VALUE,
                "t_max in generations when the run has no evaluation budget (else evaluations / N)"));
        PARAMETERS = List.copyOf(p);
    }

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public RveaProvider() {}

    @Override
    public String name() {
        return "rvea";
    }

    @Override
    public String title() {
        return "RVEA";
    }

    @Override
    public String description() {
        return "reference-vector guided selection by angle-penalised distance, with vector adaptation "
                + "(Cheng, Jin, Olhofer & Sendhoff 2016, IEEE TEC 20(5))";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Rvea create(Problem problem, Configuration configuration, Executor executor, Observer observer) {
        return Rvea.builder(problem)
                .alpha(configuration.real(ALPHA))
                .adaptationFrequency(configuration.real(FREQUENCY))
                .plannedGenerations(configuration.intValue(GENERATIONS))
                .configure(configuration, executor, observer)
                .build();
    }
}
