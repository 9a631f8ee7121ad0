package org.mo4j.morl;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.algorithms.registry.Parameter;

/**
 * A registered multi-objective RL algorithm, found by {@link MorlAlgorithms} through
 * {@link java.util.ServiceLoader} as {@link org.mo4j.algorithms.registry.AlgorithmProvider}s are:
 * a name, a one-line description, settings with defaults (a null default is derived from the
 * environment, as the description says) and a factory on a registered environment.
 */
public interface MorlAlgorithmProvider {

    /** The registry name (lower case, digits and '-'). */
    String name();

    /** The name for people and reports. */
    default String title() {
        return name();
    }

    /** One line: what it does and its paper. */
    String description();

    /** The settings it accepts, in the order to show them. */
    List<Parameter> parameters();

    /**
     * The run on the registered environment {@code environment}.
     *
     * @param executor where parallel policies train, or null; results must not depend on it
     * @param progress called after each stage or round, or null
     * @throws IllegalArgumentException if the environment is unknown or a setting does not fit it
     */
    MorlAlgorithm create(
            String environment,
            Configuration configuration,
            Executor executor,
            Consumer<MorlResult.Checkpoint> progress);

    /** The validated configuration of {@code settings} over the defaults. */
    default Configuration configure(Map<String, String> settings) {
        return Configuration.of(parameters(), settings);
    }
}
