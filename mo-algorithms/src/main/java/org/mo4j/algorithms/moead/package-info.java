/**
 * Decomposition-based algorithms: MOEA/D (Zhang &amp; Li 2007) with Tchebycheff or PBI aggregation
 * and MOEA/D-DE (Li &amp; Zhang 2009), on one steady-state subproblem loop.
 */
package org.mo4j.algorithms.moead;
