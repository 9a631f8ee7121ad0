package org.mo4j.cli;

import java.util.concurrent.Callable;
import org.mo4j.core.hypervolume.Hypervolume;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mo4j hvc}: each point's exclusive hypervolume contribution. */
@Command(
        name = "hvc",
        mixinStandardHelpOptions = true,
        description = {
            "Prints, for each input point in order, its exclusive hypervolume contribution",
            "(the hypervolume lost when that point alone is removed), 17 significant digits.",
            "Dominated points, duplicates and points outside the reference box contribute 0."
        })
final class HvcCommand implements Callable<Integer> {

    @ParentCommand
    Mo4j root;

    @Spec
    CommandSpec spec;

    @Mixin
    ReferencePointInput input;

    @Override
    public Integer call() {
        double[] r = input.ref();
        double[][] points = input.points(root, r);
        ColumnOutput.significant17(spec.commandLine().getOut(), Hypervolume.contributions(points, r));
        return 0;
    }
}
