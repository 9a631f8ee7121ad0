package org.mo4j.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mo4j} command line. Commands:
 * <ul>
 * <li>{@code run}: a registered algorithm on a benchmark problem, reporting hypervolume and IGD+;</li>
 * <li>{@code morl}: a multi-objective RL algorithm (C-MORL, PGMORL, the scalarised baseline) on an
 *     environment, reporting hypervolume, expected utility and sparsity;</li>
 * <li>{@code list algorithms|problems}: what the registries hold, with settings and sizes;</li>
 * <li>{@code campaign FILE}: an experiment campaign (algorithms × problems × seeds) on a thread pool,
 *     resumable, with its report; {@code report DIR}: the report of a campaign folder;</li>
 * <li>{@code hv}: the exact hypervolume of a front ({@code --algorithm} names one);</li>
 * <li>{@code hvc}: each point's exclusive hypervolume contribution;</li>
 * <li>{@code nds}: each point's non-domination rank;</li>
 * <li>{@code igd}: IGD or IGD+ against a true front.</li>
 * </ul>
 * Fronts are text (one point per line, whitespace-separated, {@code #} comments), read from a file
 * or standard input. The launcher script adds {@code notebook FILE.jsh}.
 *
 * <p>Exit codes: 0 on success, 3 when {@code run} stopped on a failing evaluation or a campaign
 * has failed runs, 2 on bad input or
 * bad options (with a one-line message on standard
 * error naming the line and the problem), 1 on an internal error. Never a stack trace, unless the
 * environment variable {@code MO4J_DEBUG} is set.
 */
@Command(
        name = "mo4j",
        mixinStandardHelpOptions = true,
        versionProvider = Mo4j.Version.class,
        description = {
            "Multi-objective optimisation: run an algorithm on a benchmark problem, or apply the",
            "kernels to fronts given as text. Objectives are minimised."
        },
        footer = {
            "",
            "Input: one point per line, coordinates separated by whitespace; '#' starts a comment;",
            "blank lines are ignored. FILE '-' or no FILE reads standard input.",
            "Exit codes: 0 success, 2 bad input or options (one-line message), 3 a run stopped by a",
            "failing evaluation (the message says where; --out keeps the last complete front) or a campaign with",
            "failed runs, 1 internal error.",
            "",
            "The launcher script also runs notebooks: ./mo4j notebook examples/quickstart.jsh"
        })
public final class Mo4j implements Runnable {

    final InputStream stdin;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Mo4j(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    /** Entry point of the launcher script. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(System.in, out, err, args));
    }

    /**
     * Runs the command line with the given streams and returns the exit code; used by
     * {@link #main(String[])} and by tests.
     */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Mo4j(in));
        for (Class<?> command : commands(args)) {
            cli.addSubcommand(command);
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((ex, a) -> {
                    ex.getCommandLine()
                            .getErr()
                            .println(prefix(ex.getCommandLine()) + ex.getMessage() + " (see '"
                                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
                    return 2;
                })
                .setExecutionExceptionHandler((ex, cmd, parsed) -> {
                    PrintWriter e = cmd.getErr();
                    if (System.getenv("MO4J_DEBUG") != null) {
                        ex.printStackTrace(e);
                    }
                    if (ex instanceof IllegalArgumentException) {
                        e.println(prefix(cmd) + ex.getMessage());
                        return 2;
                    }
                    if (ex instanceof UncheckedIOException u) {
                        e.println(prefix(cmd) + u.getCause().getMessage());
                        return 2;
                    }
                    if (ex instanceof RunCommand.RunStoppedException) {
                        e.println(prefix(cmd) + "stopped: " + ex.getMessage());
                        return 3;
                    }
                    e.println(prefix(cmd) + "internal error: " + ex + " (set MO4J_DEBUG=1 for details)");
                    return 1;
                });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Every command, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(
            RunCommand.class,
            MorlCommand.class,
            ListCommand.class,
            CampaignCommand.class,
            ReportCommand.class,
            HvCommand.class,
            HvcCommand.class,
            NdsCommand.class,
            IgdCommand.class);

    /**
     * The commands to build: only the named one for the text kernels, whose runs on large files
     * take about a second, of which building every command's model (picocli reflects over all
     * their options) was a fifth; all of them otherwise, so help and suggestions are complete.
     */
    private static List<Class<?>> commands(String[] args) {
        if (args.length > 0) {
            switch (args[0]) {
                case "hv":
                    return List.of(HvCommand.class);
                case "hvc":
                    return List.of(HvcCommand.class);
                case "nds":
                    return List.of(NdsCommand.class);
                case "igd":
                    return List.of(IgdCommand.class);
                default:
                    break;
            }
        }
        return COMMANDS;
    }

    private static String prefix(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName() + ": ";
    }

    /** Reads the version from the jar manifest when packaged. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Mo4j.class.getPackage().getImplementationVersion();
            return new String[] {"mo4j " + (v != null ? v : "(development build)")};
        }
    }
}
