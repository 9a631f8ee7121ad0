/**
 * A real, CPU-sized model-merging workload for MAP: small softmax-regression models trained from a
 * shared "pretrained" initialisation on related synthetic classification tasks, task arithmetic
 * (θ(c) = θ_pre + Σ c_i τ_i) and the per-task accuracy or loss of a merged model as the expensive
 * metric ({@link org.mo4j.surrogates.merging.MergingBenchmark}), plus the dense grid-search front
 * MAP is compared with ({@link org.mo4j.surrogates.merging.GridSearch}).
 */
package org.mo4j.surrogates.merging;
