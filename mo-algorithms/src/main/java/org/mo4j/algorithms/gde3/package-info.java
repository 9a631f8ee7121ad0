/** GDE3 (Kukkonen &amp; Lampinen 2005): differential evolution with Pareto selection and crowding reduction. */
package org.mo4j.algorithms.gde3;
