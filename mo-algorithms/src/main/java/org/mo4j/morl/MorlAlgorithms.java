package org.mo4j.morl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.mo4j.core.internal.Arguments;

/**
 * The registry of multi-objective RL algorithms: every {@link MorlAlgorithmProvider} that
 * {@link ServiceLoader} finds, by name (ignoring case, '-' and '_'). O(providers) per call.
 */
public final class MorlAlgorithms {

    private MorlAlgorithms() {}

    /** Every provider, sorted by name. */
    public static List<MorlAlgorithmProvider> providers() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ServiceLoader<MorlAlgorithmProvider> sl = ServiceLoader.load(
                MorlAlgorithmProvider.class, loader == null ? MorlAlgorithms.class.getClassLoader() : loader);
        List<MorlAlgorithmProvider> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (MorlAlgorithmProvider p : sl) {
            if (seen.contains(key(p.name()))) {
                throw new IllegalStateException("two MORL algorithm providers are named '" + p.name() + "'");
            }
            seen.add(key(p.name()));
            out.add(p);
        }
        out.sort(Comparator.comparing(MorlAlgorithmProvider::name));
        return List.copyOf(out);
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
        for (MorlAlgorithmProvider p : providers()) {
            if (key(p.name()).equals(key(name))) {
                return p;
            }
        }
        throw new IllegalArgumentException(
                "unknown MORL algorithm '" + name + "' (choose " + String.join(" or ", names()) + ")");
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }
}
