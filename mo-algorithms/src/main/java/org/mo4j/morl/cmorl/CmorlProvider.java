package org.mo4j.morl.cmorl;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.mo4j.algorithms.internal.MorlPreset;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.algorithms.registry.Parameter;
import org.mo4j.morl.MorlAlgorithm;
import org.mo4j.morl.MorlAlgorithmProvider;
import org.mo4j.morl.MorlResult;
import org.mo4j.morl.ppo.BarrierForm;
import org.mo4j.morl.ppo.PpoSettings;
import org.mo4j.morl.ppo.Relaxation;

/**
 * Registers {@link Cmorl} as {@code c-morl} and, with Stage 2 off and the whole budget to Stage 1,
 * the linear-scalarisation PPO baseline as {@code scalarised}, whose answer is each preference's
 * final policy ({@code snapshots=every} archives every evaluated snapshot instead, as C-MORL does). Settings left at "derived" take the
 * C-MORL scripts' values for the environment (Fruit Tree and Minecart; the two-objective MuJoCo
 * scripts' grid for Deep Sea Treasure and the mountain car; Minecart's for Resource Gathering).
 */
public final class CmorlProvider implements MorlAlgorithmProvider {

    private final boolean stage2;

    /** The C-MORL provider {@link java.util.ServiceLoader} instantiates. */
    public CmorlProvider() {
        this(true);
    }

    CmorlProvider(boolean stage2) {
        this.stage2 = stage2;
    }

    /** The scalarised baseline's provider. */
    public static final class Scalarised implements MorlAlgorithmProvider {
        private final CmorlProvider inner = new CmorlProvider(false);

        /** The provider {@link java.util.ServiceLoader} instantiates. */
        public Scalarised() {}

        @Override
        public String name() {
            return "scalarised";
        }

        @Override
        public String title() {
            return "Scalarised PPO";
        }

        @Override
        public String description() {
            return "baseline: linear-scalarisation PPO on C-MORL's preference grid, whole budget, no Stage 2;"
                    + " its answer is each preference's final policy (snapshots=every archives them all)";
        }

        @Override
        public List<Parameter> parameters() {
            return inner.parameters();
        }

        @Override
        public MorlAlgorithm create(
                String environment, Configuration c, Executor executor, Consumer<MorlResult.Checkpoint> progress) {
            return inner.create(environment, c, executor, progress);
        }
    }

    @Override
    public String name() {
        return "c-morl";
    }

    @Override
    public String title() {
        return "C-MORL";
    }

    @Override
    public String description() {
        return "constrained MORL: scalarised PPO, then constrained Pareto extension (Liu et al., ICLR 2025)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.integer(
                        "steps",
                        null,
                        1,
                        Long.MAX_VALUE,
                        "total budget in environment steps " + "(default by environment: 500000, DST 200000)"),
                Parameter.integer(
                        "initial-steps",
                        null,
                        1,
                        Long.MAX_VALUE,
                        "Stage 1's budget "
                                + "(default 100000 Fruit Tree and DST, else 200000; the baseline takes all)"),
                Parameter.real("min-weight", null, 0, 1, "Stage 1 grid's lowest weight (default 0)"),
                Parameter.real("max-weight", null, 0, 1, "Stage 1 grid's highest weight (default 1)"),
                Parameter.real(
                        "delta",
                        null,
                        Double.MIN_VALUE,
                        1,
                        "Stage 1 grid's step (default: Fruit Tree 1, "
                                + "Minecart and Resource Gathering 0.5, two objectives 0.2)"),
                Parameter.integer(
                        "select", null, 1, 1000, "policies extended per round (default 6, " + "two objectives 5)"),
                Parameter.integer("policy-buffer", 200L, 1, 1_000_000, "archive capacity"),
                Parameter.integer(
                        "update-iter", 20L, 1, 1_000_000, "PPO updates per policy and objective " + "per round"),
                Parameter.integer("eval-interval", 1L, 1, 1_000_000, "Stage 1 evaluates every n updates"),
                Parameter.real("beta", 0.9, -1e9, 1e9, "constraint relaxation beta"),
                Parameter.real("t", 20.0, Double.MIN_VALUE, Double.MAX_VALUE, "barrier coefficient t"),
                Parameter.text("barrier", "code", "barrier form: code, code-as-written or paper"),
                Parameter.text(
                        "relaxation",
                        "proportional",
                        "constraint bound: proportional (beta*G, paper and code) or sign-aware "
                                + "(G - (1-beta)|G|, below G for costs too)"),
                Parameter.text(
                        "stage2-budget",
                        "rounds",
                        "Stage 2 rounds: rounds (the code's count, sized for select policies) or spend "
                                + "(rounds while budget is left)"),
                Parameter.text(
                        "extension",
                        "from-selected",
                        "each objective starts from-selected (paper) " + "or chained (code)"),
                Parameter.text("budget", "environment-steps", "budget units: environment-steps or code"),
                Parameter.text(
                        "snapshots",
                        null,
                        "Stage 1 policies archived: every (evaluated snapshot) or final "
                                + "(default: every for c-morl, as its code; final for scalarised)"),
                Parameter.real(
                        "stage2-lr",
                        null,
                        0,
                        1,
                        "Stage 2's learning rate (default: the code's, Stage 1's last rate lr/U)"),
                Parameter.integer(
                        "rollout-steps",
                        null,
                        1,
                        1_000_000,
                        "PPO steps per environment per update "
                                + "(default 512; 128 for DST, Fruit Tree and Resource Gathering, whose budgets count every step)"),
                Parameter.integer("envs", 8L, 1, 1024, "parallel environments per policy"),
                Parameter.integer(
                        "minibatches",
                        32L,
                        1,
                        1_000_000,
                        "PPO minibatches per epoch (the code's 32; each holds rollout-steps*envs/minibatches steps)"),
                Parameter.real(
                        "entropy",
                        0.0,
                        0,
                        1e9,
                        "PPO's entropy-bonus coefficient (the code's run.py: 0; positive: an exploration departure)"),
                Parameter.integer("seed", 1L, Long.MIN_VALUE, Long.MAX_VALUE, "seed of every random draw"));
    }

    @Override
    public MorlAlgorithm create(
            String environment, Configuration c, Executor executor, Consumer<MorlResult.Checkpoint> progress) {
        MorlPreset p = MorlPreset.of(environment);
        long total = c.isSet("steps") ? c.integer("steps") : p.total();
        long initial = c.isSet("initial-steps") ? c.integer("initial-steps") : Math.min(p.initial(), total);
        Cmorl.Builder b = Cmorl.builder(environment)
                .totalSteps(total)
                .initialSteps(stage2 ? initial : total)
                .preferences(
                        c.isSet("min-weight") ? c.real("min-weight") : p.min(),
                        c.isSet("max-weight") ? c.real("max-weight") : p.max(),
                        c.isSet("delta") ? c.real("delta") : p.delta())
                .select(c.isSet("select") ? c.intValue("select") : p.select())
                .policyBuffer(c.intValue("policy-buffer"))
                .updateIter(c.intValue("update-iter"))
                .evaluationInterval(c.intValue("eval-interval"))
                .beta(c.real("beta"))
                .t(c.real("t"))
                .barrier(c.choice("barrier", BarrierForm.class))
                .relaxation(c.choice("relaxation", Relaxation.class))
                .stage2Budget(c.choice("stage2-budget", Stage2Budget.class))
                .extension(c.choice("extension", Cmorl.Extension.class))
                .budget(c.choice("budget", Budget.class))
                .ppo(PpoSettings.cmorl()
                        .withMinibatches(PpoSettings.cmorl().epochs(), c.intValue("minibatches"))
                        .withEntropyCoef(c.real("entropy"))
                        .withRollout(
                                c.isSet("rollout-steps") ? c.intValue("rollout-steps") : p.rollout(),
                                c.intValue("envs")))
                .stage2LearningRate(c.isSet("stage2-lr") ? c.real("stage2-lr") : Double.NaN)
                .stage2(stage2)
                .snapshots(c.isSet("snapshots") ? c.choice("snapshots", Cmorl.Snapshots.class) : null)
                .seed(c.integer("seed"));
        if (executor != null) {
            b.executor(executor);
        }
        if (progress != null) {
            b.progress(progress);
        }
        Cmorl run = b.build();
        return run::run;
    }
}
