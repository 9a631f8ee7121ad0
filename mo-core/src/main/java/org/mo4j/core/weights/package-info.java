/**
 * Weight vectors on the unit simplex (Das &amp; Dennis lattices, NSGA-III's two layers, C-MORL's
 * evaluation grid, pymoo's Riesz s-energy directions for any number of points), shared by decomposition-based algorithms and utility-based indicators.
 */
package org.mo4j.core.weights;
