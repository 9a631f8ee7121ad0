/** SPEA2 (Zitzler, Laumanns, Thiele 2001), strength Pareto fitness with archive truncation. */
package org.mo4j.algorithms.spea2;
