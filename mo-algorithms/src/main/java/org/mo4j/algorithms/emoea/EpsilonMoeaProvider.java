package org.mo4j.algorithms.emoea;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.Observer;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.algorithms.registry.Parameter;
import org.mo4j.core.problem.Problem;

/** Registers {@link EpsilonMoea} as {@code emoea}: the builder's settings by name, and ε. */
public final class EpsilonMoeaProvider implements AlgorithmProvider {

    /** The box side setting: one value for every objective, or one per objective, comma-separated. */
    public static final String EPSILON = "epsilon";

    private static final List<Parameter> PARAMETERS;

    static {
        List<Parameter> p = new ArrayList<>(AlgorithmBuilder.parameters(
                (long) EpsilonMoea.DEFAULT_POPULATION_SIZE,
                "population size N (the archive's size follows from epsilon)",
                EpsilonMoea.DEFAULT_SEED,
                1.0,
                15,
                20));
        p.add(Parameter.text(
                EPSILON,
                Double.toString(EpsilonMoea.DEFAULT_EPSILON),
                "side of the epsilon boxes of the archive: one value for every objective, or one per "
                        + "objective, comma-separated"));
        PARAMETERS = List.copyOf(p);
    }

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public EpsilonMoeaProvider() {}

    @Override
    public String name() {
        return "emoea";
    }

    @Override
    public String title() {
        return "epsilon-MOEA";
    }

    @Override
    public String description() {
        return "steady-state population with an epsilon-box dominance archive "
                + "(Deb, Mohan & Mishra 2005, Evolutionary Computation 13(4))";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public EpsilonMoea create(Problem problem, Configuration configuration, Executor executor, Observer observer) {
        EpsilonMoea.Builder b = EpsilonMoea.builder(problem);
        double[] epsilon = parse(configuration.text(EPSILON));
        if (epsilon.length == 1) {
            b.epsilon(epsilon[0]);
        } else {
            b.epsilon(epsilon);
        }
        return b.configure(configuration, executor, observer).build();
    }

    /** The numbers of "a" or "a,b,c". */
    private static double[] parse(String text) {
        String[] parts = text.split(",", -1);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        EPSILON + " must be a number or comma-separated numbers, was '" + text + "'");
            }
        }
        return out;
    }
}
