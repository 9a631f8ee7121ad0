/**
 * Archives of mutually non-dominated objective vectors (minimisation).
 * {@link org.mo4j.core.archive.ParetoArchive} is the unbounded archive (Laumanns, Thiele, Deb,
 * Zitzler 2002, "Combining convergence and diversity in evolutionary multiobjective
 * optimization", Evolutionary Computation 10(3):263-282, with epsilon = 0), kept as a flat list
 * for now; an ND-tree (Jaszkiewicz, Lust 2018, "ND-tree-based update: a fast algorithm for the
 * dynamic nondominance problem", IEEE TEC 22(5):778-791) is planned.
 */
package org.mo4j.core.archive;
