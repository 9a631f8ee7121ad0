package org.mo4j.surrogates.psl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.mo4j.algorithms.pareto.ParetoSetModel;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.core.problem.ObjectiveSense;
import org.mo4j.core.problem.Problem;
import org.mo4j.nn.Mlp;
import org.mo4j.surrogates.gp.GaussianProcess;

/**
 * The Pareto-set model a PSL run ends with: the hypernetwork h: Δ<sup>m</sup> → [0,1]<sup>d</sup>
 * that chose the last batch, mapped to the problem's box, with the Gaussian processes it was trained
 * on (Lin et al., "Pareto Set Learning for Expensive Multi-Objective Optimization", NeurIPS 2022;
 * Nguyen et al., AAAI 2025).
 *
 * <p>{@link #solutionFor solutionFor(w)} is h(w / Σw): the preference is put on the simplex, as the
 * networks were trained on Dirichlet preferences; it is the Tchebycheff preference the network was
 * trained with, not a weighted-sum argmax. {@link #objectivesFor} is the <em>predicted</em>
 * objective vector, the GP posterior means in the problem's units (standardisation undone); {@link
 * #evaluate} gives the true one at the cost of one evaluation of the problem, outside the run's
 * budget. {@link #paretoSet()} and {@link #front()} are the image and predicted front of the run's
 * 100·m test preferences (pymoo's energy directions, seed 1). Each query costs one network pass,
 * O(P), plus m GP means, O(m·n·d), for n evaluated points. Queries are synchronised: the network's
 * buffers are shared.
 */
public final class PslModel implements ParetoSetModel<double[]> {

    private final Mlp net;
    private final GaussianProcess[] gps;
    private final double[] shift;
    private final double[] scale;
    private final Problem problem;
    private final Bounds bounds;
    private final int m;
    private final int d;
    private final List<double[]> paretoSet;
    private final double[][] front;
    private final double[] in;
    private final double[] out;

    PslModel(Mlp net, GaussianProcess[] gps, double[] shift, double[] scale, Problem problem, double[][] tests) {
        this.net = net.copy();
        this.gps = gps.clone();
        this.shift = shift.clone();
        this.scale = scale.clone();
        this.problem = problem;
        this.bounds = problem.bounds();
        this.m = problem.numberOfObjectives();
        this.d = problem.numberOfVariables();
        this.in = new double[m];
        this.out = new double[d];
        List<double[]> set = new ArrayList<>(tests.length);
        double[][] f = new double[tests.length][];
        for (int i = 0; i < tests.length; i++) {
            double[] unit = unitSolution(tests[i]);
            set.add(toBounds(unit));
            f[i] = predict(unit);
        }
        this.paretoSet = Collections.unmodifiableList(set);
        this.front = f;
    }

    @Override
    public int numberOfObjectives() {
        return m;
    }

    @Override
    public ObjectiveSense[] senses() {
        ObjectiveSense[] s = new ObjectiveSense[m];
        Arrays.fill(s, ObjectiveSense.MINIMISE);
        return s;
    }

    /** The number d of decision variables. */
    public int numberOfVariables() {
        return d;
    }

    @Override
    public synchronized double[] solutionFor(double[] preference) {
        return toBounds(unitSolution(simplex(preference)));
    }

    @Override
    public synchronized double[] objectivesFor(double[] preference) {
        return predict(unitSolution(simplex(preference)));
    }

    /**
     * The true objectives of {@link #solutionFor solutionFor(preference)}: one evaluation of the
     * problem.
     *
     * @param preference as {@link #solutionFor}
     * @return the problem's objective vector
     * @throws IllegalArgumentException as {@link #solutionFor}
     */
    public double[] evaluate(double[] preference) {
        Evaluation e = problem.evaluate(solutionFor(preference));
        return e.objectives().clone();
    }

    @Override
    public List<double[]> paretoSet() {
        List<double[]> copy = new ArrayList<>(paretoSet.size());
        for (double[] x : paretoSet) {
            copy.add(x.clone());
        }
        return Collections.unmodifiableList(copy);
    }

    @Override
    public double[][] front() {
        double[][] copy = new double[front.length][];
        for (int i = 0; i < front.length; i++) {
            copy[i] = front[i].clone();
        }
        return copy;
    }

    private double[] simplex(double[] preference) {
        ParetoSetModel.normalisedPreference(preference, m); // validates
        double sum = 0;
        for (double w : preference) {
            sum += w;
        }
        double[] p = new double[m];
        for (int j = 0; j < m; j++) {
            p[j] = preference[j] / sum;
        }
        return p;
    }

    private double[] unitSolution(double[] preference) {
        System.arraycopy(preference, 0, in, 0, m);
        net.forward(in, 1, out);
        return out.clone();
    }

    private double[] predict(double[] unit) {
        double[] f = new double[m];
        for (int j = 0; j < m; j++) {
            f[j] = shift[j] + scale[j] * gps[j].mean(unit);
        }
        return f;
    }

    private double[] toBounds(double[] unit) {
        double[] x = new double[d];
        for (int k = 0; k < d; k++) {
            double lo = bounds.lower(k);
            x[k] = lo + unit[k] * (bounds.upper(k) - lo);
        }
        return x;
    }
}
