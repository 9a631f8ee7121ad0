package org.mo4j.algorithms.registry;

import java.util.List;
import java.util.Map;
import org.mo4j.algorithms.Algorithm;
import org.mo4j.algorithms.internal.Providers;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.Problem;

/**
 * The algorithm registry: every {@link AlgorithmProvider} that {@link java.util.ServiceLoader} finds (mo4j's
 * own and any on the class or module path), by name.
 *
 * <pre>{@code
 * Algorithm a = Algorithms.create("nsga2", problem, Map.of("population", "200", "seed", "7"));
 * Result r = a.run(25_000);
 * }</pre>
 *
 * <p>Providers are loaded on each call with the thread's context class loader (or this class's
 * when there is none), O(providers); names are matched ignoring case, '-' and '_'.
 */
public final class Algorithms {

    private Algorithms() {}

    /**
     * Every provider, sorted by name.
     *
     * @throws IllegalStateException if two providers share a name
     */
    public static List<AlgorithmProvider> providers() {
        return Providers.load(AlgorithmProvider.class, AlgorithmProvider::name, "algorithm");
    }

    /** The registered names, sorted. */
    public static List<String> names() {
        return providers().stream().map(AlgorithmProvider::name).toList();
    }

    /**
     * The provider named {@code name} (ignoring case, '-' and '_').
     *
     * @throws IllegalArgumentException if there is none; the message lists the names
     */
    public static AlgorithmProvider provider(String name) {
        Arguments.notNull("name", name);
        return Providers.find(providers(), AlgorithmProvider::name, name, "algorithm");
    }

    /**
     * The algorithm {@code name} for {@code problem} with its defaults.
     *
     * @throws IllegalArgumentException if the name is unknown or the problem is null
     */
    public static Algorithm create(String name, Problem problem) {
        return create(name, problem, Map.of());
    }

    /**
     * The algorithm {@code name} for {@code problem} with {@code settings} (name to value as text)
     * over its defaults; evaluations on the calling thread, no observer.
     *
     * @throws IllegalArgumentException if the name or a setting is unknown, a value is invalid, or
     *                                  the problem is null
     */
    public static Algorithm create(String name, Problem problem, Map<String, String> settings) {
        Arguments.notNull("problem", problem);
        AlgorithmProvider p = provider(name);
        return p.create(problem, p.configure(settings), null, null);
    }
}
