package org.mo4j.benchmarks.morl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.mo4j.morl.MorlAlgorithmProvider;
import org.mo4j.morl.MorlAlgorithms;
import org.mo4j.morl.MorlMetrics;
import org.mo4j.morl.MorlResult;
import org.mo4j.morl.env.ActionSpace;
import org.mo4j.morl.env.EnvironmentSpec;
import org.mo4j.morl.env.Environments;
import org.mo4j.morl.env.MultiObjectiveEnv;
import org.mo4j.morl.env.ResourceGathering;
import org.mo4j.morl.env.StepStatus;
import org.mo4j.morl.ppo.ActorCritic;
import org.mo4j.morl.ppo.BarrierForm;
import org.mo4j.morl.ppo.PolicyEvaluator;
import org.mo4j.morl.ppo.PpoObjective;
import org.mo4j.morl.ppo.PpoSettings;
import org.mo4j.morl.ppo.PpoTrainer;
import org.mo4j.nn.LinearDecay;

/**
 * Why C-MORL misses Resource Gathering points (issue 12): runs C-MORL (or the baseline) with the
 * registry's presets and {@code k=v} settings, names the path family (the cells of a kill-free
 * greedy episode) of every archived policy, lists the front's path families with found/missed, the
 * hypervolume each missed point would add, and the greedy trace of the archived policy closest to
 * it. Mode {@code stage1 W1,W2,W3 UPDATES SEED [ROLLOUT]} instead trains one Stage 1 policy on a
 * preference and prints, per PPO update, the path families of the training episodes (did
 * exploration reach a point?) and of the greedy policy. Diagnosis only: prints, asserts nothing.
 *
 * <p>Run: {@code mo-benchmarks/morl-rg-diagnosis run SEED [k=v ...]} or {@code
 * mo-benchmarks/morl-rg-diagnosis stage1 0,1,0 32 1}.
 */
public final class ResourceGatheringDiagnosis {

    private static final double GAMMA = 0.99;
    private static final double[] REF = {-1, -1, -1};

    private ResourceGatheringDiagnosis() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("stage1")) {
            stage1(args);
            return;
        }
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            settings.put(kv[0], kv[1]);
        }
        settings.put("seed", Long.toString(seed));
        String algorithm = settings.getOrDefault("algorithm", "c-morl");
        settings.remove("algorithm");
        MorlAlgorithmProvider p = MorlAlgorithms.provider(algorithm);
        MorlResult r = p.create("resource-gathering", p.configure(settings), null, null)
                .run();
        EnvironmentSpec spec = Environments.spec("resource-gathering");
        double[][] oracle = new ResourceGathering().paretoFront(GAMMA);
        double oracleHv = MorlMetrics.of(oracle, REF, spec.utilityDelta()).hypervolume();
        double[][] archive = r.returns();
        double hv = r.metrics().hypervolume();
        System.out.printf(
                Locale.ROOT,
                "seed %d %s: %d policies, %d steps, hv %.6f, ratio %.4f%n",
                seed,
                settings,
                r.size(),
                r.environmentSteps(),
                hv,
                hv / oracleHv);
        // path family of every archived policy
        Map<String, List<Integer>> families = new TreeMap<>();
        List<ActorCritic> set = r.paretoSet();
        for (int i = 0; i < set.size(); i++) {
            Trace t = trace(set.get(i), seed);
            families.computeIfAbsent(t.family.replaceAll(" \\(.*", ""), k -> new ArrayList<>())
                    .add(i);
        }
        for (Map.Entry<String, List<Integer>> e : families.entrySet()) {
            double[] g = archive[e.getValue().get(0)];
            System.out.printf(
                    Locale.ROOT,
                    "  archive family %-34s x%-3d returns %s%n",
                    e.getKey(),
                    e.getValue().size(),
                    fmt(g));
        }
        String[] mog = {
            "gem, 10 steps, 0 enemy cells", "gold+gem, 14 steps, 1 enemy cells", "gold, 12 steps, 0 enemy cells"
        };
        String[] exact = {
            "gem, 10 steps, 0 enemy cells", "gold, 12 steps, 0 enemy cells", "gold+gem, 18 steps, 0 enemy cells"
        };
        int foundMog = 0;
        int foundExact = 0;
        for (int i = 0; i < 3; i++) {
            foundMog += families.containsKey(mog[i]) ? 1 : 0;
            foundExact += families.containsKey(exact[i]) ? 1 : 0;
        }
        System.out.printf(
                Locale.ROOT,
                "SUMMARY seed %d %s | hv ratio %.4f | eu %.4f | MO-Gymnasium front points found %d/3 | exact front points found %d/3 | steps %d%n",
                seed,
                settings,
                hv / oracleHv,
                r.metrics().expectedUtility(),
                foundMog,
                foundExact,
                r.environmentSteps());
        // the front's families, in the learners' convention (reward at step t discounted by gamma^(t-1))
        for (Path f : Path.FRONT) {
            double[] point = f.expected(GAMMA);
            boolean found = families.containsKey(f.family());
            double[][] plus = new double[archive.length + 1][];
            System.arraycopy(archive, 0, plus, 0, archive.length);
            plus[archive.length] = point;
            double worth = (MorlMetrics.of(plus, REF, spec.utilityDelta()).hypervolume() - hv) / oracleHv;
            System.out.printf(
                    Locale.ROOT,
                    "  front %-34s %s expected %s, adds %.4f of the oracle's hv%n",
                    f.family(),
                    found ? "FOUND " : "MISSED",
                    fmt(point),
                    worth);
            if (!found) {
                int best = -1;
                double bd = Double.POSITIVE_INFINITY;
                for (int i = 0; i < archive.length; i++) {
                    double d = 0;
                    for (int j = 0; j < 3; j++) {
                        d += (archive[i][j] - point[j]) * (archive[i][j] - point[j]);
                    }
                    if (d < bd) {
                        bd = d;
                        best = i;
                    }
                }
                Trace t = trace(set.get(best), seed);
                System.out.printf(
                        Locale.ROOT, "    closest archived policy %s: %s %s%n", fmt(archive[best]), t.family, t.cells);
            }
        }
    }

    /** One policy's kill-free greedy episode (the policy and map are deterministic but for kills). */
    private record Trace(String family, String cells) {}

    private static Trace trace(ActorCritic policy, long seed) {
        List<Recorder> made = new ArrayList<>();
        Supplier<MultiObjectiveEnv> f = () -> {
            Recorder rec = new Recorder(null);
            made.add(rec);
            return rec;
        };
        PolicyEvaluator ev = new PolicyEvaluator(f, 10, GAMMA, seed);
        ev.evaluate(policy);
        Recorder rec = made.get(0);
        String fam = null;
        String cells = null;
        int kills = 0;
        for (String[] ep : rec.episodes) {
            if (ep[0].startsWith("killed")) {
                kills++;
            } else if (fam == null) {
                fam = ep[0];
                cells = ep[1];
            }
        }
        if (fam == null) {
            fam = "killed in every episode";
            cells = rec.episodes.get(0)[1];
        }
        return new Trace(fam + (kills > 0 ? " (" + kills + "/10 killed)" : ""), cells);
    }

    /** The front's path families (exact, by hand; see ResourceGatheringTest's Pareto DP). */
    private record Path(boolean gold, boolean gem, int steps, int[] enemySteps) {
        static final Path[] FRONT = {
            new Path(false, true, 10, new int[0]), // gem, safe
            new Path(true, false, 12, new int[0]), // gold, safe
            new Path(true, false, 10, new int[] {7}), // gold, E1 on the way back
            new Path(true, false, 8, new int[] {3, 5}), // gold, E1 both ways
            new Path(true, true, 12, new int[] {7, 9}), // gem, E2, gold, E1
            new Path(true, true, 14, new int[] {7}), // gem, E2, gold, safe back
            new Path(true, true, 18, new int[0]), // gold, gem, all safe (missing from MO-Gymnasium's front)
        };

        String family() {
            return family(gold, gem, steps, enemySteps.length);
        }

        static String family(boolean gold, boolean gem, int steps, int enemies) {
            String what = gold && gem ? "gold+gem" : gold ? "gold" : gem ? "gem" : "nothing";
            return what + ", " + steps + " steps, " + enemies + " enemy cells";
        }

        /** Expected return, reward at step t discounted by gamma^(t-1). */
        double[] expected(double g) {
            double alive = 1;
            double death = 0;
            for (int s : enemySteps) {
                death -= alive * ResourceGathering.KILL_PROBABILITY * Math.pow(g, s - 1);
                alive *= 1 - ResourceGathering.KILL_PROBABILITY;
            }
            double pay = alive * Math.pow(g, steps - 1);
            return new double[] {death, gold ? pay : 0, gem ? pay : 0};
        }
    }

    /** Resource Gathering that records each episode's cells and its path family. */
    private static final class Recorder implements MultiObjectiveEnv {
        final ResourceGathering env = new ResourceGathering();
        final List<String[]> episodes = new ArrayList<>();
        final Map<String, Integer> counts;
        StringBuilder cells;
        int steps;
        int enemies;

        Recorder(Map<String, Integer> counts) {
            this.counts = counts;
        }

        @Override
        public int numberOfObjectives() {
            return env.numberOfObjectives();
        }

        @Override
        public int observationDimension() {
            return env.observationDimension();
        }

        @Override
        public ActionSpace actionSpace() {
            return env.actionSpace();
        }

        @Override
        public void reset(long seed, double[] obs) {
            env.reset(seed, obs);
            cells = new StringBuilder("(4,2)");
            steps = 0;
            enemies = 0;
        }

        @Override
        public StepStatus step(double[] action, double[] obs, double[] reward) {
            StepStatus s = env.step(action, obs, reward);
            steps++;
            int row = (int) obs[0];
            int col = (int) obs[1];
            if ((row == 1 && col == 2) || (row == 0 && col == 3)) {
                enemies++;
            }
            if (cells.length() < 400) {
                cells.append((row == 1 && col == 2) || (row == 0 && col == 3) ? " E" : " ")
                        .append('(')
                        .append(row)
                        .append(',')
                        .append(col)
                        .append(')');
            }
            if (s.isDone()) {
                String fam = reward[0] < 0 ? "killed" : Path.family(reward[1] > 0, reward[2] > 0, steps, enemies);
                close(fam);
            } else if (steps >= 100) { // the registry's time limit
                close("truncated");
                return StepStatus.TRUNCATED;
            }
            return s;
        }

        void close(String fam) {
            episodes.add(new String[] {fam, cells.toString()});
            if (counts != null) {
                counts.merge(fam, 1, Integer::sum);
            }
        }

        @Override
        public boolean hasKnownFront() {
            return false;
        }

        @Override
        public double[][] paretoFront(double gamma) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String name() {
            return "resource-gathering";
        }
    }

    private static void stage1(String[] args) {
        String[] ws = args[1].split(",");
        double[] w = new double[3];
        for (int j = 0; j < 3; j++) {
            w[j] = Double.parseDouble(ws[j]);
        }
        int updates = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        int rollout = args.length > 4 ? Integer.parseInt(args[4]) : 128;
        PpoSettings s = PpoSettings.cmorl().withRollout(rollout, 8);
        Map<String, Integer> counts = new TreeMap<>();
        List<Recorder> recs = new ArrayList<>();
        Supplier<MultiObjectiveEnv> f = () -> {
            Recorder rec = new Recorder(counts);
            synchronized (recs) {
                recs.add(rec);
            }
            return rec;
        };
        SplittableRandom init = new SplittableRandom(seed);
        ActorCritic policy = new ActorCritic(
                4, new ActionSpace.Discrete(4), 3, s.hidden(), PpoTrainer.maxBatch(s), s.adamEpsilon(), init.split());
        PpoTrainer trainer = new PpoTrainer(policy, f, s, init.nextLong());
        LinearDecay lr = new LinearDecay(s.learningRate(), updates);
        PpoObjective objective = new PpoObjective.Scalarised(w);
        for (int u = 0; u < updates; u++) {
            counts.clear();
            trainer.train(policy, objective, lr.at(u), false);
            Trace t = trace(policy, 1);
            System.out.printf(
                    Locale.ROOT, "update %2d greedy: %-44s training episodes %s%n", u + 1, t.family, top(counts));
        }
        System.out.println("final greedy path: " + trace(policy, 1).cells);
        if (args.length > 5) { // a Stage 2 extension of this policy: l K lr barrier [beta t]
            int l = Integer.parseInt(args[5]);
            int k = Integer.parseInt(args[6]);
            double lr2 = Double.parseDouble(args[7]);
            BarrierForm form =
                    BarrierForm.valueOf(args[8].toUpperCase(Locale.ROOT).replace('-', '_'));
            double beta = args.length > 9 ? Double.parseDouble(args[9]) : 0.9;
            double t = args.length > 10 ? Double.parseDouble(args[10]) : 20;
            PpoObjective c = new PpoObjective.Constrained(l, form, beta, t);
            for (int u = 0; u < k; u++) {
                counts.clear();
                trainer.train(policy, c, lr2, u == 0);
                Trace tr = trace(policy, 1);
                System.out.printf(
                        Locale.ROOT,
                        "extension %2d greedy: %-44s training episodes %s%n",
                        u + 1,
                        tr.family,
                        top(counts));
            }
            System.out.println("extended greedy path: " + trace(policy, 1).cells);
        }
    }

    private static String top(Map<String, Integer> counts) {
        StringBuilder b = new StringBuilder();
        counts.entrySet().stream()
                .sorted((x, y) -> y.getValue() - x.getValue())
                .limit(5)
                .forEach(e ->
                        b.append(e.getKey()).append(" x").append(e.getValue()).append("; "));
        return b.toString();
    }

    private static String fmt(double[] g) {
        return String.format(Locale.ROOT, "(%.4f, %.4f, %.4f)", g[0], g[1], g[2]);
    }
}
