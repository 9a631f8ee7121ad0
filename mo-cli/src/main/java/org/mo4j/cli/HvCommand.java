package org.mo4j.cli;

import java.util.concurrent.Callable;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.hypervolume.HypervolumeAlgorithm;
import org.mo4j.core.io.FrontText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mo4j hv}: the exact hypervolume of a front. */
@Command(
        name = "hv",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the exact hypervolume of the points (minimisation) with 17 significant digits.",
            "Points that do not strictly dominate the reference point contribute nothing;",
            "dominated points and duplicates are allowed."
        })
final class HvCommand implements Callable<Integer> {

    @ParentCommand
    Mo4j root;

    @Spec
    CommandSpec spec;

    @Mixin
    ReferencePointInput input;

    @Option(
            names = "--algorithm",
            paramLabel = "NAME",
            description = {
                "Exact algorithm to run (any case): ${COMPLETION-CANDIDATES}.",
                "Default: the one chosen by the number of objectives."
            })
    HypervolumeAlgorithm algorithm;

    @Override
    public Integer call() {
        double[] r = input.ref();
        double[][] points = input.points(root, r);
        double hv = algorithm == null ? Hypervolume.of(points, r) : Hypervolume.of(points, r, algorithm);
        spec.commandLine().getOut().println(FrontText.significant17(hv));
        return 0;
    }
}
