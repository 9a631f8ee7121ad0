package org.mo4j.morl.env;

/**
 * Minecart: a cart leaves its base, mines two ores at five mines and must bring them home, trading
 * ore against fuel. Port of MO-Gymnasium's {@code minecart.py} with {@code mine_config.json}
 * (v1.1.0, {@code minecart-v0}: frame skip 4, incremental frame skip, vector observation), from
 * Abels, Roijers, Lenaerts, Nowé, Steckelmacher, "Dynamic weights in multi-objective deep
 * reinforcement learning", ICML 2019.
 *
 * <ul>
 * <li>World: the unit square; base at (0, 0) with radius 0.15; five mines of radius 0.14 at
 *     (0.16, 0.84), (0.5, 0.84), (0.84, 0.84), (0.84, 0.5), (0.84, 0.16) whose per-ore yields are
 *     max(0, N(μ, 0.05)) with μ (ore 1, ore 2) = (0.2, 0), (0.15, 0.1), (0.2, 0.2), (0.1, 0.15),
 *     (0, 0.2); cart capacity 1.5. The cart starts at the base, speed 0, heading 45°.
 * <li>Actions: {@code Discrete(6)}: 0 mine, 1 left (−10° per frame), 2 right (+10°),
 *     3 accelerate (+0.0075 per frame, speed capped at 1), 4 brake (speed to 0), 5 none. Each
 *     action is repeated for 4 frames; every frame the cart moves by its speed along its heading,
 *     clipped to the square (sliding along a wall turns it by 10°), and its speed becomes the
 *     distance actually travelled. Mining needs speed &lt; 0.001 and the nearest mine within 0.14;
 *     a draw larger than the free capacity is scaled down to fill it.
 * <li>Observation (7): x, y, speed, sin and cos of the heading, and each ore's load divided by
 *     the capacity; rounded to float as the original's float32 observation.
 * <li>Reward (3): (ore 1, ore 2, fuel). Ore is paid when the cart re-enters the base after
 *     having left it, which terminates the episode. Fuel per step: −0.005·4 always, −0.025·4
 *     more on accelerate, −0.05·4 more on mine (so −0.02, −0.12, −0.22).
 * <li>The registry applies a 1000-step {@link TimeLimit}, as MO-Gymnasium registers it.
 * </ul>
 *
 * <p>No known front: the original's {@code pareto_front} is an approximation built from assumed
 * acceleration patterns, so {@link #paretoFront(double)} throws. O(mines) per step.
 */
public final class Minecart implements MultiObjectiveEnv {

    /** Frames each action is repeated for. */
    public static final int FRAME_SKIP = 4;

    /** The cart's capacity in {@code mine_config.json}. */
    public static final double CAPACITY = 1.5;

    static final double EPS_SPEED = 0.001;
    static final double ROTATION = 10;
    static final double MAX_SPEED = 1.0;
    static final double FUEL_MINE = -0.05;
    static final double FUEL_ACC = -0.025;
    static final double FUEL_IDLE = -0.005;
    static final double MINE_RADIUS = 0.14;
    static final double BASE_RADIUS = 0.15;
    static final double ACCELERATION = 0.0075;
    static final double DECELERATION = 1;

    static final int MINE = 0;
    static final int LEFT = 1;
    static final int RIGHT = 2;
    static final int ACCELERATE = 3;
    static final int BRAKE = 4;
    static final int NONE = 5;

    /** Mine positions (x, y), as {@code mine_config.json}. */
    static final double[][] MINES = {{0.16, 0.84}, {0.5, 0.84}, {0.84, 0.84}, {0.84, 0.5}, {0.84, 0.16}};

    /** Per mine, per ore: the mean of the yield's normal distribution (sd {@link #YIELD_SD}). */
    static final double[][] YIELD_MEAN = {{0.2, 0}, {0.15, 0.1}, {0.2, 0.2}, {0.1, 0.15}, {0, 0.2}};

    static final double YIELD_SD = 0.05;

    private static final ActionSpace ACTIONS = new ActionSpace.Discrete(6);

    private final SeedableRandom rng = new SeedableRandom(0);
    private double x;
    private double y;
    private double speed;
    private double angle;
    private final double[] content = new double[2];
    private final double[] mined = new double[2];
    private boolean departed;
    private boolean end;
    private boolean running;

    /** A new environment; call {@link #reset(long, double[])} first. */
    public Minecart() {}

    @Override
    public int numberOfObjectives() {
        return 3;
    }

    @Override
    public int observationDimension() {
        return 7;
    }

    @Override
    public ActionSpace actionSpace() {
        return ACTIONS;
    }

    @Override
    public void reset(long seed, double[] observationOut) {
        Checks.buffer("observationOut", observationOut, 7);
        rng.reseed(seed);
        content[0] = 0;
        content[1] = 0;
        x = 0;
        y = 0;
        speed = 0;
        angle = 45;
        departed = false;
        end = false;
        running = true;
        write(observationOut);
    }

    @Override
    public StepStatus step(double[] action, double[] observationOut, double[] rewardOut) {
        int a = Checks.discreteAction(action, 6);
        Checks.stepBuffers(this, observationOut, rewardOut);
        if (!running) {
            throw Checks.notRunning(name());
        }
        rewardOut[0] = 0;
        rewardOut[1] = 0;
        rewardOut[2] = FUEL_IDLE * FRAME_SKIP;
        if (a == ACCELERATE) {
            rewardOut[2] += FUEL_ACC * FRAME_SKIP;
        } else if (a == MINE) {
            rewardOut[2] += FUEL_MINE * FRAME_SKIP;
        }
        for (int frame = 0; frame < FRAME_SKIP; frame++) {
            switch (a) {
                case LEFT -> rotate(-ROTATION);
                case RIGHT -> rotate(ROTATION);
                case ACCELERATE -> accelerate(ACCELERATION);
                case BRAKE -> accelerate(-DECELERATION);
                case MINE -> mine();
                default -> {}
            }
            if (end) {
                break; // as the original: the action of this frame is applied, the move is not
            }
            move();
            double distanceFromBase = Math.sqrt(x * x + y * y);
            if (distanceFromBase < BASE_RADIUS) {
                if (departed) {
                    end = true;
                    rewardOut[0] += content[0];
                    rewardOut[1] += content[1];
                    content[0] = 0;
                    content[1] = 0;
                }
            } else {
                departed = true;
            }
        }
        write(observationOut);
        running = !end;
        return end ? StepStatus.TERMINATED : StepStatus.RUNNING;
    }

    private void rotate(double rotation) {
        double r = (angle + rotation) % 360; // Python's modulo: the result has the sign of 360
        angle = r < 0 ? r + 360 : r;
    }

    private void accelerate(double acceleration) {
        speed = clip(speed + acceleration, 0, MAX_SPEED);
    }

    /** One frame of motion: Cart.step of the original, walls make the cart slide and turn. */
    private void move() {
        if (speed < EPS_SPEED) {
            return;
        }
        double preX = x;
        double preY = y;
        double xv = speed * Math.cos(angle * Math.PI / 180);
        double yv = speed * Math.sin(angle * Math.PI / 180);
        if (y != 0 && y != 1 && (yv > EPS_SPEED || yv < -EPS_SPEED)) {
            if (x == 1 && xv > 0) {
                angle += Math.copySign(ROTATION, yv);
            }
            if (x == 0 && xv < 0) {
                angle -= Math.copySign(ROTATION, yv);
            }
        }
        if (x != 0 && x != 1 && (xv > EPS_SPEED || xv < -EPS_SPEED)) {
            if (y == 1 && yv > 0) {
                angle -= Math.copySign(ROTATION, xv);
            }
            if (y == 0 && yv < 0) {
                angle += Math.copySign(ROTATION, xv);
            }
        }
        x = clip(preX + xv, 0, 1);
        y = clip(preY + yv, 0, 1);
        double dx = preX - x;
        double dy = preY - y;
        speed = Math.sqrt(dx * dx + dy * dy);
    }

    /** The MINE action of one frame: the nearest mine, if the cart stands within its radius. */
    private void mine() {
        if (speed >= EPS_SPEED) {
            return;
        }
        int nearest = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < MINES.length; i++) {
            double d = distanceTo(i);
            if (d < best) { // strict: the first of equally near mines, as Python's min
                best = d;
                nearest = i;
            }
        }
        if (best > MINE_RADIUS) {
            return;
        }
        double free = CAPACITY - (content[0] + content[1]);
        for (int k = 0; k < 2; k++) {
            mined[k] = Math.max(0.0, YIELD_MEAN[nearest][k] + YIELD_SD * rng.nextGaussian());
        }
        double total = mined[0] + mined[1];
        if (total > free) {
            double scale = free / total;
            mined[0] *= scale;
            mined[1] *= scale;
        }
        content[0] += mined[0];
        content[1] += mined[1];
    }

    private double distanceTo(int mine) {
        double dx = x - MINES[mine][0];
        double dy = y - MINES[mine][1];
        return Math.sqrt(dx * dx + dy * dy);
    }

    private static double clip(double v, double lo, double hi) {
        return v <= lo ? lo : v >= hi ? hi : v;
    }

    private void write(double[] observationOut) {
        double radians = Math.toRadians(angle);
        observationOut[0] = (float) x;
        observationOut[1] = (float) y;
        observationOut[2] = (float) speed;
        observationOut[3] = (float) Math.sin(radians);
        observationOut[4] = (float) Math.cos(radians);
        observationOut[5] = (float) (content[0] / CAPACITY);
        observationOut[6] = (float) (content[1] / CAPACITY);
    }

    @Override
    public boolean hasKnownFront() {
        return false;
    }

    /** Not known: always throws {@link UnsupportedOperationException}. */
    @Override
    public double[][] paretoFront(double gamma) {
        throw new UnsupportedOperationException("minecart has no known Pareto front");
    }

    @Override
    public String name() {
        return "minecart";
    }
}
