package org.mo4j.morl.env;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the MORL environments by name, each with the time limit MO-Gymnasium registers for it,
 * and gives each one's {@link EnvironmentSpec}. Names are case-insensitive, surrounding blanks
 * ignored:
 *
 * <table>
 * <caption>Registered environments</caption>
 * <tr><th>name</th><th>environment</th><th>time limit</th><th>HV reference point</th></tr>
 * <tr><td>{@code dst}</td><td>{@link DeepSeaTreasure} (convex)</td><td>100</td><td>(0, −25)</td></tr>
 * <tr><td>{@code dst-concave}</td><td>{@link DeepSeaTreasure} (concave)</td><td>100</td><td>(0, −25)</td></tr>
 * <tr><td>{@code fruit-tree}, {@code fruit-tree:5|6|7}</td><td>{@link FruitTree} (depth 6 by
 * default)</td><td>none (episodes last d steps)</td><td>(−1)^6</td></tr>
 * <tr><td>{@code resource-gathering}</td><td>{@link ResourceGathering}</td><td>100</td><td>(−1, −1, −1)</td></tr>
 * <tr><td>{@code minecart}</td><td>{@link Minecart}</td><td>1000</td><td>(−1, −1, −200)</td></tr>
 * <tr><td>{@code mo-mountaincar-continuous}</td><td>{@link MountainCarContinuous}</td><td>999</td>
 * <td>(−100, −100)</td></tr>
 * </table>
 *
 * <p>Sources of the specs. Fruit Tree and Minecart: C-MORL's scripts (reference points
 * (−1)^6 and (−1, −1, −200), evaluation γ 0.99 and 0.98, EU grid δ 0.5, 10 episodes, evaluation
 * episodes capped at 500 steps); depths 5 and 7 take depth 6's values. The others are not run by
 * C-MORL: DST's (0, −25) is a customary choice (every undiscounted front point, time ≥ −19,
 * dominates it; its HV is 401.8); Resource Gathering's (−1, −1, −1) is the enemy objective's
 * lower bound (death costs −1 at most once) and one unit below gold's and gem's lower bound 0, so
 * that front points without gold or without gem still count (neither MO-Gymnasium nor C-MORL fixes
 * one); the mountain car's (−100, −100) lies below any return at γ = 0.99 with actions in
 * [−1, 1] (each component is at least −Σγ^t &gt; −100). 2-objective environments use δ = 0.01 (C-MORL's
 * value for its 2-objective tasks), Resource Gathering δ = 0.1 (its value for 3-objective MuJoCo
 * tasks; 0.5 would leave 6 weights). DST and Resource Gathering keep their 100-step limit for
 * evaluation; the others use C-MORL's 500.
 */
public final class Environments {

    private record Entry(Supplier<MultiObjectiveEnv> factory, EnvironmentSpec spec) {}

    private static final Map<String, Entry> REGISTRY = registry();

    private Environments() {}

    private static Map<String, Entry> registry() {
        Map<String, Entry> r = new LinkedHashMap<>();
        double[] dstRef = {0, -25};
        r.put(
                "dst",
                new Entry(
                        () -> new TimeLimit(new DeepSeaTreasure(DeepSeaTreasure.SeaMap.CONVEX), 100),
                        new EnvironmentSpec("dst", 2, dstRef, 0.99, 10, 0.01, 100, 100)));
        r.put(
                "dst-concave",
                new Entry(
                        () -> new TimeLimit(new DeepSeaTreasure(DeepSeaTreasure.SeaMap.CONCAVE), 100),
                        new EnvironmentSpec("dst-concave", 2, dstRef, 0.99, 10, 0.01, 100, 100)));
        double[] fruitRef = {-1, -1, -1, -1, -1, -1};
        for (String name : new String[] {"fruit-tree", "fruit-tree:5", "fruit-tree:6", "fruit-tree:7"}) {
            int depth = name.endsWith(":5") ? 5 : name.endsWith(":7") ? 7 : 6;
            // Fruit Tree is registered without a time limit; every episode lasts exactly depth steps.
            r.put(
                    name,
                    new Entry(
                            () -> new FruitTree(depth),
                            new EnvironmentSpec(name, 6, fruitRef, 0.99, 10, 0.5, depth, 500)));
        }
        r.put(
                "resource-gathering",
                new Entry(
                        () -> new TimeLimit(new ResourceGathering(), 100),
                        new EnvironmentSpec(
                                "resource-gathering", 3, new double[] {-1, -1, -1}, 0.99, 10, 0.1, 100, 100)));
        r.put(
                "minecart",
                new Entry(
                        () -> new TimeLimit(new Minecart(), 1000),
                        new EnvironmentSpec("minecart", 3, new double[] {-1, -1, -200}, 0.98, 10, 0.5, 1000, 500)));
        r.put(
                "mo-mountaincar-continuous",
                new Entry(
                        () -> new TimeLimit(new MountainCarContinuous(), 999),
                        new EnvironmentSpec(
                                "mo-mountaincar-continuous", 2, new double[] {-100, -100}, 0.99, 10, 0.01, 999, 500)));
        return Collections.unmodifiableMap(r);
    }

    /**
     * A fresh environment with its default time limit.
     *
     * @param name a registered name (see the class comment)
     * @throws IllegalArgumentException for an unknown name, listing the valid ones
     */
    public static MultiObjectiveEnv create(String name) {
        return entry(name).factory().get();
    }

    /**
     * The experiment settings of a registered environment.
     *
     * @param name a registered name
     * @throws IllegalArgumentException for an unknown name, listing the valid ones
     */
    public static EnvironmentSpec spec(String name) {
        return entry(name).spec();
    }

    /**
     * Fresh copies of the registered environment {@code name} under its evaluation time limit
     * ({@link EnvironmentSpec#evaluationTimeLimit()}): what the MORL algorithms train and evaluate on.
     *
     * @throws IllegalArgumentException if the name is unknown
     */
    public static Supplier<MultiObjectiveEnv> evaluationLimited(String name) {
        int limit = spec(name).evaluationTimeLimit();
        return () -> new TimeLimit(create(name), limit);
    }

    /** The registered names, in registry order. */
    public static List<String> names() {
        return List.copyOf(REGISTRY.keySet());
    }

    private static Entry entry(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null; valid names: " + String.join(", ", names()));
        }
        Entry e = REGISTRY.get(name.strip().toLowerCase(Locale.ROOT));
        if (e == null) {
            List<String> valid = new ArrayList<>(REGISTRY.keySet());
            throw new IllegalArgumentException(
                    "unknown environment '" + name + "'; valid names: " + String.join(", ", valid));
        }
        return e;
    }
}
