package org.mo4j.lab;

import java.util.List;
import java.util.concurrent.Executor;
import org.mo4j.algorithms.Algorithm;
import org.mo4j.algorithms.Observer;
import org.mo4j.algorithms.nsga2.Nsga2Provider;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.algorithms.registry.Parameter;
import org.mo4j.core.problem.Problem;

/** A registered test algorithm: NSGA-II, except that the run with seed 2 throws. */
public final class FailingProvider implements AlgorithmProvider {

    private final Nsga2Provider nsga2 = new Nsga2Provider();

    @Override
    public String name() {
        return "fails-on-seed-2";
    }

    @Override
    public String description() {
        return "NSGA-II that throws on seed 2 (test)";
    }

    @Override
    public List<Parameter> parameters() {
        return nsga2.parameters();
    }

    @Override
    public Algorithm create(Problem problem, Configuration configuration, Executor executor, Observer observer) {
        Algorithm a = nsga2.create(problem, configuration, executor, observer);
        long seed = configuration.integer("seed");
        return termination -> {
            if (seed == 2) {
                throw new IllegalStateException("boom at seed 2");
            }
            return a.run(termination);
        };
    }
}
