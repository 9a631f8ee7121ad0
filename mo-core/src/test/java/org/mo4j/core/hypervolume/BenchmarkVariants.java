package org.mo4j.core.hypervolume;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToDoubleBiFunction;

/**
 * The package-private hypervolume variants by name, for mo-benchmarks' JMH runs against moocore
 * (which reach them through mo-core's test-jar): the evidence for keeping one variant in the main
 * sources is measured in the same run as the peer.
 */
public final class BenchmarkVariants {

    private static final Map<String, ToDoubleBiFunction<double[][], double[]>> VOLUMES = Map.of(
            "hv3dRankSetDd", Hv3dVariants::rankSet,
            "hv3dPlus", Hv3dPlus::volume,
            "hv4dPlus", Hv4dPlus::volume);

    private static final Map<String, BiFunction<double[][], double[], double[]>> CONTRIBUTIONS = Map.of(
            "hvc4dLimitSets",
            Hvc4dLimitSets::contributions,
            "hvc4d",
            Hvc4d::contributions,
            "hvc4dLinks",
            Hvc4dLinks::contributions);

    private BenchmarkVariants() {}

    /** The contributions variant named {@code name}, or null. */
    public static BiFunction<double[][], double[], double[]> contributions(String name) {
        return CONTRIBUTIONS.get(name);
    }

    /** The variant named {@code name}, or null. */
    public static ToDoubleBiFunction<double[][], double[]> volume(String name) {
        return VOLUMES.get(name);
    }
}
