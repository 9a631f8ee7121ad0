package org.mo4j.lab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Algorithms;
import org.mo4j.algorithms.registry.Configuration;

/**
 * One algorithm of a campaign: a registered algorithm ({@link Algorithms}) with settings, under a
 * label that names it in records, tables and plots (the same algorithm may appear twice with
 * different settings under two labels). The seed is not a setting here: the campaign sets it per
 * run.
 *
 * @param label     the name in results: letters, digits, '-', '_', '.'; unique in a campaign
 * @param algorithm the registry name
 * @param settings  setting name to value as text, over the algorithm's defaults (unmodifiable,
 *                  in the given order)
 */
public record AlgorithmSetup(String label, String algorithm, Map<String, String> settings) {

    /**
     * Validates the label, the name (through the registry) and the settings.
     *
     * @throws IllegalArgumentException naming the bad label, algorithm or setting
     */
    public AlgorithmSetup {
        if (label == null || !label.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException(
                    "label must be letters, digits, '.', '_' or '-' (a file name), was '" + label + "'");
        }
        if (algorithm == null) {
            throw new IllegalArgumentException("algorithm must not be null");
        }
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings == null ? Map.of() : settings));
        if (settings.containsKey("seed")) {
            throw new IllegalArgumentException(
                    "settings of " + label + ": 'seed' is set per run from the campaign's seeds");
        }
        configure(label, algorithm, settings, 0);
    }

    /** The algorithm {@code name} with its defaults, labelled by its registry name. */
    public static AlgorithmSetup of(String name) {
        return new AlgorithmSetup(Algorithms.provider(name).name(), name, Map.of());
    }

    /** The registered provider. */
    public AlgorithmProvider provider() {
        return Algorithms.provider(algorithm);
    }

    /**
     * The validated configuration for one run: the settings and, when the algorithm has a
     * {@code seed} setting, {@code seed}.
     *
     * @throws IllegalArgumentException if a setting is unknown or invalid (the message names it)
     */
    public Configuration configure(long seed) {
        return configure(label, algorithm, settings, seed);
    }

    private static Configuration configure(String label, String algorithm, Map<String, String> settings, long seed) {
        AlgorithmProvider p = Algorithms.provider(algorithm);
        Map<String, String> all = new LinkedHashMap<>(settings);
        if (p.configure(Map.of()).accepts("seed")) {
            all.put("seed", Long.toString(seed));
        }
        try {
            return p.configure(all);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("settings of " + label + ": " + e.getMessage(), e);
        }
    }
}
