package org.mo4j.benchmarks.cli;

import java.util.concurrent.Callable;

import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.io.FrontText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mo4j hv}: the exact hypervolume of a front. */
@Command(name = "hv", mixinStandardHelpOptions = true,
        description = {"Prints the exact hypervolume of the points (minimisation) with 17 significant digits.",
            "Points that do not strictly dominate the reference point contribute nothing;",
            "dominated points and duplicates are allowed."})
final class HvCommand implements Callable<Integer> {

    @ParentCommand
    Mo4j root;

    @Spec
    CommandSpec spec;

    @Option(names = "--ref", required = true, paramLabel = "r1,...,rd",
            description = "Reference point, comma-separated; its length fixes the dimension.")
    String ref;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Points file; '-' or absent: standard input.")
    String file;

    @Override
    public Integer call() {
        double[] r = FrontText.parsePoint(ref, "--ref");
        double[][] points = PointsInput.read(file, root, r.length, "--ref");
        spec.commandLine().getOut().println(FrontText.significant17(Hypervolume.of(points, r)));
        return 0;
    }
}
