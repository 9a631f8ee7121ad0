// mo4j: Pareto-set learning for expensive problems. SVH-PSL (Nguyen et al., AAAI 2025: Stein
// variational hypernetworks) against its baseline PSL-MOBO (Lin et al., NeurIPS 2022), both on
// Gaussian-process surrogates, on ZDT1 and VLMOP2.
// Run it from the repository root:   ./mo4j notebook examples/psl.jsh
//
// Both learn a hypernetwork h: preference w -> solution x on the GPs' lower confidence bounds, pick
// a batch of 5 points by greedy hypervolume among h's answers, evaluate them and start again. The
// answer is the model itself: h(w) for any preference. The budgets below are reduced (12 initial
// points, 4 batches, 150 network steps instead of 20, 20 and 1000) so that CI runs this notebook in
// about a minute; mo-benchmarks/RESULTS.md has the full-budget figures (120 evaluations, 5 seeds)
// and the commands that produced them.
import java.nio.file.Path;
import java.util.Arrays;
import org.mo4j.algorithms.Termination;
import org.mo4j.core.problem.Problem;
import org.mo4j.plot.CurvePlot;
import org.mo4j.plot.FrontPlot;
import org.mo4j.problems.Problems;
import org.mo4j.problems.psl.PslBenchmark;
import org.mo4j.problems.psl.PslBenchmarks;
import org.mo4j.surrogates.psl.PslMobo;
import org.mo4j.surrogates.psl.PslResult;
import org.mo4j.surrogates.psl.SvhPsl;

int evaluations = 32;
Path out = Path.of("target", "notebooks");

PslResult svh(Problem p) {
    return SvhPsl.builder(p).initialPoints(12).steps(150).candidates(300).seed(42).build().
            runWithHistory(Termination.evaluations(evaluations));
}
PslResult mobo(Problem p) {
    return PslMobo.builder(p).initialPoints(12).steps(150).candidates(300).seed(42).build().
            runWithHistory(Termination.evaluations(evaluations));
}
// evaluations 1..n, for the x axis of the curves
double[] counts(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) x[i] = i + 1;
    return x;
}
// 100 preferences (t, 1 - t) and the true objectives of the model's answers: 100 extra evaluations
double[][] learnedFront(PslResult r) {
    double[][] f = new double[100][];
    for (int i = 0; i < 100; i++) {
        double t = (i + 0.5) / 100;
        f[i] = r.model().evaluate(new double[] {t, 1 - t});
    }
    return f;
}

// ZDT1 with 8 variables instead of the paper's 30: at this budget no 30-variable point gets inside
// the notebook's reference box (1.1, 1.1) yet. The LHD's front does not depend on the size.
for (String spec : new String[] {"zdt1::8", "vlmop2"}) {
    String name = spec.split(":")[0];
    PslBenchmark b = PslBenchmarks.get(name);
    Problem problem = Problems.create(spec);
    PslResult s = svh(problem);
    PslResult m = mobo(problem);
    // the log hypervolume difference as the authors' notebook computes it (ln, ref 1.1, pymoo's front)
    double[] ls = b.logHypervolumeDifferenceCurve(s.evaluatedObjectives());
    double[] lm = b.logHypervolumeDifferenceCurve(m.evaluatedObjectives());
    System.out.printf(java.util.Locale.ROOT, "%s (%d variables), %d evaluations: log hv difference SVH-PSL %.3f, PSL-MOBO %.3f%n",
            name, problem.numberOfVariables(), evaluations, ls[ls.length - 1], lm[lm.length - 1]);
    if (!(ls[ls.length - 1] < ls[11] && lm[lm.length - 1] < lm[11]))
        throw new AssertionError("both should improve on their initial design");
    // the model's answer for one preference: its x, what the GPs predict, and the truth
    double[] w = {0.3, 0.7};
    System.out.println("  SVH-PSL h(0.3, 0.7): predicted " + Arrays.toString(s.model().objectivesFor(w)) +
            ", true " + Arrays.toString(s.model().evaluate(w)));
    Path front = FrontPlot.titled(name.toUpperCase() + ": learned fronts (true objectives of h(w), 100 preferences)").
            series("true front", b.evaluationFront()).
            series("SVH-PSL", learnedFront(s)).series("PSL-MOBO", learnedFront(m)).
            write(out.resolve("psl-" + name + "-front.png"));
    Path curve = CurvePlot.titled(name.toUpperCase() + ": log hypervolume difference", "evaluations", "ln(HV* - HV)").
            curve("SVH-PSL", counts(ls.length), ls).curve("PSL-MOBO", counts(lm.length), lm).
            write(out.resolve("psl-" + name + "-lhd.png"));
    System.out.println("  pictures: " + front.toAbsolutePath() + ", " + curve.toAbsolutePath());
}

// The same from the command line, at the scripts' full budget (about 5 minutes for SVH-PSL):
//   ./mo4j run --algorithm svh-psl --problem zdt1 --evaluations 120 --seed 42 --plot zdt1.png
//   ./mo4j run --algorithm psl-mobo --problem vlmop2 --evaluations 120 --seed 42
System.out.println("notebook finished");
/exit
