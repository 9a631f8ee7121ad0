// mo4j: MAP, amortised Pareto fronts for model merging by quadratic surrogates (Li et al., ICLR 2025).
// Run it from the repository root:   ./mo4j notebook examples/map.jsh
//
// The task: two softmax-regression models fine-tuned from one "pretrained" model on two related
// classification tasks. Merging adds scaled task vectors, theta(c) = theta_pre + c1*tau1 + c2*tau2;
// every choice of c trades accuracy on task 1 against task 2. Measuring a merged model is the
// expensive step (on real networks: minutes per evaluation), so MAP measures a few c, fits one
// quadratic surrogate per task, and searches the surrogates with NSGA-III for the whole front.
import java.nio.file.Path;
import java.util.Arrays;
import org.mo4j.plot.FrontPlot;
import org.mo4j.core.indicators.InvertedGenerationalDistance;
import org.mo4j.core.problem.ObjectiveSense;
import org.mo4j.core.weights.WeightVectors;
import org.mo4j.surrogates.map.AmortizedParetoFront;
import org.mo4j.surrogates.map.MapMerging;
import org.mo4j.surrogates.map.SearchSettings;
import org.mo4j.surrogates.merging.GridSearch;
import org.mo4j.surrogates.merging.MergingBenchmark;

// 1. The models: trained here, seeded, in a second or two.
MergingBenchmark task = MergingBenchmark.builder(2).seed(1).build();
System.out.printf("accuracy of the pretrained model: %s; of each fine-tuned model on its task: %s%n",
        Arrays.toString(task.evaluate(new double[] {0, 0})), Arrays.toString(new double[] {
        task.evaluate(new double[] {1, 0}, 0), task.evaluate(new double[] {0, 1}, 1)}));

// 2. MAP: (T+1)(T+2) = 12 measured merges, a sigmoid-linked quadratic per task fitted by
//    Levenberg-Marquardt, then NSGA-III on the surrogates. Searched in [0, 1]^2 (the code's default
//    box is [-3, 3], where the quadratics extrapolate; see MapMerging's Javadoc).
AmortizedParetoFront map = MapMerging.builder(2).seed(7).
        search(SearchSettings.mapDefaults().withBounds(0, 1)).build().run(task);
System.out.printf("MAP: %d expensive evaluations, surrogate R^2 %.4f and %.4f, %d predicted front members%n",
        map.expensiveEvaluations(), map.surrogates().get(0).rSquared(), map.surrogates().get(1).rSquared(), map.size());

// 3. The amortised front answers preferences without new training: "70% task 1, 30% task 2".
double[] c = map.solutionFor(new double[] {0.7, 0.3});
System.out.printf("coefficients for preference (0.7, 0.3): %s, predicted accuracies %s, measured %s%n",
        Arrays.toString(c), Arrays.toString(Arrays.stream(map.objectivesFor(new double[] {0.7, 0.3})).map(v -> -v).toArray()),
        Arrays.toString(task.evaluate(c)));

// 4. Ground truth, the paper's way: a 100 x 100 grid of merges, all measured (10 000 evaluations).
GridSearch.Grid grid = GridSearch.evaluate(task, 2, 100, 0, 1);
double[][] truth = grid.front(ObjectiveSense.MAXIMISE, ObjectiveSense.MAXIMISE).stream().map(e -> e.objectives()).toArray(double[][]::new);
// "MAP, real": the members picked for 21 preferences, measured for real.
int[] picks = Arrays.stream(WeightVectors.simplexLattice(2, 20)).mapToInt(map::indexFor).distinct().toArray();
double[][] real = Arrays.stream(map.evaluateTrue(task, picks)).map(r -> Arrays.stream(r).map(v -> -v).toArray()).toArray(double[][]::new);
double igdPredicted = InvertedGenerationalDistance.of(map.front(), truth);
double igdReal = InvertedGenerationalDistance.of(real, truth);
System.out.printf("IGD to the grid-search front (accuracy units): predicted %.4f, measured picks %.4f; evaluations %d + %d vs %d%n",
        igdPredicted, igdReal, map.expensiveEvaluations(), picks.length, grid.evaluations());
if (!(igdPredicted < 0.03 && igdReal < 0.03)) throw new AssertionError("MAP's front is far from the grid's");

// 5. The picture: accuracies (negated back to "higher is better").
double[][] shown = Arrays.stream(map.front()).map(r -> Arrays.stream(r).map(v -> -v).toArray()).toArray(double[][]::new);
double[][] gridShown = Arrays.stream(truth).map(r -> Arrays.stream(r).map(v -> -v).toArray()).toArray(double[][]::new);
double[][] realShown = Arrays.stream(real).map(r -> Arrays.stream(r).map(v -> -v).toArray()).toArray(double[][]::new);
Path png = FrontPlot.titled("MAP on a 2-task merge: accuracy on task 1 vs task 2").
        series("grid search (10000 merges)", gridShown).series("MAP, predicted", shown).
        series("MAP, measured picks", realShown).objectives("accuracy on task 1", "accuracy on task 2").write(Path.of("target", "notebooks", "map.png"));
System.out.println("picture: " + png.toAbsolutePath());
System.out.println("notebook finished");
/exit
