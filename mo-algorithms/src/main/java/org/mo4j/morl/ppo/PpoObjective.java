package org.mo4j.morl.ppo;

/**
 * What a PPO update improves: C-MORL's Stage 1 maximises a linear scalarisation w·G; Stage 2
 * maximises one objective l under the log-barrier constraints on the others.
 */
public sealed interface PpoObjective {

    /**
     * Linear scalarisation: the advantage is w·(R − V) on de-normalised returns and values, then
     * standardised ({@code algo/ppo.py:update}).
     *
     * @param weights the preference w, one non-negative weight per objective
     */
    record Scalarised(double[] weights) implements PpoObjective {
        /** Copies the weights. */
        public Scalarised {
            weights = weights.clone();
        }

        /** The weights (a copy). */
        @Override
        public double[] weights() {
            return weights.clone();
        }
    }

    /**
     * Constrained extension towards objective l ({@code algo/ppo.py:ipo_update}): the advantage of
     * objective l alone, plus the barrier of {@code form} with relaxation β and coefficient t.
     *
     * @param objective l, 0-based
     * @param form      the barrier's form
     * @param beta      the relaxation β (C-MORL: 0.9)
     * @param t         the barrier coefficient t (C-MORL: 20)
     * @param relaxation the bound β relaxes each constraint to ({@link Relaxation#PROPORTIONAL}: β·G,
     *                   the paper's and the code's)
     */
    record Constrained(int objective, BarrierForm form, double beta, double t, Relaxation relaxation)
            implements PpoObjective {
        /**
         * @throws IllegalArgumentException if l &lt; 0, the form or relaxation is null, or t is not
         *                                  positive
         */
        public Constrained {
            if (objective < 0) {
                throw new IllegalArgumentException("objective must be >= 0, was " + objective);
            }
            if (form == null) {
                throw new IllegalArgumentException("form must not be null");
            }
            if (relaxation == null) {
                throw new IllegalArgumentException("relaxation must not be null");
            }
            if (!(t > 0) || !Double.isFinite(t) || !Double.isFinite(beta)) {
                throw new IllegalArgumentException("beta must be finite and t finite and > 0, were " + beta + ", " + t);
            }
        }

        /** The paper's and the code's relaxation β·G ({@link Relaxation#PROPORTIONAL}). */
        public Constrained(int objective, BarrierForm form, double beta, double t) {
            this(objective, form, beta, t, Relaxation.PROPORTIONAL);
        }
    }
}
