package org.mo4j.morl.env;

import java.util.ArrayList;
import java.util.List;

/** Test helpers: run action sequences and collect what an episode gave. */
final class Rollouts {

    private Rollouts() {}

    /** What one episode gave: per-step observations, rewards and statuses. */
    record Episode(double[] initial, List<double[]> observations, List<double[]> rewards, List<StepStatus> statuses) {

        int steps() {
            return statuses.size();
        }

        StepStatus last() {
            return statuses.get(statuses.size() - 1);
        }

        double[] lastObservation() {
            return observations.get(observations.size() - 1);
        }

        /** Σ_t γ^t r_{t+1}, the discounted return from the start. */
        double[] discountedReturn(double gamma) {
            double[] g = new double[rewards.get(0).length];
            double d = 1;
            for (double[] r : rewards) {
                for (int j = 0; j < g.length; j++) {
                    g[j] += d * r[j];
                }
                d *= gamma;
            }
            return g;
        }
    }

    /** Resets with {@code seed} and applies the discrete actions until they run out or the episode ends. */
    static Episode run(MultiObjectiveEnv env, long seed, int... actions) {
        double[][] boxed = new double[actions.length][];
        for (int i = 0; i < actions.length; i++) {
            boxed[i] = new double[] {actions[i]};
        }
        return runBox(env, seed, boxed);
    }

    /** Resets with {@code seed} and applies the actions until they run out or the episode ends. */
    static Episode runBox(MultiObjectiveEnv env, long seed, double[][] actions) {
        double[] obs = new double[env.observationDimension()];
        env.reset(seed, obs);
        return continueRun(env, obs.clone(), actions);
    }

    static Episode continueRun(MultiObjectiveEnv env, double[] initial, double[][] actions) {
        List<double[]> observations = new ArrayList<>();
        List<double[]> rewards = new ArrayList<>();
        List<StepStatus> statuses = new ArrayList<>();
        double[] obs = new double[env.observationDimension()];
        double[] reward = new double[env.numberOfObjectives()];
        for (double[] a : actions) {
            StepStatus s = env.step(a, obs, reward);
            observations.add(obs.clone());
            rewards.add(reward.clone());
            statuses.add(s);
            if (s.isDone()) {
                break;
            }
        }
        return new Episode(initial, observations, rewards, statuses);
    }

    static int[] repeat(int action, int times) {
        int[] a = new int[times];
        java.util.Arrays.fill(a, action);
        return a;
    }

    static int[] concat(int[]... parts) {
        int n = 0;
        for (int[] p : parts) {
            n += p.length;
        }
        int[] out = new int[n];
        int k = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, out, k, p.length);
            k += p.length;
        }
        return out;
    }

    static double[][] negate(double[][] front) {
        double[][] out = new double[front.length][];
        for (int i = 0; i < front.length; i++) {
            out[i] = new double[front[i].length];
            for (int j = 0; j < front[i].length; j++) {
                out[i][j] = -front[i][j];
            }
        }
        return out;
    }
}
