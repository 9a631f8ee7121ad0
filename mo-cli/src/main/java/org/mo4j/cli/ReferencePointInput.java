package org.mo4j.cli;

import org.mo4j.core.io.FrontText;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options shared by the hypervolume commands: {@code --ref r1,...,rd} and the points FILE,
 * whose rows must have as many values as the reference point.
 */
final class ReferencePointInput {

    @Option(
            names = "--ref",
            required = true,
            paramLabel = "r1,...,rd",
            description = "Reference point, comma-separated; its length fixes the dimension.")
    String ref;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Points file; '-' or absent: standard input.")
    String file;

    /** The parsed reference point. */
    double[] ref() {
        return FrontText.parsePoint(ref, "--ref");
    }

    /** The points, each with {@code ref.length} values. */
    double[][] points(Mo4j root, double[] ref) {
        return PointsInput.read(file, root, ref.length, "--ref");
    }
}
