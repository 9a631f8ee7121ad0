/**
 * Implementation helpers shared by several suite packages of {@code org.mo4j.problems}: the
 * sampling of analytic Pareto fronts ({@link org.mo4j.problems.internal.Fronts}) and the DTLZ
 * formulas that the DTLZ and C-DTLZ problems share ({@link org.mo4j.problems.internal.Dtlz}).
 *
 * <p>Not part of the API: the classes are public only so that the suite packages can reach them,
 * the package is not exported from the module, and it may change without notice.
 */
package org.mo4j.problems.internal;
