package org.mo4j.algorithms;

import static org.mo4j.algorithms.operators.OperatorExamplesTestAccess.assertMessage;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mo4j.algorithms.agemoea.AgeMoea;
import org.mo4j.algorithms.emoea.EpsilonMoea;
import org.mo4j.algorithms.gde3.Gde3;
import org.mo4j.algorithms.ibea.Ibea;
import org.mo4j.algorithms.nsga2.Nsga2;
import org.mo4j.algorithms.nsga3.Nsga3;
import org.mo4j.algorithms.rvea.Rvea;
import org.mo4j.algorithms.smpso.Smpso;
import org.mo4j.algorithms.smsemoa.SmsEmoa;
import org.mo4j.algorithms.spea2.Spea2;

/** Bad arguments fail at once with IllegalArgumentException naming the argument and the value. */
class BadInputTest {

    @Test
    void nullProblemIsRejected() {
        assertMessage(() -> new Nsga2(null), "problem", "null");
        assertMessage(() -> Nsga3.builder(null), "problem", "null");
        assertMessage(() -> new SmsEmoa(null), "problem", "null");
        assertMessage(() -> new Spea2(null), "problem", "null");
        assertMessage(() -> new Ibea(null), "problem", "null");
        assertMessage(() -> new Smpso(null), "problem", "null");
        assertMessage(() -> new Gde3(null), "problem", "null");
        assertMessage(() -> new EpsilonMoea(null), "problem", "null");
        assertMessage(() -> new Rvea(null), "problem", "null");
        assertMessage(() -> new AgeMoea(null), "problem", "null");
    }

    @Test
    void populationSizesAreChecked() {
        var p = TestProblems.schaffer();
        assertMessage(() -> Nsga2.builder(p).populationSize(1), "populationSize", "1");
        assertMessage(() -> Nsga2.builder(p).populationSize(51), "populationSize", "51");
        assertMessage(() -> Nsga3.builder(p).populationSize(0), "populationSize", "0");
        assertMessage(() -> Nsga3.builder(p).populationSize(-4), "populationSize", "-4");
        assertMessage(() -> SmsEmoa.builder(p).populationSize(1), "populationSize", "1");
        assertMessage(() -> Spea2.builder(p).populationSize(1), "populationSize", "1");
        assertMessage(() -> new Spea2(p).run(0), "evaluations", "0");
        assertMessage(() -> Ibea.builder(p).populationSize(1), "populationSize", "1");
        assertMessage(() -> Ibea.builder(p).kappa(-0.5), "kappa", "-0.5");
        assertMessage(() -> Ibea.builder(p).kappa(Double.NaN), "kappa", "NaN");
        assertMessage(() -> Ibea.builder(p).indicator(null), "indicator", "null");
        assertMessage(() -> new Ibea(p).run(0), "evaluations", "0");
        assertMessage(() -> Smpso.builder(p).populationSize(1), "populationSize", "1");
        assertMessage(() -> Smpso.builder(p).mutation(null), "mutation", "null");
        assertMessage(() -> new Smpso(p).run(-1), "evaluations", "-1");
        assertMessage(() -> Gde3.builder(p).populationSize(3), "populationSize", "3");
        assertMessage(() -> Gde3.builder(p).differentialEvolution(null), "de", "null");
        assertMessage(() -> new Gde3(p).run(0), "evaluations", "0");
        assertMessage(() -> EpsilonMoea.builder(p).populationSize(1), "populationSize", "1");
        assertMessage(() -> EpsilonMoea.builder(p).epsilon(new double[] {0.1}), "epsilon", "1");
        assertMessage(() -> EpsilonMoea.builder(p).epsilon(new double[] {0.1, -0.2}), "epsilon[1]", "-0.2");
        assertMessage(() -> EpsilonMoea.builder(p).epsilon(Double.NaN), "epsilon[0]", "NaN");
        assertMessage(() -> Rvea.builder(p).populationSize(1), "populationSize", "1");
        assertMessage(() -> Rvea.builder(p).divisions(0), "divisions", "0");
        assertMessage(() -> Rvea.builder(p).referenceVectors(new double[][] {{1, 0}}), "vectors", "1");
        assertMessage(() -> Rvea.builder(p).referenceVectors(new double[][] {{1, 0}, {0, -1}}), "vectors[1]", "-1");
        assertMessage(
                () -> Rvea.builder(p).referenceVectors(new double[][] {{1, 1}, {2, 2}}), "vectors[0]", "direction");
        assertMessage(() -> Rvea.builder(p).alpha(-1), "alpha", "-1");
        assertMessage(() -> Rvea.builder(p).adaptationFrequency(1.5), "adaptationFrequency", "1.5");
        assertMessage(() -> Rvea.builder(p).plannedGenerations(0), "generations", "0");
        assertMessage(() -> AgeMoea.builder(p).populationSize(1), "populationSize", "1");
        assertMessage(() -> new AgeMoea(p).run(0), "evaluations", "0");
        assertMessage(() -> Nsga3.builder(p).divisions(0), "divisions", "0");
        assertMessage(() -> Nsga3.builder(p).referenceDirections(new double[][] {{1, -1}}), "directions[0]", "-1");
        assertMessage(() -> SmsEmoa.builder(p).referenceOffset(-1), "offset", "-1");
        assertMessage(() -> Nsga2.builder(p).crossover(null), "crossover", "null");
        assertMessage(() -> Nsga2.builder(p).executor(null), "executor", "null");
    }

    @Test
    void budgetsAreChecked() {
        var p = TestProblems.schaffer();
        assertMessage(() -> new Nsga2(p).run(0), "evaluations", "0");
        assertMessage(() -> new Nsga3(p).run(-5), "evaluations", "-5");
        assertMessage(() -> new SmsEmoa(p).run((Termination) null), "termination", "null");
        assertMessage(() -> Termination.time(Duration.ZERO), "duration", "PT0S");
        assertMessage(() -> Termination.stagnation(f -> 0, 0, 0.1), "window", "0");
        assertMessage(() -> Termination.stagnation(f -> 0, 3, -0.1), "tolerance", "-0.1");
        assertMessage(() -> Termination.anyOf(), "terminations", "empty");
    }
}
