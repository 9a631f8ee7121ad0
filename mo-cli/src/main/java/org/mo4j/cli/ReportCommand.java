package org.mo4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mo4j.lab.Report;
import org.mo4j.lab.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mo4j report DIR}: writes (again) the report of a campaign folder from its stored runs:
 * results.csv, report.md, report.html, plots/, and report.tex with {@code --latex}
 * ({@link Report}). Works on a campaign still running or cut short: it reports what is stored.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the report of a campaign folder from its stored runs: results.csv, report.md,",
            "a self-contained report.html and plots/*.png (and report.tex with --latex)."
        })
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder written by 'mo4j campaign'.")
    Path dir;

    @Option(names = "--latex", description = "Also write report.tex (booktabs tables).")
    boolean latex;

    @Override
    public Integer call() {
        Report.Written w = Report.write(RunStore.open(dir), latex);
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "table: %s%n", w.csv());
        o.printf(Locale.ROOT, "markdown: %s%n", w.markdown());
        o.printf(Locale.ROOT, "html: %s%n", w.html());
        if (w.latex() != null) {
            o.printf(Locale.ROOT, "latex: %s%n", w.latex());
        }
        o.printf(Locale.ROOT, "plots: %d in %s%n", w.plots().size(), dir.resolve("plots"));
        return 0;
    }
}
