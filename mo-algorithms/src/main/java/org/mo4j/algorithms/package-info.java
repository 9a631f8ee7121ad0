/**
 * Evolutionary multi-objective algorithms (NSGA-II, NSGA-III, SMS-EMOA), test problem suites and
 * constrained multi-objective reinforcement learning. Built on {@code mo-core}; see the project
 * README for the roadmap.
 */
package org.mo4j.algorithms;
