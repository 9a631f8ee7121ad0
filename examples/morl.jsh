// mo4j: C-MORL, constrained multi-objective reinforcement learning (Liu et al., ICLR 2025), against
// the linear-scalarisation PPO baseline at the same budget.
// Run it from the repository root:   ./mo4j notebook examples/morl.jsh
//
// Returns are MAXIMISED here, as in MO-Gymnasium. C-MORL's Stage 1 trains one PPO policy per
// preference w on w.G; Stage 2 takes the archive's least crowded policies and pushes each objective
// in turn while a log barrier keeps the others near their level. Budgets are environment steps
// actually taken. The budgets below are small so that CI runs this notebook in about a minute;
// mo-benchmarks/RESULTS.md has the full-budget figures and the commands that produced them.
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeSet;
import org.mo4j.morl.MorlMetrics;
import org.mo4j.morl.MorlResult;
import org.mo4j.morl.cmorl.Cmorl;
import org.mo4j.morl.env.Environments;
import org.mo4j.morl.ppo.PpoSettings;
import org.mo4j.plot.FrontPlot;

// The distinct points of an archive, as "(treasure, time)" text.
String points(double[][] g) {
    TreeSet<String> s = new TreeSet<>();
    for (double[] r : g) s.add(String.format(java.util.Locale.ROOT, "(%.2f, %.2f)", r[0], r[1]));
    return s.size() + " points " + s;
}

// 1. Concave Deep Sea Treasure (Vamplew et al. 2018): ten treasures on a concave front, so a
//    linear scalarisation reaches only the few on its convex hull. Same budget, same seed, same
//    preference grid (0, 0.2, ..., 1) for both. The baseline's answer is the final policy of each
//    preference; C-MORL archives every evaluated snapshot, as its code does (.snapshots(EVERY)
//    would archive the baseline's too, and with them the concave points it passes on the way).
var truth = Environments.create("dst-concave").paretoFront(0.99);
var ref = Environments.spec("dst-concave").referencePoint();
Cmorl.Builder dst(boolean stage2) {
    return Cmorl.builder("dst-concave").totalSteps(160_000).initialSteps(80_000).preferences(0, 1, 0.2).
            select(5).ppo(PpoSettings.cmorl().withRollout(128, 8)).stage2(stage2).seed(2);
}
MorlResult cmorl = dst(true).build().run();
MorlResult linear = dst(false).build().run();
System.out.println("true front:     " + points(truth));
System.out.println("C-MORL:         " + points(cmorl.returns()) + ", " + cmorl.environmentSteps() + " steps");
System.out.println("scalarised PPO: " + points(linear.returns()) + ", " + linear.environmentSteps() + " steps");
double hvTrue = MorlMetrics.of(truth, ref, 0.01).hypervolume();
System.out.printf("hypervolume ratio to the true front: C-MORL %.3f, scalarised %.3f%n",
        cmorl.metrics().hypervolume() / hvTrue, linear.metrics().hypervolume() / hvTrue);
if (!(cmorl.metrics().hypervolume() > linear.metrics().hypervolume()))
    throw new AssertionError("C-MORL should reach concave points the scalarisation cannot");

// 2. Fruit Tree (depth 6): six nutrients, 64 leaves, all Pareto-optimal. Stage 1 trains one policy
//    per nutrient (one-hot preferences); Stage 2 extends the least crowded ones towards each
//    nutrient in turn. The policy for a preference is the archived one maximising w.G.
MorlResult tree = Cmorl.builder("fruit-tree:6").totalSteps(60_000).initialSteps(30_000).
        ppo(PpoSettings.cmorl().withRollout(64, 8)).updateIter(5).seed(1).build().run();
var leaves = Environments.create("fruit-tree:6").paretoFront(0.99);
MorlMetrics best = MorlMetrics.of(leaves, Environments.spec("fruit-tree:6").referencePoint(), 0.5);
System.out.printf("Fruit Tree: %d policies, %d distinct leaves of 64; hv %.4g of %.4g, EU %.3f of %.3f%n",
        tree.size(), Arrays.stream(tree.returns()).map(Arrays::toString).distinct().count(),
        tree.metrics().hypervolume(), best.hypervolume(), tree.metrics().expectedUtility(), best.expectedUtility());
double[] w = {0, 0, 0, 0, 0, 1};
System.out.println("returns of the policy for 'water only': " + Arrays.toString(tree.objectivesFor(w)) + " (negated)");
for (var c : tree.history())
    System.out.printf("  %-8s %7d steps, %3d policies, hv %.4g, EU %.3f%n", c.label(), c.environmentSteps(),
            c.archiveSize(), c.metrics().hypervolume(), c.metrics().expectedUtility());

// 3. Pictures: the concave front with both archives, and Fruit Tree's leaves with the archive in
//    parallel coordinates (six objectives).
Path out = Path.of("target", "notebooks");
Path png1 = FrontPlot.titled("Concave Deep Sea Treasure, 160000 steps").series("true front", truth).
        series("C-MORL", cmorl.returns()).series("scalarised PPO", linear.returns()).write(out.resolve("morl-dst.png"));
Path png2 = FrontPlot.titled("Fruit Tree (depth 6), C-MORL").series("64 leaves", leaves).
        series("C-MORL", tree.returns()).write(out.resolve("morl-fruit-tree.png"));
System.out.println("pictures: " + png1.toAbsolutePath() + ", " + png2.toAbsolutePath());

// The same from the command line (full budgets):
//   ./mo4j morl --env dst-concave --algorithm c-morl --plot dst.png
//   ./mo4j morl --env fruit-tree:6 --algorithm c-morl --threads 2
System.out.println("notebook finished");
/exit
