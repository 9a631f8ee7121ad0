/**
 * mo4j's surrogate-assisted optimisation: MAP (quadratic surrogates, Bayesian and Nested MAP) with
 * its sampling and a CPU model-merging workload, and the Pareto-set model contract.
 */
module org.mo4j.surrogates {
    requires transitive org.mo4j.algorithms;
    // Levenberg-Marquardt; commons-math3 3.6.1 has no module name, so its jar name gives one.
    requires commons.math3;

    exports org.mo4j.surrogates.map;
    exports org.mo4j.surrogates.merging;
    exports org.mo4j.surrogates.psl;
    exports org.mo4j.surrogates.quadratic;
    exports org.mo4j.surrogates.sampling;
}
