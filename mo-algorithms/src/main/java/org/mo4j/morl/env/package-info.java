/**
 * Multi-objective reinforcement-learning environments with the dynamics of their MO-Gymnasium
 * originals (Farama-Foundation/MO-Gymnasium, tag v1.1.0, the version C-MORL pins), for C-MORL
 * and other MORL algorithms.
 *
 * <p><b>Objectives are maximised here</b>, as in MO-Gymnasium: a reward vector, a return and a
 * {@link org.mo4j.morl.env.MultiObjectiveEnv#paretoFront(double) Pareto front} are "more is
 * better" in every component. This is the one place in mo4j where that holds; negate once at the
 * boundary before handing a front to mo4j's minimising kernels (for example
 * {@link org.mo4j.core.hypervolume.Hypervolume}, with the negated reference point).
 *
 * <p>The contract is {@link org.mo4j.morl.env.MultiObjectiveEnv}: flat {@code double}
 * observations, a reward vector written into a caller's buffer, discrete actions passed as
 * {@code action[0]}, and no allocation per step. {@link org.mo4j.morl.env.TimeLimit} truncates
 * episodes, {@link org.mo4j.morl.env.VectorEnv} steps K copies with auto-reset (as gymnasium's
 * {@code SyncVectorEnv}), and {@link org.mo4j.morl.env.Environments} builds every environment by
 * name with its default time limit and gives the settings an experiment uses
 * ({@link org.mo4j.morl.env.EnvironmentSpec}).
 */
package org.mo4j.morl.env;
