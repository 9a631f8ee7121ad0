package org.mo4j.problems.maf;

import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.BenchmarkProblem;

/**
 * What MaF10–MaF12 share: each is a WFG problem (Huband et al. 2006) with k = m − 1 position and L
 * = n − m + 1 distance parameters, evaluated, bounded, referenced and sampled as that WFG instance.
 */
abstract class WfgInstance extends AbstractBenchmarkProblem {

    private final BenchmarkProblem wfg;

    WfgInstance(String name, BenchmarkProblem wfg) {
        super(name, wfg.numberOfVariables(), wfg.numberOfObjectives(), wfg.bounds(), wfg.referencePoint());
        this.wfg = wfg;
    }

    /** L = n − m + 1, checked to be at least 1. */
    static int distanceParameters(int objectives, int variables) {
        int l = variables - AbstractBenchmarkProblem.checkObjectives(objectives) + 1;
        if (l < 1) {
            throw new IllegalArgumentException(
                    "variables must be >= objectives (" + objectives + "), was " + variables);
        }
        return l;
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        return wfg.evaluate(x);
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        return wfg.trueFront(n);
    }
}
