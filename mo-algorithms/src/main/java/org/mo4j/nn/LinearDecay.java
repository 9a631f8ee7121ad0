package org.mo4j.nn;

/**
 * A learning rate that falls linearly to 0: lr(u) = lr₀·(1 − u/U) for update u of U, as
 * pytorch-a2c-ppo-acktr-gail's {@code update_linear_schedule}, which C-MORL's PPO calls before
 * each update with u = 0, 1, …, U − 1 (so the first update uses lr₀ and the last lr₀/U). O(1).
 *
 * @param initial      lr₀
 * @param totalUpdates U
 */
public record LinearDecay(double initial, int totalUpdates) {

    /**
     * Validates the schedule.
     *
     * @param initial      lr₀, finite and ≥ 0
     * @param totalUpdates U, at least 1
     */
    public LinearDecay {
        Checks.nonNegative("initial", initial);
        Checks.positive("totalUpdates", totalUpdates);
    }

    /**
     * Returns the learning rate of update {@code update}.
     *
     * @param update u, between 0 and U
     * @return lr₀·(1 − u/U)
     */
    public double at(int update) {
        if (update < 0 || update > totalUpdates) {
            throw new IllegalArgumentException(
                    "update must be between 0 and totalUpdates " + totalUpdates + ", was " + update);
        }
        return initial - initial * ((double) update / totalUpdates);
    }
}
