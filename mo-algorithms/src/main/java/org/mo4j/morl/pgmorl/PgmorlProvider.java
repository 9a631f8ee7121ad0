package org.mo4j.morl.pgmorl;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.mo4j.algorithms.internal.MorlPreset;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.algorithms.registry.Parameter;
import org.mo4j.morl.MorlAlgorithm;
import org.mo4j.morl.MorlAlgorithmProvider;
import org.mo4j.morl.MorlResult;
import org.mo4j.morl.cmorl.Budget;
import org.mo4j.morl.ppo.PpoSettings;

/**
 * Registers {@link Pgmorl} as {@code pgmorl}. Settings left at "derived" take C-MORL's presets for
 * the environment (the same budgets, warm-up budget = C-MORL's Stage 1 budget, warm-up grid and
 * rollout length), so PGMORL, {@code c-morl} and {@code scalarised} run at equal budget.
 */
public final class PgmorlProvider implements MorlAlgorithmProvider {

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public PgmorlProvider() {}

    @Override
    public String name() {
        return "pgmorl";
    }

    @Override
    public String title() {
        return "PGMORL";
    }

    @Override
    public String description() {
        return "prediction-guided MORL: warm-up, then tasks chosen by predicted hypervolume and sparsity"
                + " (Xu et al., ICML 2020)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.integer(
                        "steps",
                        null,
                        1,
                        Long.MAX_VALUE,
                        "total budget in environment steps, all tasks (default as c-morl: 500000, DST 200000)"),
                Parameter.integer(
                        "initial-steps",
                        null,
                        1,
                        Long.MAX_VALUE,
                        "warm-up budget (default c-morl's Stage 1: 100000 Fruit Tree and DST, else 200000)"),
                Parameter.real("min-weight", null, 0, 1, "warm-up grid's lowest weight (default 0)"),
                Parameter.real("max-weight", null, 0, 1, "warm-up grid's highest weight (default 1)"),
                Parameter.real(
                        "delta",
                        null,
                        Double.MIN_VALUE,
                        1,
                        "warm-up grid's step (default: Fruit Tree 1, Minecart and Resource Gathering 0.5,"
                                + " two objectives 0.2); delta/2 is the m>=3 candidate grid's"),
                Parameter.integer("tasks", 0L, 0, 1000, "tasks per generation (0: the number of warm-up weights)"),
                Parameter.integer(
                        "update-iter",
                        0L,
                        0,
                        1_000_000,
                        "PPO updates per task and generation (0: the budget left / (4 tasks), between 1 and 20)"),
                Parameter.integer("pbuffer-num", 100L, 1, 1_000_000, "performance buffers"),
                Parameter.integer("pbuffer-size", 2L, 1, 1_000_000, "policies per performance buffer"),
                Parameter.integer("weight-candidates", 7L, 2, 1000, "candidate weights per population member"),
                Parameter.real("sparsity", 1.0, 0, 1e9, "alpha, the sparsity's weight in task selection"),
                Parameter.integer("policy-buffer", (long) Integer.MAX_VALUE, 1, Integer.MAX_VALUE, "archive capacity"),
                Parameter.text("budget", "environment-steps", "budget units: environment-steps or code"),
                Parameter.integer(
                        "rollout-steps",
                        null,
                        1,
                        1_000_000,
                        "PPO steps per environment per update (default as c-morl: 512; 128 for DST, Fruit Tree"
                                + " and Resource Gathering)"),
                Parameter.integer("envs", 8L, 1, 1024, "parallel environments per policy"),
                Parameter.integer("seed", 1L, Long.MIN_VALUE, Long.MAX_VALUE, "seed of every random draw"));
    }

    @Override
    public MorlAlgorithm create(
            String environment, Configuration c, Executor executor, Consumer<MorlResult.Checkpoint> progress) {
        MorlPreset p = MorlPreset.of(environment);
        long total = c.isSet("steps") ? c.integer("steps") : p.total();
        long initial = c.isSet("initial-steps") ? c.integer("initial-steps") : Math.min(p.initial(), total);
        Pgmorl.Builder b = Pgmorl.builder(environment)
                .totalSteps(total)
                .initialSteps(initial)
                .preferences(
                        c.isSet("min-weight") ? c.real("min-weight") : p.min(),
                        c.isSet("max-weight") ? c.real("max-weight") : p.max(),
                        c.isSet("delta") ? c.real("delta") : p.delta())
                .tasks(c.intValue("tasks"))
                .updateIter(c.intValue("update-iter"))
                .performanceBuffers(c.intValue("pbuffer-num"), c.intValue("pbuffer-size"))
                .weightCandidates(c.intValue("weight-candidates"))
                .sparsity(c.real("sparsity"))
                .policyBuffer(c.intValue("policy-buffer"))
                .budget(c.choice("budget", Budget.class))
                .ppo(PpoSettings.cmorl()
                        .withRollout(
                                c.isSet("rollout-steps") ? c.intValue("rollout-steps") : p.rollout(),
                                c.intValue("envs")))
                .seed(c.integer("seed"));
        if (executor != null) {
            b.executor(executor);
        }
        if (progress != null) {
            b.progress(progress);
        }
        Pgmorl run = b.build();
        return run::run;
    }
}
