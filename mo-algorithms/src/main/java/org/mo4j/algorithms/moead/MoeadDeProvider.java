package org.mo4j.algorithms.moead;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.Observer;
import org.mo4j.algorithms.operators.DifferentialEvolution;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.algorithms.registry.Parameter;
import org.mo4j.core.problem.Problem;

/**
 * Registers {@link MoeadDe} as {@code moead-de}: population, seed and polynomial mutation by name
 * (no SBX settings: the variation is differential evolution), plus {@code neighbourhood},
 * {@code aggregation}, {@code theta}, {@code delta} (δ), {@code replacements} (n_r), {@code de.cr}
 * and {@code de.f}. The profile {@code lz09} is the paper's two-objective LZ09 setting (N = 300;
 * the other defaults are the paper's).
 */
public final class MoeadDeProvider implements AlgorithmProvider {

    /** The neighbourhood-mating probability δ setting. */
    public static final String DELTA = "delta";
    /** The maximum-replacements n_r setting. */
    public static final String REPLACEMENTS = "replacements";
    /** DE's crossover rate setting. */
    public static final String DE_CR = "de.cr";
    /** DE's scaling factor setting. */
    public static final String DE_F = "de.f";

    private static final List<Parameter> PARAMETERS;

    static {
        List<Parameter> p = new ArrayList<>();
        for (Parameter q : AlgorithmBuilder.parameters(
                (long) MoeadDe.DEFAULT_POPULATION_SIZE,
                "number of subproblems N (the paper's LZ09 setting is 300 for 2 objectives)",
                MoeadDe.DEFAULT_SEED,
                1.0,
                20,
                20)) {
            if (!q.name().startsWith("crossover.")) {
                p.add(q);
            }
        }
        p.addAll(MoeadProvider.decompositionParameters(MoeadDe.DEFAULT_NEIGHBOURHOOD_SIZE));
        p.add(Parameter.real(
                DELTA,
                MoeadDe.DEFAULT_NEIGHBOURHOOD_PROBABILITY,
                0,
                1,
                "probability delta of mating and replacing within the neighbourhood"));
        p.add(Parameter.integer(
                REPLACEMENTS,
                (long) MoeadDe.DEFAULT_MAX_REPLACEMENTS,
                1,
                Integer.MAX_VALUE,
                "most members n_r one child replaces"));
        p.add(Parameter.real(DE_CR, MoeadDe.DEFAULT_CR, 0, 1, "differential evolution crossover rate CR"));
        p.add(Parameter.real(DE_F, MoeadDe.DEFAULT_F, 0, Double.MAX_VALUE, "differential evolution scaling factor F"));
        PARAMETERS = List.copyOf(p);
    }

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public MoeadDeProvider() {}

    @Override
    public String name() {
        return "moead-de";
    }

    @Override
    public String title() {
        return "MOEA/D-DE";
    }

    @Override
    public String description() {
        return "MOEA/D with DE/rand/1, neighbourhood mating with probability delta and at most n_r "
                + "replacements (Li & Zhang 2009, IEEE TEC 13(2))";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Map<String, Map<String, String>> profiles() {
        return Map.of("lz09", Map.of(AlgorithmBuilder.POPULATION, "300"));
    }

    @Override
    public MoeadDe create(Problem problem, Configuration configuration, Executor executor, Observer observer) {
        return MoeadDe.builder(problem)
                .neighbourhoodSize(configuration.intValue(MoeadProvider.NEIGHBOURHOOD))
                .aggregation(Aggregation.parse(configuration.text(MoeadProvider.AGGREGATION)))
                .pbiPenalty(configuration.real(MoeadProvider.THETA))
                .neighbourhoodProbability(configuration.real(DELTA))
                .maxReplacements(configuration.intValue(REPLACEMENTS))
                .differentialEvolution(new DifferentialEvolution(configuration.real(DE_CR), configuration.real(DE_F)))
                .configure(configuration, executor, observer)
                .build();
    }
}
