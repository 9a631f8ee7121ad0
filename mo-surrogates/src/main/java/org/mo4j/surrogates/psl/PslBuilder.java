package org.mo4j.surrogates.psl;

import java.util.concurrent.Executor;
import org.mo4j.algorithms.Observer;
import org.mo4j.core.problem.Problem;
import org.mo4j.surrogates.gp.GpSettings;

/**
 * The settings that {@link SvhPsl} and {@link PslMobo} share (their scripts share the batch loop):
 * design size, batch size, steps, particles, κ, candidates, seed, executor, standardisation,
 * reference point and callbacks, each validated when set. The defaults are both scripts'.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class PslBuilder<B extends PslBuilder<B>> {
    final Problem problem;
    private final int minParticles;
    int initialPoints = SvhPsl.DEFAULT_INITIAL_POINTS;
    int batchSize = SvhPsl.DEFAULT_BATCH_SIZE;
    int steps = SvhPsl.DEFAULT_STEPS;
    int particles = SvhPsl.DEFAULT_PARTICLES;
    double kappa = SvhPsl.DEFAULT_KAPPA;
    int candidates = SvhPsl.DEFAULT_CANDIDATES;
    long seed = SvhPsl.DEFAULT_SEED;
    Executor executor;
    /** null: the algorithm's default. */
    Boolean standardise;
    /** null: the algorithm's default. */
    double[] referencePoint;

    BatchListener listener;
    Observer observer;

    PslBuilder(Problem problem, String algorithm, int minParticles) {
        if (problem == null) {
            throw new IllegalArgumentException("problem must not be null");
        }
        if (problem.numberOfConstraints() != 0) {
            throw new IllegalArgumentException(algorithm + " handles no constraints; problem " + problem.name()
                    + " has " + problem.numberOfConstraints());
        }
        this.problem = problem;
        this.minParticles = minParticles;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * @param n the Latin-hypercube design size, at least 2 (20 in the code)
     * @return this builder
     */
    public B initialPoints(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("initialPoints must be at least 2, was " + n);
        }
        initialPoints = n;
        return self();
    }

    /**
     * @param n the points evaluated per iteration, at least 1 (5 in the code)
     * @return this builder
     */
    public B batchSize(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + n);
        }
        batchSize = n;
        return self();
    }

    /**
     * @param n the hypernetwork's training steps per iteration, at least 1 (1000 in the code)
     * @return this builder
     */
    public B steps(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("steps must be at least 1, was " + n);
        }
        steps = n;
        return self();
    }

    /**
     * @param n the preferences (particles) K per step (10 in the code); at least 2 for SVH-PSL,
     *          whose Stein kernel needs two, at least 1 for PSL-MOBO
     * @return this builder
     */
    public B particles(int n) {
        if (n < minParticles) {
            throw new IllegalArgumentException("particles must be at least " + minParticles + ", was " + n);
        }
        particles = n;
        return self();
    }

    /**
     * @param value the LCB coefficient κ, finite and ≥ 0 (0.1 in the code)
     * @return this builder
     */
    public B kappa(double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("kappa must be finite and >= 0, was " + value);
        }
        kappa = value;
        return self();
    }

    /**
     * @param n the candidate preferences of the batch selection, at least the batch size (1000)
     * @return this builder
     */
    public B candidates(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("candidates must be at least 1, was " + n);
        }
        candidates = n;
        return self();
    }

    /**
     * @param value the seed of every random draw (42)
     * @return this builder
     */
    public B seed(long value) {
        seed = value;
        return self();
    }

    /**
     * @param value where the batches are evaluated, the GPs of objectives 1..m−1 fitted and (SVH-PSL)
     *              half of each checkpoint's forward pass and predictions run, or null for the
     *              calling thread; the run is the same either way
     * @return this builder
     */
    public B executor(Executor value) {
        executor = value;
        return self();
    }

    /**
     * Overrides whether Y is z-scored before the GPs are fitted (by default as the algorithm's
     * code: SVH-PSL all problems but ZDT, PSL-MOBO every problem).
     *
     * @param value whether to standardise
     * @return this builder
     */
    public B standardise(boolean value) {
        standardise = value;
        return self();
    }

    /**
     * The reference point of the per-batch hypervolume (by default the code's for SVH-PSL's
     * problems, else the problem's own).
     *
     * @param point m finite values
     * @return this builder
     */
    public B referencePoint(double[] point) {
        referencePoint = SvhPsl.checkedReferencePoint(point, problem);
        return self();
    }

    /**
     * @param value called after the initial design and every batch, or null
     * @return this builder
     */
    public B listener(BatchListener value) {
        listener = value;
        return self();
    }

    /**
     * @param value called after the initial design and every batch with the non-dominated
     *              evaluated points, or null
     * @return this builder
     */
    public B observer(Observer value) {
        observer = value;
        return self();
    }

    /**
     * The batch loop with these settings.
     *
     * @param label              the algorithm's name in messages
     * @param defaultStandardise whether Y is z-scored unless {@link #standardise} was called
     * @param gp                 the GP fitting settings
     */
    PslLoop loop(String label, boolean defaultStandardise, GpSettings gp) {
        return new PslLoop(
                label,
                problem,
                initialPoints,
                batchSize,
                seed,
                executor,
                standardise != null ? standardise : defaultStandardise,
                gp,
                referencePoint != null ? referencePoint.clone() : SvhPsl.defaultReferencePoint(problem),
                listener,
                observer);
    }

    /** Checks the settings that depend on each other, before building. */
    void checkConsistent() {
        if (candidates < batchSize) {
            throw new IllegalArgumentException(
                    "candidates must be at least batchSize " + batchSize + ", was " + candidates);
        }
    }
}
