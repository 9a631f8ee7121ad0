package org.mo4j.cli;

import java.util.concurrent.Callable;
import org.mo4j.core.indicators.InvertedGenerationalDistance;
import org.mo4j.core.indicators.InvertedGenerationalDistancePlus;
import org.mo4j.core.io.FrontText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mo4j igd}: inverted generational distance to a true front. */
@Command(
        name = "igd",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the inverted generational distance (IGD) of the points to the true front:",
            "the mean, over the true front's points, of the Euclidean distance to the nearest input point.",
            "With --plus, IGD+ (Ishibuchi et al. 2015), which only counts the ways a point is worse."
        })
final class IgdCommand implements Callable<Integer> {

    @ParentCommand
    Mo4j root;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--front",
            required = true,
            paramLabel = "TRUE",
            description = "File with the true (reference) Pareto front.")
    String front;

    @Option(names = "--plus", description = "Print IGD+ instead of IGD.")
    boolean plus;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Points file; '-' or absent: standard input.")
    String file;

    @Override
    public Integer call() {
        if (front.equals("-") && (file == null || file.equals("-"))) {
            throw new IllegalArgumentException("--front and FILE cannot both be standard input");
        }
        double[][] truth = PointsInput.read(front, root, -1, null);
        if (truth.length == 0) {
            throw new IllegalArgumentException("--front " + front + ": contains no points");
        }
        double[][] points = PointsInput.read(file, root, truth[0].length, "--front " + front);
        double v = plus
                ? InvertedGenerationalDistancePlus.of(points, truth)
                : InvertedGenerationalDistance.of(points, truth);
        spec.commandLine().getOut().println(FrontText.significant17(v));
        return 0;
    }
}
