package org.mo4j.morl.pgmorl;

import java.util.ArrayList;
import java.util.List;

/**
 * PGMORL's optimisation history ({@code morl/opt_graph.py}): a forest whose nodes are evaluated
 * policies; an edge prev → node records the weight the policy was trained with (stored normalised
 * to unit length) and the change of returns it caused. Insertion O(m).
 */
final class OptGraph {

    final List<double[]> weights = new ArrayList<>();
    final List<double[]> objs = new ArrayList<>();
    final List<double[]> deltaObjs = new ArrayList<>();
    final List<List<Integer>> succ = new ArrayList<>();

    /** Adds a node reached from {@code prev} (−1 for a root) by training with {@code weight}; returns its id. */
    int insert(double[] weight, double[] returns, int prev) {
        double[] w = Pgmorl.unit(weight);
        double[] d = new double[returns.length];
        if (prev >= 0) {
            double[] p = objs.get(prev);
            for (int j = 0; j < d.length; j++) {
                d[j] = returns[j] - p[j];
            }
        }
        weights.add(w);
        objs.add(returns.clone());
        deltaObjs.add(d);
        succ.add(new ArrayList<>());
        int id = objs.size() - 1;
        if (prev >= 0) {
            succ.get(prev).add(id);
        }
        return id;
    }

    int size() {
        return objs.size();
    }
}
