package org.mo4j.morl.env;

/**
 * Multi-objective continuous mountain car: an under-powered car must swing up a hill, trading
 * time against fuel. Port of MO-Gymnasium's {@code continuous_mountain_car.py} (v1.1.0,
 * {@code mo-mountaincarcontinuous-v0}, class {@code MOContinuousMountainCar}), whose dynamics are
 * gymnasium's {@code MountainCarContinuous-v0} ({@code continuous_mountain_car.py}); the task is
 * Moore's (1990).
 *
 * <ul>
 * <li>Observation (2): position in [−1.2, 0.6] and velocity in [−0.07, 0.07]. The initial position
 *     is uniform in [−0.6, −0.4) from this environment's generator, the velocity 0.
 * <li>Action: {@code Box([-1], [1])}, the force. As in the original an action outside the box is
 *     accepted: the force is clipped to [−1, 1], the fuel cost is of the action as given. NaN and
 *     infinities are rejected.
 * <li>Dynamics per step: v ← clip(v + 0.0015·force − 0.0025·cos(3p), ±0.07); p ← clip(p + v,
 *     −1.2, 0.6); v ← 0 if p = −1.2 and v &lt; 0. The episode terminates when p ≥ 0.45 and v ≥ 0.
 *     As in the original the state is stored as float after every step (so the next step starts
 *     from the rounded values); the reset state keeps full precision, its observation is rounded.
 * <li>Reward (2): (time, fuel) = (−1, or 0 on the terminating step; −action²).
 * <li>The registry applies a 999-step {@link TimeLimit}, as MO-Gymnasium registers it.
 * </ul>
 * No known front. O(1) per step.
 */
public final class MountainCarContinuous implements MultiObjectiveEnv {

    static final double MIN_ACTION = -1.0;
    static final double MAX_ACTION = 1.0;
    static final double MIN_POSITION = -1.2;
    static final double MAX_POSITION = 0.6;
    static final double MAX_SPEED = 0.07;
    static final double GOAL_POSITION = 0.45;
    static final double GOAL_VELOCITY = 0;
    static final double POWER = 0.0015;

    private static final ActionSpace ACTIONS = new ActionSpace.Box(new double[] {-1}, new double[] {1});

    private final SeedableRandom rng = new SeedableRandom(0);
    private double position;
    private double velocity;
    private boolean running;

    /** A new environment; call {@link #reset(long, double[])} first. */
    public MountainCarContinuous() {}

    @Override
    public int numberOfObjectives() {
        return 2;
    }

    @Override
    public int observationDimension() {
        return 2;
    }

    @Override
    public ActionSpace actionSpace() {
        return ACTIONS;
    }

    @Override
    public void reset(long seed, double[] observationOut) {
        Checks.buffer("observationOut", observationOut, 2);
        rng.reseed(seed);
        position = -0.6 + (-0.4 - -0.6) * rng.nextDouble(); // numpy's uniform(low, high)
        velocity = 0;
        running = true;
        observationOut[0] = (float) position;
        observationOut[1] = (float) velocity;
    }

    /**
     * Starts an episode from a given state instead of a random one (for tests and traced
     * trajectories); the state is used at full precision, as a reset state is.
     *
     * @param position the car's position, in [−1.2, 0.6]
     * @param velocity the car's velocity, in [−0.07, 0.07]
     * @param observationOut receives the observation
     */
    public void resetTo(double position, double velocity, double[] observationOut) {
        if (!(position >= MIN_POSITION && position <= MAX_POSITION)) {
            throw new IllegalArgumentException("position must be in [-1.2, 0.6], was " + position);
        }
        if (!(velocity >= -MAX_SPEED && velocity <= MAX_SPEED)) {
            throw new IllegalArgumentException("velocity must be in [-0.07, 0.07], was " + velocity);
        }
        Checks.buffer("observationOut", observationOut, 2);
        this.position = position;
        this.velocity = velocity;
        running = true;
        observationOut[0] = (float) position;
        observationOut[1] = (float) velocity;
    }

    @Override
    public StepStatus step(double[] action, double[] observationOut, double[] rewardOut) {
        Checks.boxAction(action, 1);
        Checks.stepBuffers(this, observationOut, rewardOut);
        if (!running) {
            throw Checks.notRunning(name());
        }
        double a = action[0];
        double force = Math.min(Math.max(a, MIN_ACTION), MAX_ACTION);
        double v = velocity + (force * POWER - 0.0025 * Math.cos(3 * position));
        if (v > MAX_SPEED) {
            v = MAX_SPEED;
        }
        if (v < -MAX_SPEED) {
            v = -MAX_SPEED;
        }
        double p = position + v;
        if (p > MAX_POSITION) {
            p = MAX_POSITION;
        }
        if (p < MIN_POSITION) {
            p = MIN_POSITION;
        }
        if (p == MIN_POSITION && v < 0) {
            v = 0;
        }
        boolean terminated = p >= GOAL_POSITION && v >= GOAL_VELOCITY;
        rewardOut[0] = terminated ? 0.0 : -1.0;
        rewardOut[1] = -(a * a);
        position = (float) p;
        velocity = (float) v;
        observationOut[0] = position;
        observationOut[1] = velocity;
        running = !terminated;
        return terminated ? StepStatus.TERMINATED : StepStatus.RUNNING;
    }

    @Override
    public boolean hasKnownFront() {
        return false;
    }

    /** Not known: always throws {@link UnsupportedOperationException}. */
    @Override
    public double[][] paretoFront(double gamma) {
        throw new UnsupportedOperationException("mo-mountaincar-continuous has no known Pareto front");
    }

    @Override
    public String name() {
        return "mo-mountaincar-continuous";
    }
}
