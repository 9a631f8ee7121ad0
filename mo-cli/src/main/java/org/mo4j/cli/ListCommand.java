package org.mo4j.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Algorithms;
import org.mo4j.algorithms.registry.Parameter;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mo4j list algorithms|problems}: what the registries hold. Algorithms come from
 * {@link Algorithms} (every {@link AlgorithmProvider} on the class path, including users' own), each
 * with its settings and defaults; problems from {@link Problems}, each with its default size.
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the registered algorithms (with their settings, for 'run --set NAME=VALUE'), the",
            "benchmark problems (with their default sizes), the MORL algorithms (settings for",
            "'morl --set') or the MORL environments."
        })
final class ListCommand implements Callable<Integer> {

    enum What {
        algorithms,
        problems,
        morl,
        environments
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "algorithms, problems, morl or environments.")
    What what;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        switch (what) {
            case algorithms -> algorithms(out);
            case problems -> problems(out);
            case morl -> morl(out);
            default -> environments(out);
        }
        return 0;
    }

    private static void algorithms(PrintWriter out) {
        for (AlgorithmProvider a : Algorithms.providers()) {
            provider(out, a.name(), a.title(), a.description(), a.parameters());
            for (var e : new TreeMap<>(a.profiles()).entrySet()) {
                out.printf(
                        Locale.ROOT,
                        "    --profile %-20s %s%n",
                        e.getKey(),
                        e.getValue().isEmpty() ? "(the defaults)" : e.getValue());
            }
        }
    }

    private static void morl(PrintWriter out) {
        for (org.mo4j.morl.MorlAlgorithmProvider a : org.mo4j.morl.MorlAlgorithms.providers()) {
            provider(out, a.name(), a.title(), a.description(), a.parameters());
        }
    }

    /** "name (Title): description", then one indented "setting=default  description (range)" line each. */
    private static void provider(
            PrintWriter out, String name, String title, String description, java.util.List<Parameter> parameters) {
        out.printf(Locale.ROOT, "%s (%s): %s%n", name, title, description);
        for (Parameter p : parameters) {
            String setting = p.name() + "=" + (p.defaultValue() == null ? "(derived)" : p.defaultValue());
            String range = p.range().isEmpty() ? "" : " (" + p.range() + ")";
            out.printf(Locale.ROOT, "    %-30s %s%s%n", setting, p.description(), range);
        }
    }

    private static void environments(PrintWriter out) {
        out.println("# objectives are maximised; hv reference point, evaluation discount and time limit");
        for (String name : org.mo4j.morl.env.Environments.names()) {
            org.mo4j.morl.env.EnvironmentSpec e = org.mo4j.morl.env.Environments.spec(name);
            out.printf(
                    Locale.ROOT,
                    "%-26s %d objectives, reference %s, gamma %s, %d steps%s%n",
                    name,
                    e.numberOfObjectives(),
                    java.util.Arrays.toString(e.referencePoint()),
                    e.evaluationGamma(),
                    e.evaluationTimeLimit(),
                    org.mo4j.morl.env.Environments.create(name).hasKnownFront() ? ", known front" : "");
        }
    }

    private static void problems(PrintWriter out) {
        out.println("# name[:objectives[:variables]]; the sizes shown are the defaults");
        for (String name : Problems.names()) {
            BenchmarkProblem p = Problems.create(name);
            out.printf(
                    Locale.ROOT,
                    "%-9s %-9s %d objectives, %d variables, %d constraints%s%n",
                    name,
                    p.name(),
                    p.numberOfObjectives(),
                    p.numberOfVariables(),
                    p.numberOfConstraints(),
                    p.hasTrueFront() ? ", analytic front" : "");
        }
    }
}
