package org.mo4j.surrogates.psl;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.mo4j.algorithms.Observer;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.algorithms.registry.Parameter;
import org.mo4j.core.problem.Problem;

/** Registers {@link PslMobo} as {@code psl-mobo}, with SVH-PSL's {@code run_psl_mobo.py} settings as defaults. */
public final class PslMoboProvider implements AlgorithmProvider {

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.integer("seed", PslMobo.DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE, "random seed"),
            Parameter.integer(
                    "initial",
                    (long) PslMobo.DEFAULT_INITIAL_POINTS,
                    2,
                    Integer.MAX_VALUE,
                    "Latin-hypercube design size"),
            Parameter.integer(
                    "batch", (long) PslMobo.DEFAULT_BATCH_SIZE, 1, Integer.MAX_VALUE, "evaluations per iteration"),
            Parameter.integer(
                    "steps", (long) PslMobo.DEFAULT_STEPS, 1, Integer.MAX_VALUE, "hypernetwork steps per iteration"),
            Parameter.integer("particles", (long) PslMobo.DEFAULT_PARTICLES, 1, 10_000, "preferences K per step"),
            Parameter.real("kappa", PslMobo.DEFAULT_KAPPA, 0, Double.MAX_VALUE, "LCB coefficient (on the std)"),
            Parameter.integer(
                    "candidates",
                    (long) PslMobo.DEFAULT_CANDIDATES,
                    1,
                    Integer.MAX_VALUE,
                    "batch-selection candidates"),
            Parameter.integer(
                    "local-search",
                    (long) PslMobo.DEFAULT_LOCAL_SEARCH,
                    0,
                    1_000,
                    "Tchebycheff local-search steps on the candidates"));

    /** The provider the registry instantiates. */
    public PslMoboProvider() {}

    @Override
    public String name() {
        return "psl-mobo";
    }

    @Override
    public String title() {
        return "PSL-MOBO";
    }

    @Override
    public String description() {
        return "Pareto set learning for expensive MOO, GP-based (Lin et al., NeurIPS 2022)";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    /**
     * {@code code}: SVH-PSL's {@code run_psl_mobo.py} (the defaults); {@code original}: the PSL-MOBO
     * repository's {@code run.py} (Xi-L/PSL-MOBO: 10 initial points, one local-search step).
     */
    @Override
    public Map<String, Map<String, String>> profiles() {
        return Map.of("code", Map.of(), "original", Map.of("initial", "10", "local-search", "1"));
    }

    @Override
    public PslMobo create(Problem problem, Configuration configuration, Executor executor, Observer observer) {
        return PslMobo.builder(problem)
                .seed(configuration.integer("seed"))
                .initialPoints(configuration.intValue("initial"))
                .batchSize(configuration.intValue("batch"))
                .steps(configuration.intValue("steps"))
                .particles(configuration.intValue("particles"))
                .kappa(configuration.real("kappa"))
                .candidates(configuration.intValue("candidates"))
                .localSearch(configuration.intValue("local-search"))
                .executor(executor)
                .observer(observer)
                .build();
    }
}
