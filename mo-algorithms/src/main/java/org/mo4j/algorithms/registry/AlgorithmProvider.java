package org.mo4j.algorithms.registry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.mo4j.algorithms.Algorithm;
import org.mo4j.algorithms.Observer;
import org.mo4j.core.problem.Problem;

/**
 * A registered algorithm: its name, a one-line description, the settings it accepts with their
 * defaults, and a factory. Found by {@link Algorithms} through {@link java.util.ServiceLoader}, so
 * the command line, notebooks and campaigns know an algorithm only through its provider, and a jar
 * that declares one (a {@code provides} clause in its module descriptor, or a
 * {@code META-INF/services/org.mo4j.algorithms.registry.AlgorithmProvider} line on the class path)
 * is usable by name with no change to mo4j.
 *
 * <p>Implementations must have a public no-argument constructor (or a static {@code provider()}
 * method on the module path) and be stateless.
 */
public interface AlgorithmProvider {

    /**
     * The registry name: lower-case letters, digits and '-', unique among providers
     * (e.g. {@code nsga2}). Lookups ignore case, '-' and '_'.
     */
    String name();

    /** The name for people and reports, e.g. {@code NSGA-II}; the registry name by default. */
    default String title() {
        return name();
    }

    /** One line: what the algorithm does and its paper. */
    String description();

    /** The settings it accepts, in the order to show them. */
    List<Parameter> parameters();

    /**
     * Named sets of settings (name to value as text) that reproduce a published configuration,
     * e.g. {@code code} for the authors' script defaults and {@code paper} for the settings behind
     * the paper's figures; the command line's {@code --profile} applies one under the explicit
     * settings. None by default.
     *
     * @return profile name to settings; unmodifiable
     */
    default Map<String, Map<String, String>> profiles() {
        return Map.of();
    }

    /**
     * The algorithm for {@code problem} with {@code configuration}.
     *
     * @param configuration settings of {@link #parameters()}, validated by {@link #configure}
     * @param executor      where to evaluate batches, or null for the calling thread; results must
     *                      not depend on it
     * @param observer      called once per generation, or null
     * @throws IllegalArgumentException if the settings do not fit the problem (e.g. an odd population
     *                                  where the algorithm needs an even one)
     */
    Algorithm create(Problem problem, Configuration configuration, Executor executor, Observer observer);

    /**
     * The validated configuration of {@code settings} (name to value as text) over the defaults.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    default Configuration configure(Map<String, String> settings) {
        return Configuration.of(parameters(), settings);
    }
}
