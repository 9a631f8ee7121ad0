package org.mo4j.algorithms.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * What mo4j's registries share ({@link org.mo4j.algorithms.registry.Algorithms},
 * {@link org.mo4j.morl.MorlAlgorithms}): loading providers of a service with
 * {@link ServiceLoader} (the thread's context class loader, else the service's own), rejecting two
 * providers of one name, sorting by name, and matching names ignoring case, '-' and '_'.
 * O(providers) per call.
 */
public final class Providers {

    private Providers() {}

    /**
     * Every provider of {@code service}, sorted by name.
     *
     * @param kind words for messages, e.g. "algorithm"
     * @throws IllegalStateException if two different providers share a name
     */
    public static <P> List<P> load(Class<P> service, Function<P, String> name, String kind) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ServiceLoader<P> sl = ServiceLoader.load(service, loader == null ? service.getClassLoader() : loader);
        List<P> out = new ArrayList<>();
        Map<String, P> seen = new HashMap<>();
        for (P p : sl) {
            P before = seen.put(key(name.apply(p)), p);
            if (before != null) {
                if (before.getClass() == p.getClass()) {
                    continue; // the same provider seen twice (module and class path)
                }
                throw new IllegalStateException("two " + kind + " providers are named '" + name.apply(p) + "': "
                        + before.getClass().getName() + " and " + p.getClass().getName());
            }
            out.add(p);
        }
        out.sort(Comparator.comparing(name));
        return List.copyOf(out);
    }

    /**
     * The provider among {@code all} named {@code wanted} (ignoring case, '-' and '_').
     *
     * @throws IllegalArgumentException if there is none: "unknown KIND 'x' (choose a, b or c)"
     */
    public static <P> P find(List<P> all, Function<P, String> name, String wanted, String kind) {
        for (P p : all) {
            if (key(name.apply(p)).equals(key(wanted))) {
                return p;
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            if (i > 0) {
                b.append(i == all.size() - 1 ? " or " : ", ");
            }
            b.append(name.apply(all.get(i)));
        }
        throw new IllegalArgumentException(
                "unknown " + kind + " '" + wanted + "' (choose " + (b.length() == 0 ? "none registered" : b) + ")");
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }
}
