package org.mo4j.morl.env;

/** The argument checks shared by the environments: O(array length), messages name the argument. */
final class Checks {

    private Checks() {}

    /** Checks a discrete action (length 1, an integer in [0, n)) and returns its index. */
    static int discreteAction(double[] action, int n) {
        if (action == null) {
            throw new IllegalArgumentException("action must not be null");
        }
        if (action.length != 1) {
            throw new IllegalArgumentException(
                    "action must have length 1 (the discrete action index in action[0]), was " + action.length);
        }
        double a = action[0];
        int k = (int) a;
        if (k != a || k < 0 || k >= n) {
            throw new IllegalArgumentException("action[0] must be an integer action index in [0, " + n + "), was " + a);
        }
        return k;
    }

    /** Checks a box action: non-null, of the given length, no NaN or infinity. */
    static void boxAction(double[] action, int length) {
        if (action == null) {
            throw new IllegalArgumentException("action must not be null");
        }
        if (action.length != length) {
            throw new IllegalArgumentException("action must have length " + length + ", was " + action.length);
        }
        for (int j = 0; j < length; j++) {
            if (!Double.isFinite(action[j])) {
                throw new IllegalArgumentException("action[" + j + "] must be finite, was " + action[j]);
            }
        }
    }

    /** Checks that a buffer is non-null and has exactly the given length. */
    static void buffer(String name, double[] buffer, int length) {
        if (buffer == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (buffer.length != length) {
            throw new IllegalArgumentException(name + " must have length " + length + ", was " + buffer.length);
        }
    }

    /** Checks the buffers of a step. */
    static void stepBuffers(MultiObjectiveEnv env, double[] observationOut, double[] rewardOut) {
        buffer("observationOut", observationOut, env.observationDimension());
        buffer("rewardOut", rewardOut, env.numberOfObjectives());
    }

    /** Checks a discount factor: 0 &lt; gamma ≤ 1. */
    static double gamma(double gamma) {
        if (!(gamma > 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma must be in (0, 1], was " + gamma);
        }
        return gamma;
    }

    /** The exception for a step outside an episode. */
    static IllegalStateException notRunning(String env) {
        return new IllegalStateException(env + ": step called before reset or after the episode ended; call reset");
    }
}
