/**
 * Models of a Pareto set that answer preferences:
 * {@link org.mo4j.algorithms.pareto.ParetoSetModel}, the common contract of MAP's amortised front,
 * Pareto-set learning hypernetworks (SVH-PSL) and policy archives (C-MORL).
 */
package org.mo4j.algorithms.pareto;
