package org.mo4j.algorithms.internal;

import java.util.Locale;

/**
 * C-MORL's per-environment settings from its scripts (SEED-SETTINGS §1), CPU-sized where
 * DECISIONS.md says: the total and Stage 1 budgets in environment steps, the Stage 1 preference
 * grid (min, max, δ), the policies selected per Stage 2 round, and the rollout length. The
 * registry's C-MORL, its scalarised baseline and PGMORL all start from these. O(1).
 *
 * @param total   the total budget
 * @param initial Stage 1's (or PGMORL's warm-up) budget
 * @param min     the grid's lowest weight
 * @param max     the grid's highest weight
 * @param delta   the grid's step
 * @param select  policies extended per Stage 2 round
 * @param rollout PPO steps per environment per update
 */
public record MorlPreset(long total, long initial, double min, double max, double delta, int select, int rollout) {

    /** The preset of a registered environment name (two-objective defaults for any other). */
    public static MorlPreset of(String environment) {
        String e = environment.toLowerCase(Locale.ROOT);
        if (e.startsWith("fruit-tree")) {
            return new MorlPreset(500_000, 100_000, 0, 1, 1, 6, 128);
        }
        if (e.equals("minecart")) {
            return new MorlPreset(500_000, 200_000, 0, 1, 0.5, 6, 512);
        }
        if (e.equals("resource-gathering")) {
            return new MorlPreset(500_000, 200_000, 0, 1, 0.5, 6, 128);
        }
        if (e.startsWith("dst")) {
            return new MorlPreset(200_000, 100_000, 0, 1, 0.2, 5, 128);
        }
        return new MorlPreset(500_000, 200_000, 0, 1, 0.2, 5, 512);
    }
}
