package org.mo4j.morl.env;

import java.util.Arrays;

/**
 * The actions an environment accepts: {@link Discrete} (indices {@code 0 … n−1}, passed as
 * {@code action[0]}) or {@link Box} (a real vector with per-component bounds), as gymnasium's
 * spaces of the same names.
 */
public sealed interface ActionSpace {

    /** The length of the {@code action} array {@link MultiObjectiveEnv#step} expects. */
    int actionLength();

    /**
     * {@code n} discrete actions, passed to {@link MultiObjectiveEnv#step} as {@code action[0]}
     * holding the integer index.
     *
     * @param n the number of actions, at least 1
     */
    record Discrete(int n) implements ActionSpace {
        /** Checks {@code n ≥ 1}. */
        public Discrete {
            if (n < 1) {
                throw new IllegalArgumentException("n must be at least 1, was " + n);
            }
        }

        @Override
        public int actionLength() {
            return 1;
        }
    }

    /**
     * A box of real actions, {@code low[j] ≤ a[j] ≤ high[j]}; the arrays are copied in and out.
     * As in gymnasium, the bounds describe the space; each environment says what it does with an
     * action outside them.
     *
     * @param low the lower bounds
     * @param high the upper bounds, same length, {@code high[j] ≥ low[j]}
     */
    record Box(double[] low, double[] high) implements ActionSpace {
        /** Checks the bounds and copies them. */
        public Box {
            if (low == null) {
                throw new IllegalArgumentException("low must not be null");
            }
            if (high == null) {
                throw new IllegalArgumentException("high must not be null");
            }
            if (low.length == 0 || low.length != high.length) {
                throw new IllegalArgumentException(
                        "low and high must be non-empty and of one length, were " + low.length + " and " + high.length);
            }
            for (int j = 0; j < low.length; j++) {
                if (Double.isNaN(low[j]) || Double.isNaN(high[j]) || high[j] < low[j]) {
                    throw new IllegalArgumentException(
                            "bounds at " + j + " must satisfy low <= high, were " + low[j] + " and " + high[j]);
                }
            }
            low = low.clone();
            high = high.clone();
        }

        /** A copy of the lower bounds. */
        @Override
        public double[] low() {
            return low.clone();
        }

        /** A copy of the upper bounds. */
        @Override
        public double[] high() {
            return high.clone();
        }

        @Override
        public int actionLength() {
            return low.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Box b && Arrays.equals(low, b.low) && Arrays.equals(high, b.high);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(low) + Arrays.hashCode(high);
        }

        @Override
        public String toString() {
            return "Box[low=" + Arrays.toString(low) + ", high=" + Arrays.toString(high) + "]";
        }
    }
}
