package org.mo4j.lab;

import java.nio.file.Path;

/**
 * The identity of one run of a campaign, which alone determines its result (each run is
 * single-threaded and seeded): an algorithm label, a problem spec and a seed.
 *
 * @param algorithm the {@link AlgorithmSetup#label()}
 * @param problem   the problem spec as the campaign gives it (e.g. {@code dtlz2:3})
 * @param seed      the seed
 */
public record RunId(String algorithm, String problem, long seed) {

    /** Validates the parts. @throws IllegalArgumentException naming a null part */
    public RunId {
        if (algorithm == null || problem == null) {
            throw new IllegalArgumentException("algorithm and problem must not be null");
        }
    }

    /**
     * Where the record lives under a store's {@code runs} folder:
     * {@code LABEL/PROBLEM/seed-S.yaml}, with the problem's ':' written as '_'.
     */
    public Path relativePath() {
        return Path.of(algorithm, problem.replace(':', '_'), "seed-" + seed + ".yaml");
    }

    @Override
    public String toString() {
        return algorithm + " on " + problem + ", seed " + seed;
    }
}
