package org.mo4j.algorithms.pareto;

import java.util.List;
import org.mo4j.core.problem.ObjectiveSense;

/**
 * A model of a Pareto set that answers "which solution for preference w?" and shows the front it
 * spans. Three families of mo4j algorithms produce one:
 *
 * <ul>
 *   <li><b>MAP</b> (amortised Pareto fronts of model merging): a finite predicted front of merging
 *       coefficients; a preference picks the member maximising the normalised weighted sum of
 *       predicted metrics ({@code org.mo4j.surrogates.map.AmortizedParetoFront}).</li>
 *   <li><b>SVH-PSL</b> (Pareto-set learning with a hypernetwork): x = h(w) for any w on the simplex;
 *       {@link #paretoSet()} and {@link #front()} are its image of a preference set chosen by the
 *       implementation (and said in its documentation).</li>
 *   <li><b>C-MORL</b> (policy archives): S is a policy; a preference picks
 *       argmax_π w·G^π over the archive, and the front is the archive's returns.</li>
 * </ul>
 *
 * <p><b>Conventions.</b> Objective vectors are reported <em>minimised</em>, as everywhere in mo4j;
 * {@link #senses()} says which were maximised by the user (and so are negated here). A preference w
 * has one finite, non-negative weight per objective, not all zero; a larger weight means the
 * objective matters more. The answer to w is a member that maximises the utility Σ_i w_i·u_i, where
 * u_i is the objective in the user's orientation (u_i = −f_i for a minimised objective, the metric
 * itself for a maximised one); an implementation that scales w first (MAP normalises it to unit L2
 * norm) must not change that argmax beyond ties. Ties go to the first member in {@link #front()}'s
 * order.
 *
 * <p>It lives in mo-algorithms, below mo-surrogates, so that C-MORL's policy archive and the
 * surrogate-based models implement the same contract.
 *
 * @param <S> the type of a solution: a decision vector ({@code double[]}) for MAP and SVH-PSL, a
 *            policy for C-MORL
 */
public interface ParetoSetModel<S> {

    /** The number m of objectives. */
    int numberOfObjectives();

    /**
     * Whether each objective was minimised or maximised by the user; the values in {@link #front()}
     * and {@link #objectivesFor} are negated for the maximised ones.
     */
    ObjectiveSense[] senses();

    /**
     * The solution for preference w.
     *
     * @param preference m finite, non-negative weights, not all zero
     * @throws IllegalArgumentException if the preference is null, of another length, negative,
     *                                  not finite or all zero
     */
    S solutionFor(double[] preference);

    /**
     * The (predicted or measured, as the implementation says) minimised objective vector of
     * {@link #solutionFor solutionFor(preference)}.
     *
     * @throws IllegalArgumentException as {@link #solutionFor}
     */
    double[] objectivesFor(double[] preference);

    /** The solutions spanning the front, aligned with {@link #front()}; unmodifiable. */
    List<S> paretoSet();

    /** The minimised objective vectors of {@link #paretoSet()}, one row per member (fresh arrays). */
    double[][] front();

    /**
     * Checks a preference against the conventions above and returns it scaled to unit L2 norm, as
     * MAP's {@code get_scaling_from_pf} does.
     *
     * @throws IllegalArgumentException naming the offending entry
     */
    static double[] normalisedPreference(double[] preference, int m) {
        if (preference == null) {
            throw new IllegalArgumentException("preference must not be null");
        }
        if (preference.length != m) {
            throw new IllegalArgumentException("preference has " + preference.length + " weights but the model has " + m
                    + " objectives (dimension mismatch)");
        }
        double norm = 0;
        for (int i = 0; i < m; i++) {
            double w = preference[i];
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("preference[" + i + "] must be finite and >= 0, was " + w);
            }
            norm += w * w;
        }
        if (norm == 0) {
            throw new IllegalArgumentException("preference must have a positive weight, was all zero");
        }
        norm = Math.sqrt(norm);
        double[] out = new double[m];
        for (int i = 0; i < m; i++) {
            out[i] = preference[i] / norm;
        }
        return out;
    }
}
