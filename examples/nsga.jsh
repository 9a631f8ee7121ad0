// mo4j: NSGA-II and NSGA-III on the standard test problems, with indicators and pictures.
// Run it from the repository root:   ./mo4j notebook examples/nsga.jsh
import java.nio.file.Path;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.Termination;
import org.mo4j.algorithms.nsga2.Nsga2;
import org.mo4j.algorithms.nsga3.Nsga3;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Algorithms;
import org.mo4j.plot.FrontPlot;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.indicators.InvertedGenerationalDistancePlus;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;

// 1. ZDT1 (Zitzler, Deb & Thiele 2000): 30 variables, 2 objectives, a convex front f2 = 1 - sqrt(f1).
//    One line runs NSGA-II with the paper's defaults (population 100, SBX and polynomial mutation),
//    seed 1, so every run of this notebook prints the same numbers.
BenchmarkProblem zdt1 = Problems.create("zdt1");
Result r1 = new Nsga2(zdt1).run(25_000);
double[][] truth1 = zdt1.trueFront(1000);
double[] ref1 = zdt1.referencePoint();
double hv1 = Hypervolume.of(r1.front(), ref1);
double ratio1 = hv1 / Hypervolume.of(truth1, ref1);
double igdPlus1 = InvertedGenerationalDistancePlus.of(r1.front(), truth1);
System.out.printf("ZDT1, NSGA-II: %d evaluations in %d ms, %d non-dominated points, HV %.5f = %.4f of the true front's, IGD+ %.2e%n",
        r1.evaluations(), r1.elapsed().toMillis(), r1.front().length, hv1, ratio1, igdPlus1);
if (!(ratio1 > 0.98 && igdPlus1 < 0.01)) throw new AssertionError("NSGA-II did not converge on ZDT1: " + ratio1);

// 2. DTLZ2 with 3 objectives (Deb et al. 2005): the front is the positive octant of the unit sphere.
//    NSGA-III (Deb & Jain 2014) spreads its 92 points along 91 Das-Dennis reference directions.
//    The builder sets the knobs; an observer sees every generation (here: every 50th is printed).
BenchmarkProblem dtlz2 = Problems.create("dtlz2:3");
//    (JShell ends a statement at the end of a complete line, so chains continue with a trailing dot.)
Result r2 = Nsga3.builder(dtlz2).seed(1).
        observer(p -> { if (p.generation() % 50 == 0) System.out.printf("  generation %d: %d evaluations, front of %d%n",
                p.generation(), p.evaluations(), p.front().size()); }).
        build().run(Termination.evaluations(92 * 250));
double[][] truth2 = dtlz2.trueFront(5000);
double[] ref2 = dtlz2.referencePoint();
double ratio2 = Hypervolume.of(r2.front(), ref2) / Hypervolume.of(truth2, ref2);
double igdPlus2 = InvertedGenerationalDistancePlus.of(r2.front(), truth2);
// How far from the sphere is the front? (0 on the true front)
double worst = 0;
for (double[] f : r2.front()) worst = Math.max(worst, Math.abs(Math.sqrt(f[0] * f[0] + f[1] * f[1] + f[2] * f[2]) - 1));
System.out.printf("DTLZ2 (3 objectives), NSGA-III: %d points, HV %.4f of the true front's, IGD+ %.2e, farthest from the sphere %.1e%n",
        r2.front().length, ratio2, igdPlus2, worst);
if (!(worst < 0.01 && igdPlus2 < 0.05)) throw new AssertionError("NSGA-III did not converge on DTLZ2");

// 3. Every registered evolutionary algorithm (mo4j's and any provider on the class path) by name,
//    through the registry, with its settings as text: what `./mo4j list algorithms` shows and
//    `run --set` takes. (Surrogate-based algorithms, made for a few hundred evaluations, are skipped.)
//    MOEA/D-DE's paper setting CR = 1 suits problems whose variables interact (LZ09) and is slow on
//    the separable ZDT (0.31 of the hypervolume here at 10,000 evaluations, 0.90 at 25,000), so it
//    gets de.cr=0.5, as `./mo4j run --algorithm moead-de --set de.cr=0.5` would. SMPSO's swarm
//    reaches all five segments of ZDT3's front later (0.85 of the hypervolume here at 10,000
//    evaluations, 0.99 at 15,000), so it runs 15,000. RVEA, made for many objectives, keeps one
//    member per reference vector without regard to dominance and is slow on the two-objective,
//    disconnected ZDT3 (0.72 here at 10,000 evaluations, 0.93 at 25,000), so it gets 25,000.
BenchmarkProblem zdt2 = Problems.create("zdt3");
for (AlgorithmProvider a : Algorithms.providers()) {
    var settings = a.name().equals("moead-de") ? java.util.Map.of("seed", "3", "de.cr", "0.5") : java.util.Map.of("seed", "3");
    var algorithm = a.create(zdt2, a.configure(settings), null, null);
    if (!(algorithm instanceof org.mo4j.algorithms.EvolutionaryAlgorithm)) continue;
    int budget = a.name().equals("rvea") ? 25_000 : a.name().equals("smpso") ? 15_000 : 10_000;
    Result r = algorithm.run(budget);
    double ratio = Hypervolume.of(r.front(), zdt2.referencePoint()) / Hypervolume.of(zdt2.trueFront(1000), zdt2.referencePoint());
    System.out.printf("ZDT3, %-8s (%s): HV %.4f of the true front's after %d evaluations%n", a.title(), a.name(), ratio, r.evaluations());
    if (!(ratio > 0.9)) throw new AssertionError(a.name() + " did not approach ZDT3's front: " + ratio);
}

// 4. Pictures (XChart, PNG): the true front underneath, the algorithm's points on top. Three
//    objectives are drawn as the three pairwise projections side by side.
Path out = Path.of("target", "notebooks");
Path png1 = FrontPlot.titled("ZDT1, NSGA-II, 25000 evaluations").series("true front", truth1).
        series("NSGA-II", r1.front()).write(out.resolve("nsga-zdt1.png"));
Path png2 = FrontPlot.titled("DTLZ2, NSGA-III").series("true front", dtlz2.trueFront(1000)).
        series("NSGA-III", r2.front()).size(500, 450).write(out.resolve("nsga-dtlz2.png"));
System.out.println("pictures: " + png1.toAbsolutePath() + ", " + png2.toAbsolutePath());

// The same runs from the command line:
//   ./mo4j run --algorithm nsga2 --problem zdt1 --evaluations 25000 --plot zdt1.png
//   ./mo4j run --algorithm nsga3 --problem dtlz2:3 --evaluations 23000 --out dtlz2.txt
System.out.println("notebook finished");
/exit
