package org.mo4j.morl.ppo;

/**
 * The relaxed bound C-MORL's Stage 2 constraint G_j(π) ≥ bound(G_j(π_r)) asks of each objective
 * j ≠ l (Liu et al., ICLR 2025, eq. of the constrained extension): the paper's and the code's
 * β·G_j(π_r), or a bound that relaxes downwards whatever the sign of the return. O(1).
 *
 * <p>Why: β·G is below G only for positive returns; for a cost (a negative return, such as
 * Minecart's fuel or Resource Gathering's enemy objective) β·G lies above G, so the constraint
 * asks for an improvement the extension did not target: infeasible at the start in the paper's
 * form, flat in the code's (ALGORITHMS.md §1.1, "faithfulness trap").
 *
 * <p>In {@link BarrierForm#PAPER} the bound applies to π_r's return measured on the extension's
 * first rollout. In {@link BarrierForm#CODE} (and {@link BarrierForm#CODE_AS_WRITTEN}) it applies
 * to the minibatch mean Ḡ_j, and the surrogate constraint ρ̃_i·Ḡ_j ≥ bound(Ḡ_j) is a bound on
 * each sample's clipped ratio: ρ̃_i ≥ β where Ḡ_j &gt; 0 (both relaxations), and, where Ḡ_j &lt; 0,
 * ρ̃_i ≤ β (proportional: violated by every ratio above β, so clamped flat there) or
 * ρ̃_i ≤ 2 − β (sign-aware: feasible inside the clip range below 2 − β, with a barrier gradient
 * that lowers the ratio).
 */
public enum Relaxation {
    /** β·G_j(π_r), the paper's and the code's bound (the default). */
    PROPORTIONAL,
    /**
     * G_j(π_r) − (1 − β)·|G_j(π_r)|: β·G for G ≥ 0 (bit for bit), (2 − β)·G for G &lt; 0, so the
     * bound always lies a fraction 1 − β of |G| below G (a departure, {@code relaxation=sign-aware}).
     */
    SIGN_AWARE;

    /**
     * The bound for a reference return {@code reference} and relaxation {@code beta}.
     *
     * @param reference G_j(π_r), or the code's surrogate of it
     * @param beta      the relaxation β
     * @return the bound G_j(π) must exceed
     */
    public double bound(double reference, double beta) {
        if (this == SIGN_AWARE && reference < 0) {
            return (2 - beta) * reference;
        }
        return beta * reference;
    }
}
