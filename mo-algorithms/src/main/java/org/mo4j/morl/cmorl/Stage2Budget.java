package org.mo4j.morl.cmorl;

/**
 * How many rounds C-MORL's Stage 2 runs and how many PPO updates each round gives a selected
 * policy (Liu et al., ICLR 2025; {@code morl/morl.py}).
 *
 * <p>Why a switch: the code sizes Stage 2 for {@code select} policies per round, but selects only
 * return vectors never selected before; when the archive holds few of those (Resource Gathering:
 * 2–4 after Stage 1, Minecart: 1), a round extends fewer policies and 20–50% of the budget is
 * never spent.
 */
public enum Stage2Budget {
    /**
     * The code's: ⌊(T_total − T_init) / select / unit / m⌋ updates per (policy, objective) in all,
     * in ⌊that / update-iter⌋ + 1 rounds of at most update-iter, however many policies each round
     * actually selects; ends early when no member is selectable. The default.
     */
    ROUNDS,
    /**
     * Spend what is left (a departure, {@code stage2-budget=spend}): before each round, with L
     * budget units left of the total (after Stage 1's actual use and the rounds so far), k
     * policies actually selected (crowding distance, never re-selected) and unit budget units per
     * update, each (policy, objective) gets min(update-iter, ⌊L / (unit·m·k)⌋) updates; when that is
     * 0 but ⌊L / (unit·m)⌋ = k' ≥ 1, the k' selected of largest crowding distance get one update
     * each. Stage 2 stops when no archive member is selectable or L &lt; unit·m (less than one
     * update per objective), so it leaves fewer than unit·m budget units unspent unless it runs
     * out of selectable members.
     */
    SPEND
}
