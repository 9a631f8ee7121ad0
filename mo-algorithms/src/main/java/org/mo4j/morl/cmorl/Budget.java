package org.mo4j.morl.cmorl;

/**
 * How C-MORL turns its step budgets into PPO updates ({@code morl/morl.py}).
 *
 * <p>The code computes Stage 1's updates per policy as ⌊T_init / n_pref / num_steps⌋ and Stage 2's
 * updates per (policy, objective) as ⌊(T_total − T_init) / n_select / num_steps / m⌋, dividing by
 * the steps per environment only, although each update takes num_steps × num_processes
 * environment steps: the environment is used 8× more than the nominal budget with the scripts'
 * 8 processes. {@link #ENVIRONMENT_STEPS}, the default, divides by the steps of one update, so a
 * budget is the number of environment steps actually taken (evaluation episodes excluded, as in
 * the code); {@link #CODE} reproduces the code's arithmetic for parity.
 */
public enum Budget {
    /** A budget counts environment steps of all parallel copies (the default). */
    ENVIRONMENT_STEPS,
    /** The code's arithmetic: a budget counts steps per environment copy. */
    CODE;

    /** The environment steps one budget unit stands for, per update of T steps × K copies. */
    public long stepsPerUpdate(int steps, int envs) {
        return this == CODE ? steps : (long) steps * envs;
    }
}
