package org.mo4j.morl;

import java.util.List;
import org.mo4j.algorithms.internal.Providers;
import org.mo4j.core.internal.Arguments;

/**
 * The registry of multi-objective RL algorithms: every {@link MorlAlgorithmProvider} that
 * {@link java.util.ServiceLoader} finds, by name (ignoring case, '-' and '_'). O(providers) per call.
 */
public final class MorlAlgorithms {

    private MorlAlgorithms() {}

    /** Every provider, sorted by name. */
    public static List<MorlAlgorithmProvider> providers() {
        return Providers.load(MorlAlgorithmProvider.class, MorlAlgorithmProvider::name, "MORL algorithm");
    }

    /** The registered names, sorted. */
    public static List<String> names() {
        return providers().stream().map(MorlAlgorithmProvider::name).toList();
    }

    /**
     * The provider named {@code name}.
     *
     * @throws IllegalArgumentException if there is none; the message lists the names
     */
    public static MorlAlgorithmProvider provider(String name) {
        Arguments.notNull("name", name);
        return Providers.find(providers(), MorlAlgorithmProvider::name, name, "MORL algorithm");
    }
}
