/**
 * Surrogate-assisted multi-objective optimisation: MAP (quadratic surrogates and amortised Pareto
 * fronts), Gaussian processes and SVH-PSL. Built on {@code mo-core} and {@code mo-algorithms}.
 */
package org.mo4j.surrogates;
