package org.mo4j.algorithms;

import java.util.concurrent.Executor;
import java.util.stream.Stream;

import org.mo4j.algorithms.nsga2.Nsga2;
import org.mo4j.algorithms.nsga3.Nsga3;
import org.mo4j.algorithms.smsemoa.SmsEmoa;
import org.mo4j.core.problem.Problem;

/** The three algorithms behind one test-side face, so contract tests run against each. */
public interface Algorithms {

    /** Configures and runs one algorithm; {@code executor} and {@code observer} may be null. */
    Result run(Problem problem, int populationSize, long seed, Executor executor, Observer observer,
               Termination termination);

    /** Whether offspring are evaluated in batches of a generation (SMS-EMOA evaluates one per step). */
    default boolean batched() {
        return true;
    }

    Algorithms NSGA2 = new Algorithms() {
        @Override
        public Result run(Problem p, int size, long seed, Executor ex, Observer o, Termination t) {
            Nsga2.Builder b = Nsga2.builder(p).populationSize(size).seed(seed);
            if (ex != null) {
                b.executor(ex);
            }
            if (o != null) {
                b.observer(o);
            }
            return b.build().run(t);
        }

        @Override
        public String toString() {
            return "NSGA-II";
        }
    };

    Algorithms NSGA3 = new Algorithms() {
        @Override
        public Result run(Problem p, int size, long seed, Executor ex, Observer o, Termination t) {
            Nsga3.Builder b = Nsga3.builder(p).populationSize(size).seed(seed);
            if (ex != null) {
                b.executor(ex);
            }
            if (o != null) {
                b.observer(o);
            }
            return b.build().run(t);
        }

        @Override
        public String toString() {
            return "NSGA-III";
        }
    };

    Algorithms SMS_EMOA = new Algorithms() {
        @Override
        public Result run(Problem p, int size, long seed, Executor ex, Observer o, Termination t) {
            SmsEmoa.Builder b = SmsEmoa.builder(p).populationSize(size).seed(seed);
            if (ex != null) {
                b.executor(ex);
            }
            if (o != null) {
                b.observer(o);
            }
            return b.build().run(t);
        }

        @Override
        public boolean batched() {
            return false;
        }

        @Override
        public String toString() {
            return "SMS-EMOA";
        }
    };

    static Stream<Algorithms> all() {
        return Stream.of(NSGA2, NSGA3, SMS_EMOA);
    }
}
