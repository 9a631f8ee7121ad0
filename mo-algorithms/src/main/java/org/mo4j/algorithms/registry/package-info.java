/**
 * The algorithm registry: {@link org.mo4j.algorithms.registry.AlgorithmProvider}s found by
 * {@link java.util.ServiceLoader}, their {@link org.mo4j.algorithms.registry.Parameter settings}
 * with defaults and validation, and {@link org.mo4j.algorithms.registry.Algorithms} to look them up
 * and build algorithms by name. The command line, the notebooks and campaigns know algorithms only
 * through it.
 */
package org.mo4j.algorithms.registry;
