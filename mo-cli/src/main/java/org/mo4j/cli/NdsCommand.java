package org.mo4j.cli;

import java.util.concurrent.Callable;
import org.mo4j.core.sorting.NonDominatedSorting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mo4j nds}: non-domination rank of each point. */
@Command(
        name = "nds",
        mixinStandardHelpOptions = true,
        description = {
            "Prints, for each input point in order, its 0-based non-domination rank",
            "(0 = not dominated by any point), one per line. Identical points share a rank."
        })
final class NdsCommand implements Callable<Integer> {

    @ParentCommand
    Mo4j root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Points file; '-' or absent: standard input.")
    String file;

    @Override
    public Integer call() {
        double[][] points = PointsInput.read(file, root, -1, null);
        ColumnOutput.ints(spec.commandLine().getOut(), NonDominatedSorting.ranks(points));
        return 0;
    }
}
