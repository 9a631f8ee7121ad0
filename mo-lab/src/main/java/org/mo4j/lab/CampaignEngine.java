package org.mo4j.lab;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * An engine that runs a campaign elsewhere than {@link LocalEngine}'s thread pool, found by name
 * through {@link ServiceLoader} so that nothing depends on its module (mo-lab-spark's {@code spark}
 * is the one mo4j has; the launcher puts it on the class path only for {@code --engine spark}).
 * An engine runs each run without a record as {@link CampaignRun#execute} and stores its record in
 * the same {@link RunStore} format, so results, reruns and reports do not depend on the engine.
 *
 * <p>Implementations need a public no-argument constructor and a
 * {@code META-INF/services/org.mo4j.lab.CampaignEngine} line.
 */
public interface CampaignEngine {

    /** The name for {@code --engine}, lower case. */
    String name();

    /**
     * Runs every run of the store's campaign that has no record.
     *
     * @param options engine settings by name (e.g. {@code master} for Spark)
     * @throws IllegalArgumentException if an option is unknown or invalid
     */
    CampaignOutcome run(RunStore store, CampaignListener listener, Map<String, String> options);

    /**
     * The engine named {@code name} on the class path.
     *
     * @throws IllegalArgumentException if there is none (the message lists those found)
     */
    static CampaignEngine named(String name) {
        List<CampaignEngine> found = ServiceLoader.load(CampaignEngine.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        for (CampaignEngine e : found) {
            if (e.name().equalsIgnoreCase(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no campaign engine '" + name + "' on the class path (found: local"
                + String.join("", found.stream().map(e -> ", " + e.name()).toList())
                + "); for spark, run through ./mo4j, which adds mo-lab-spark for --engine spark");
    }
}
