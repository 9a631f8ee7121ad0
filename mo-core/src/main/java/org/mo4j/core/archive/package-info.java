/**
 * Archives of mutually non-dominated objective vectors (minimisation).
 * {@link org.mo4j.core.archive.ParetoArchive} is the unbounded archive (Laumanns, Thiele, Deb,
 * Zitzler 2002, "Combining convergence and diversity in evolutionary multiobjective
 * optimization", Evolutionary Computation 10(3):263-282, with epsilon = 0) on an ND-tree
 * (Jaszkiewicz, Lust 2018, "ND-tree-based update: a fast algorithm for the dynamic nondominance
 * problem", IEEE TEC 22(5):778-791). The bounded archives keep a fixed number of members by
 * crowding distance ({@link org.mo4j.core.archive.CrowdingDistanceArchive}) or exclusive
 * hypervolume contribution ({@link org.mo4j.core.archive.HypervolumeArchive}), or bound their
 * size by an ε-grid ({@link org.mo4j.core.archive.EpsilonGridArchive}).
 */
package org.mo4j.core.archive;
