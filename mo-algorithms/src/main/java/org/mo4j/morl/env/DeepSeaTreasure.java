package org.mo4j.morl.env;

/**
 * Deep Sea Treasure: a submarine on an 11 × 11 grid trades treasure value against time. Port of
 * MO-Gymnasium's {@code deep_sea_treasure.py} (v1.1.0; {@code deep-sea-treasure-v0} and
 * {@code deep-sea-treasure-concave-v0}); maps of Yang et al. (NeurIPS 2019, "convex") and
 * Vamplew et al. (2018, "concave"); the problem is Vamplew et al., Machine Learning 84 (2011).
 *
 * <ul>
 * <li>Observation: the submarine's (row, column), two integers in [0, 10] as doubles; start (0, 0).
 * <li>Actions: {@code Discrete(4)}: 0 up (row − 1), 1 down, 2 left, 3 right. A move off the grid
 *     or into rock leaves the submarine in place.
 * <li>Reward: (treasure, −1): the treasure's value on reaching a treasure cell (which terminates
 *     the episode), else 0; −1 every step. No time limit here; the registry wraps it in a
 *     {@link TimeLimit} of 100 steps, as MO-Gymnasium registers it.
 * <li>Front: {@link #paretoFront(double)} discounts the original's ten undiscounted points
 *     (value v reached in k steps) to (v·γ^(k−1), −Σ_{i&lt;k} γ^i), as the original does.
 * </ul>
 * O(1) per step.
 */
public final class DeepSeaTreasure implements MultiObjectiveEnv {

    /** The two maps of MO-Gymnasium (same rock, same treasure cells, different values). */
    public enum SeaMap {
        /** Yang et al. (2019): values 0.7 … 23.7; MO-Gymnasium's default map. */
        CONVEX(new double[] {0.7, 8.2, 11.5, 14.0, 15.1, 16.1, 19.6, 20.3, 22.4, 23.7}),
        /** Vamplew et al. (2018): values 1 … 124; the front is concave. */
        CONCAVE(new double[] {1.0, 2.0, 3.0, 5.0, 8.0, 16.0, 24.0, 50.0, 74.0, 124.0});

        private final double[] values;

        SeaMap(double[] values) {
            this.values = values;
        }

        /** The treasure values of columns 0 … 9 (rows 1, 2, 3, 4, 4, 4, 7, 7, 9, 10), a copy. */
        public double[] treasureValues() {
            return values.clone();
        }
    }

    /** The grid's side. */
    public static final int SIZE = 11;

    /** The sea floor: the treasure's row in each column 0 … 9 (column 10 is open water). */
    static final int[] TREASURE_ROWS = {1, 2, 3, 4, 4, 4, 7, 7, 9, 10};

    /** Steps of the shortest path to each treasure (the time of the original's front). */
    static final int[] TREASURE_STEPS = {1, 3, 5, 7, 8, 9, 13, 14, 17, 19};

    private static final ActionSpace ACTIONS = new ActionSpace.Discrete(4);

    private static final int[] DROW = {-1, 1, 0, 0};
    private static final int[] DCOL = {0, 0, -1, 1};

    private final SeaMap map;
    private final String name;
    /** cell value: 0 sea, −10 rock, > 0 treasure, as the original's array. */
    private final double[][] grid = new double[SIZE][SIZE];

    private int row;
    private int col;
    private boolean running;

    /** The convex map (MO-Gymnasium's default). */
    public DeepSeaTreasure() {
        this(SeaMap.CONVEX);
    }

    /** The given map. */
    public DeepSeaTreasure(SeaMap map) {
        if (map == null) {
            throw new IllegalArgumentException("map must not be null");
        }
        this.map = map;
        this.name = map == SeaMap.CONVEX ? "dst" : "dst-concave";
        for (int c = 0; c < TREASURE_ROWS.length; c++) {
            grid[TREASURE_ROWS[c]][c] = map.values[c];
            for (int r = TREASURE_ROWS[c] + 1; r < SIZE; r++) {
                grid[r][c] = -10;
            }
        }
    }

    /** The map this instance uses. */
    public SeaMap map() {
        return map;
    }

    /** The value of cell (row, col) in the original's encoding: 0 sea, −10 rock, else treasure. */
    public double cell(int row, int col) {
        return grid[row][col];
    }

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
        row = 0;
        col = 0;
        running = true;
        observationOut[0] = 0;
        observationOut[1] = 0;
    }

    @Override
    public StepStatus step(double[] action, double[] observationOut, double[] rewardOut) {
        int a = Checks.discreteAction(action, 4);
        Checks.stepBuffers(this, observationOut, rewardOut);
        if (!running) {
            throw Checks.notRunning(name);
        }
        int r = row + DROW[a];
        int c = col + DCOL[a];
        if (r >= 0 && r < SIZE && c >= 0 && c < SIZE && grid[r][c] != -10) {
            row = r;
            col = c;
        }
        double v = grid[row][col];
        boolean terminal = v != 0 && v != -10;
        rewardOut[0] = terminal ? v : 0.0;
        rewardOut[1] = -1.0;
        observationOut[0] = row;
        observationOut[1] = col;
        running = !terminal;
        return terminal ? StepStatus.TERMINATED : StepStatus.RUNNING;
    }

    @Override
    public boolean hasKnownFront() {
        return true;
    }

    @Override
    public double[][] paretoFront(double gamma) {
        Checks.gamma(gamma);
        double[][] front = new double[TREASURE_STEPS.length][];
        for (int i = 0; i < front.length; i++) {
            int k = TREASURE_STEPS[i];
            double time = 0;
            for (int t = 0; t < k; t++) {
                time += Math.pow(gamma, t);
            }
            front[i] = new double[] {map.values[i] * Math.pow(gamma, k - 1), -time};
        }
        return front;
    }

    @Override
    public String name() {
        return name;
    }
}
