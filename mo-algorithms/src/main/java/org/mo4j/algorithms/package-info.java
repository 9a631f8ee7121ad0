/**
 * Evolutionary multi-objective algorithms and their shared types.
 *
 * <p>Every algorithm ({@link org.mo4j.algorithms.nsga2.Nsga2}, {@link org.mo4j.algorithms.nsga3.Nsga3},
 * {@link org.mo4j.algorithms.smsemoa.SmsEmoa}) has a one-line default ({@code new Nsga2(problem)
 * .run(25_000)}) and a builder, runs until a {@link org.mo4j.algorithms.Termination}, reports each
 * generation to an optional {@link org.mo4j.algorithms.Observer} and returns a
 * {@link org.mo4j.algorithms.Result}. Runs are reproducible: a seed fixes every random draw, all of
 * which happen on the calling thread, while evaluations may run on an executor without changing the
 * result. A failing evaluation ends the run with a {@link org.mo4j.algorithms.RunFailedException}
 * that keeps the last complete generation.
 */
package org.mo4j.algorithms;
