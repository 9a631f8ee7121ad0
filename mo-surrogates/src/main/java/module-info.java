/**
 * mo4j's surrogate-assisted optimisation: MAP (quadratic surrogates, Bayesian and Nested MAP) with
 * its sampling and a CPU model-merging workload, exact Gaussian-process regression, and SVH-PSL's
 * Stein-variational building blocks and loop (registered as {@code svh-psl}).
 */
module org.mo4j.surrogates {
    requires transitive org.mo4j.algorithms;
    // Levenberg-Marquardt; commons-math3 3.6.1 has no module name, so its jar name gives one.
    requires commons.math3;
    // Cholesky and triangular solves for org.mo4j.surrogates.gp; EJML's jars have no module name, so
    // these are derived from the jar files. The gp API uses only double[], so not transitive.
    requires ejml.core;
    requires ejml.ddense;

    exports org.mo4j.surrogates.gp;
    exports org.mo4j.surrogates.map;
    exports org.mo4j.surrogates.merging;
    exports org.mo4j.surrogates.psl;
    exports org.mo4j.surrogates.quadratic;
    exports org.mo4j.surrogates.sampling;

    provides org.mo4j.algorithms.registry.AlgorithmProvider with
            org.mo4j.surrogates.psl.SvhPslProvider,
            org.mo4j.surrogates.psl.PslMoboProvider;
}
