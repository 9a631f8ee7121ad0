package org.mo4j.morl;

/** A configured multi-objective RL run on one environment; each {@link #run()} starts afresh from its seed. */
@FunctionalInterface
public interface MorlAlgorithm {

    /** Trains and returns the archive of policies with its metrics. */
    MorlResult run();
}
