package org.mo4j.morl.env;

import java.util.Arrays;

/**
 * What an experiment needs to know about a registered environment besides its dynamics: the
 * hypervolume reference point (maximisation: every point that counts strictly dominates it), the
 * evaluation discount and episode count, the step of the expected-utility weight grid, and the
 * training and evaluation time limits. {@link Environments#spec(String)} gives the values C-MORL's
 * scripts use where it runs the environment (Liu et al., ICLR 2025; see the registry for the
 * others' sources).
 *
 * @param name the registry name
 * @param numberOfObjectives the reward dimension
 * @param referencePoint the HV reference point, maximised objectives (a copy is kept and given)
 * @param evaluationGamma the discount of evaluation returns
 * @param evaluationEpisodes episodes averaged per evaluation
 * @param utilityDelta the step δ of the expected-utility grid (weights on the simplex in steps of δ)
 * @param timeLimit the longest episode of the environment {@link Environments#create(String)} builds:
 *     its {@link TimeLimit} (Fruit Tree has none: its depth, the length of every episode)
 * @param evaluationTimeLimit the episode step limit used when evaluating policies
 */
public record EnvironmentSpec(
        String name,
        int numberOfObjectives,
        double[] referencePoint,
        double evaluationGamma,
        int evaluationEpisodes,
        double utilityDelta,
        int timeLimit,
        int evaluationTimeLimit) {

    /** Validates and copies. */
    public EnvironmentSpec {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
        if (referencePoint == null || referencePoint.length != numberOfObjectives) {
            throw new IllegalArgumentException("referencePoint must have " + numberOfObjectives + " coordinates");
        }
        referencePoint = referencePoint.clone();
        Checks.gamma(evaluationGamma);
        if (evaluationEpisodes < 1 || timeLimit < 1 || evaluationTimeLimit < 1) {
            throw new IllegalArgumentException("episode counts and time limits must be at least 1");
        }
        if (!(utilityDelta > 0 && utilityDelta <= 1)) {
            throw new IllegalArgumentException("utilityDelta must be in (0, 1], was " + utilityDelta);
        }
    }

    /** A copy of the reference point. */
    @Override
    public double[] referencePoint() {
        return referencePoint.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnvironmentSpec s
                && name.equals(s.name)
                && numberOfObjectives == s.numberOfObjectives
                && Arrays.equals(referencePoint, s.referencePoint)
                && Double.compare(evaluationGamma, s.evaluationGamma) == 0
                && evaluationEpisodes == s.evaluationEpisodes
                && Double.compare(utilityDelta, s.utilityDelta) == 0
                && timeLimit == s.timeLimit
                && evaluationTimeLimit == s.evaluationTimeLimit;
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(referencePoint);
    }

    @Override
    public String toString() {
        return "EnvironmentSpec[name=" + name + ", numberOfObjectives=" + numberOfObjectives + ", referencePoint="
                + Arrays.toString(referencePoint) + ", evaluationGamma=" + evaluationGamma + ", evaluationEpisodes="
                + evaluationEpisodes + ", utilityDelta=" + utilityDelta + ", timeLimit=" + timeLimit
                + ", evaluationTimeLimit=" + evaluationTimeLimit + "]";
    }
}
