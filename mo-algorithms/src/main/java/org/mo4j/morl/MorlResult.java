package org.mo4j.morl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mo4j.algorithms.pareto.ParetoSetModel;
import org.mo4j.core.problem.ObjectiveSense;
import org.mo4j.morl.ppo.ActorCritic;

/**
 * The outcome of a multi-objective RL run (C-MORL or the scalarised baseline): the archive of policies with their
 * evaluated returns (maximised), as a {@link ParetoSetModel}: {@link #solutionFor} is C-MORL's
 * policy assignment, the archived policy maximising w·G (ties to the first in archive order).
 * {@link #front()} reports the returns negated (mo4j's minimised convention; {@link #senses()} says
 * every objective was maximised); {@link #returns()} gives them as they are.
 *
 * <p>Also the metrics of the final archive, the metrics after Stage 1 and after each Stage 2
 * round (for anytime curves), the environment steps taken, and the wall time.
 */
public final class MorlResult implements ParetoSetModel<ActorCritic> {

    /**
     * The archive's metrics after a stage or round.
     *
     * @param label            "stage 1" or "round r"
     * @param trained          the policies trained in that stage or round (Stage 1: one per
     *                         preference; a round: those selected, fewer when the archive holds too few
     *                         vectors never selected before)
     * @param environmentSteps environment steps taken so far (training rollouts, all copies)
     * @param archiveSize      the number of archived policies
     * @param metrics          hypervolume, expected utility and sparsity of the archive
     */
    public record Checkpoint(String label, int trained, long environmentSteps, int archiveSize, MorlMetrics metrics) {}

    private final List<PolicyArchive.Member<ActorCritic>> members;
    private final List<Checkpoint> history;
    private final MorlMetrics metrics;
    private final long environmentSteps;
    private final Duration elapsed;
    private final int m;

    /**
     * A result (the lists are copied).
     *
     * @param members          the archive's members, in archive order
     * @param history          the checkpoints, in order
     * @param metrics          the final archive's metrics
     * @param environmentSteps the environment steps taken by training
     * @param elapsed          the wall time
     * @param m                the number of objectives
     */
    public MorlResult(
            List<PolicyArchive.Member<ActorCritic>> members,
            List<Checkpoint> history,
            MorlMetrics metrics,
            long environmentSteps,
            Duration elapsed,
            int m) {
        this.members = List.copyOf(members);
        this.history = List.copyOf(history);
        this.metrics = metrics;
        this.environmentSteps = environmentSteps;
        this.elapsed = elapsed;
        this.m = m;
    }

    @Override
    public int numberOfObjectives() {
        return m;
    }

    @Override
    public ObjectiveSense[] senses() {
        ObjectiveSense[] s = new ObjectiveSense[m];
        java.util.Arrays.fill(s, ObjectiveSense.MAXIMISE);
        return s;
    }

    /** The archived policy maximising w·G; ties go to the first in archive order. */
    @Override
    public ActorCritic solutionFor(double[] preference) {
        return members.get(best(preference)).policy();
    }

    /** The negated returns of {@link #solutionFor}'s policy. */
    @Override
    public double[] objectivesFor(double[] preference) {
        double[] g = members.get(best(preference)).returns();
        for (int j = 0; j < g.length; j++) {
            g[j] = -g[j];
        }
        return g;
    }

    private int best(double[] preference) {
        double[] w = ParetoSetModel.normalisedPreference(preference, m);
        if (members.isEmpty()) {
            throw new IllegalStateException("the archive is empty: no policy reached the reference point");
        }
        int best = 0;
        double bestU = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < members.size(); i++) {
            double[] g = members.get(i).returns();
            double u = 0;
            for (int j = 0; j < m; j++) {
                u += w[j] * g[j];
            }
            if (u > bestU) {
                bestU = u;
                best = i;
            }
        }
        return best;
    }

    @Override
    public List<ActorCritic> paretoSet() {
        List<ActorCritic> out = new ArrayList<>(members.size());
        for (PolicyArchive.Member<ActorCritic> mb : members) {
            out.add(mb.policy());
        }
        return List.copyOf(out);
    }

    @Override
    public double[][] front() {
        double[][] g = returns();
        for (double[] row : g) {
            for (int j = 0; j < row.length; j++) {
                row[j] = -row[j];
            }
        }
        return g;
    }

    /** The archived policies' evaluated returns (maximised), one row each (fresh arrays). */
    public double[][] returns() {
        double[][] out = new double[members.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = members.get(i).returns();
        }
        return out;
    }

    /** The number of archived policies. */
    public int size() {
        return members.size();
    }

    /** Hypervolume, expected utility and sparsity of the final archive. */
    public MorlMetrics metrics() {
        return metrics;
    }

    /** The archive's metrics after Stage 1 and after every Stage 2 round. */
    public List<Checkpoint> history() {
        return history;
    }

    /** Environment steps taken by training rollouts (all parallel copies). */
    public long environmentSteps() {
        return environmentSteps;
    }

    /** The wall time of the run. */
    public Duration elapsed() {
        return elapsed;
    }
}
