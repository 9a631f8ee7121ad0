package org.mo4j.morl.ppo;

/**
 * The form of Stage 2's interior-point (log-barrier) term in C-MORL's constrained PPO update
 * (Liu et al., ICLR 2025: maximise L_l^CLIP + Σ_{j≠l} log(G_j(π) − β G_j(π_r)) / t).
 */
public enum BarrierForm {
    /**
     * The code's ratio surrogate ({@code algo/ppo.py:ipo_update}) on the objectives j ≠ l, as its
     * authors describe it: with ρ̃ the clipped ratio and Ḡ_j the minibatch mean of the normalised
     * return target, u_ij = min(β Ḡ_j − ρ̃_i Ḡ_j, −0.001) and the loss adds
     * −(1/t)·mean_{i, j≠l} log(−u_ij). The default.
     */
    CODE,
    /**
     * The same surrogate exactly as the code's tensors compute it: {@code torch.cat((h[:l], h[l+1:]))}
     * slices the batch dimension, so it drops minibatch row l and keeps every objective,
     * including l. For bit-level parity studies only.
     */
    CODE_AS_WRITTEN,
    /**
     * The paper's constraint on returns: with Ĝ_j(π) = R̄_j + mean_i ρ̃_i Â_ij (the minibatch mean
     * return target plus the importance-weighted advantage, both de-normalised) and G_j(π_r) the
     * same mean return target measured on the extension's first rollout, the loss adds
     * −(1/t)·Σ_{j≠l} log(max(Ĝ_j(π) − β G_j(π_r), 0.001)).
     */
    PAPER
}
