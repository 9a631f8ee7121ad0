/**
 * mo4j's kernels: Pareto dominance, non-dominated sorting, exact hypervolume and contributions,
 * archives, quality indicators, weight vectors, front text I/O and the {@code Problem} contract.
 * No dependency beyond {@code java.base}.
 */
module org.mo4j.core {
    exports org.mo4j.core.archive;
    exports org.mo4j.core.dominance;
    exports org.mo4j.core.hypervolume;
    exports org.mo4j.core.indicators;
    exports org.mo4j.core.io;
    exports org.mo4j.core.problem;
    exports org.mo4j.core.sorting;
    exports org.mo4j.core.weights;
    // Helpers shared by mo4j's modules (argument checks, the packed-key radix sort): not API.
    exports org.mo4j.core.internal to
            org.mo4j.algorithms,
            org.mo4j.surrogates,
            org.mo4j.cli;
}
