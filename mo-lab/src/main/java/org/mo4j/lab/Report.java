package org.mo4j.lab;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.BoxStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mo4j.problems.BenchmarkProblem;

/**
 * A campaign's report, written into its folder from the store alone: {@code results.csv}
 * ({@link ResultsTable}), {@code report.md}, a self-contained {@code report.html} (its PNGs inlined
 * as base64, so it opens offline and travels as one file), the PNGs under {@code plots/}, and
 * optionally {@code report.tex}.
 *
 * <p>Per indicator, a table of problems × algorithms with the median and IQR of the final values
 * (best median per row in bold) and, after every algorithm but the baseline, the marker of the
 * two-sided Wilcoxon rank-sum test against the baseline, Holm-corrected over the algorithms of the
 * row, at α = 0.05: {@code +} significantly better, {@code −} significantly worse, {@code ≈} no
 * significant difference (the direction is that of the A12 effect size); a last row counts them
 * (+/−/≈) and gives Friedman's average ranks over the problems with the test's p-value. A second
 * table gives A12 against the baseline with its magnitude. Plots per problem: indicator box plots,
 * anytime curves (median with the interquartile band) against evaluations and against seconds, and
 * for two objectives the median (50%) attainment surface of each algorithm ({@link Attainment}).
 * Cost: dominated by drawing, O(runs × checkpoints) data.
 */
public final class Report {

    /** The significance level of the markers. */
    public static final double ALPHA = 0.05;

    private static final Color[] PALETTE = {
        new Color(0x1F, 0x77, 0xB4), new Color(0xD6, 0x27, 0x28), new Color(0x2C, 0xA0, 0x2C),
        new Color(0xFF, 0x7F, 0x0E), new Color(0x94, 0x67, 0xBD), new Color(0x8C, 0x56, 0x4B),
        new Color(0xE3, 0x77, 0xC2), new Color(0x17, 0xBE, 0xCF)
    };

    /**
     * What {@link #write} wrote.
     *
     * @param csv      the tidy table
     * @param markdown report.md
     * @param html     report.html
     * @param latex    report.tex, or null when not asked for
     * @param plots    the PNGs
     */
    public record Written(Path csv, Path markdown, Path html, Path latex, List<Path> plots) {}

    /** One cell of a table: an algorithm on a problem, by one indicator. */
    record Cell(double median, double iqr, int n, boolean best, char marker, double pHolm, double a12) {}

    private final RunStore store;
    private final Campaign campaign;
    private final List<RunRecord> finished = new ArrayList<>();
    private final List<RunRecord> failed = new ArrayList<>();

    private Report(RunStore store) {
        this.store = store;
        this.campaign = store.campaign();
        for (RunRecord r : store.records()) {
            (r.failed() ? failed : finished).add(r);
        }
    }

    /**
     * Writes the report of {@code store}'s campaign into its folder (overwriting an older one).
     *
     * @param latex whether to write report.tex too
     * @throws IllegalArgumentException if the store has no finished run
     * @throws UncheckedIOException     if a file cannot be written
     */
    public static Written write(RunStore store, boolean latex) {
        Report r = new Report(store);
        if (r.finished.isEmpty()) {
            throw new IllegalArgumentException(store.directory() + " has no finished run to report (" + r.failed.size()
                    + " failed, " + store.campaign().size() + " in the campaign)");
        }
        return r.write(latex);
    }

    private Written write(boolean latex) {
        Path dir = store.directory();
        Path csv = dir.resolve("results.csv");
        ResultsTable.write(store.records(), csv);
        Map<String, List<Path>> plots = plots(dir.resolve("plots"));
        Map<Indicator, Map<String, Map<String, Cell>>> tables = new LinkedHashMap<>();
        for (Indicator i : campaign.indicators()) {
            Map<String, Map<String, Cell>> rows = new LinkedHashMap<>();
            for (String p : campaign.problems()) {
                rows.put(p, row(i, p));
            }
            tables.put(i, rows);
        }
        Path md = dir.resolve("report.md");
        Path html = dir.resolve("report.html");
        Path tex = latex ? dir.resolve("report.tex") : null;
        try {
            Files.writeString(md, markdown(tables, plots, dir), StandardCharsets.UTF_8);
            Files.writeString(html, html(tables, plots), StandardCharsets.UTF_8);
            if (tex != null) {
                Files.writeString(tex, latex(tables), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> all = new ArrayList<>();
        plots.values().forEach(all::addAll);
        return new Written(csv, md, html, tex, all);
    }

    // ---- data

    private double[] finals(String label, String problem, Indicator i) {
        return finished.stream()
                .filter(r ->
                        r.id().algorithm().equals(label) && r.id().problem().equals(problem))
                .mapToDouble(r -> r.last().values().getOrDefault(i, Double.NaN))
                .filter(Double::isFinite)
                .toArray();
    }

    private Map<String, Cell> row(Indicator ind, String problem) {
        List<String> labels = campaign.labels();
        Map<String, double[]> values = new LinkedHashMap<>();
        for (String a : labels) {
            values.put(a, finals(a, problem, ind));
        }
        double bestMedian = Double.NaN;
        for (double[] v : values.values()) {
            if (v.length > 0) {
                double m = CampaignStatistics.median(v);
                if (Double.isNaN(bestMedian) || (ind.higherIsBetter() ? m > bestMedian : m < bestMedian)) {
                    bestMedian = m;
                }
            }
        }
        double[] base = values.get(campaign.baseline());
        List<String> others = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        for (String a : labels) {
            double[] v = values.get(a);
            if (!a.equals(campaign.baseline()) && v.length > 0 && base.length > 0) {
                double p = CampaignStatistics.rankSumPValue(v, base);
                others.add(a);
                raw.add(Double.isNaN(p) ? 1 : p);
            }
        }
        double[] holm = CampaignStatistics.holm(
                raw.stream().mapToDouble(Double::doubleValue).toArray());
        Map<String, Cell> out = new LinkedHashMap<>();
        for (String a : labels) {
            double[] v = values.get(a);
            if (v.length == 0) {
                out.put(a, new Cell(Double.NaN, Double.NaN, 0, false, ' ', Double.NaN, Double.NaN));
                continue;
            }
            double m = CampaignStatistics.median(v);
            int k = others.indexOf(a);
            char marker = ' ';
            double p = Double.NaN;
            double a12 = Double.NaN;
            if (k >= 0) {
                p = holm[k];
                a12 = CampaignStatistics.a12(v, base);
                boolean larger = a12 > 0.5;
                marker = p >= ALPHA || a12 == 0.5 ? '≈' : larger == ind.higherIsBetter() ? '+' : '−';
            }
            out.put(a, new Cell(m, CampaignStatistics.iqr(v), v.length, m == bestMedian, marker, p, a12));
        }
        return out;
    }

    private CampaignStatistics.Friedman friedman(Indicator ind, Map<String, Map<String, Cell>> rows) {
        List<double[]> blocks = new ArrayList<>();
        for (Map<String, Cell> row : rows.values()) {
            double[] b = row.values().stream().mapToDouble(Cell::median).toArray();
            boolean ok = true;
            for (double v : b) {
                ok &= Double.isFinite(v);
            }
            if (ok) {
                blocks.add(b);
            }
        }
        if (blocks.isEmpty() || campaign.algorithms().size() < 2) {
            return null;
        }
        return CampaignStatistics.friedman(blocks.toArray(double[][]::new), ind.higherIsBetter());
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.4e", v);
    }

    private static String pValue(double p) {
        return Double.isNaN(p)
                ? "n/a"
                : p >= 1e-3 ? String.format(Locale.ROOT, "%.4f", p) : String.format(Locale.ROOT, "%.1e", p);
    }

    private static String fixed(double v, int digits) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    private int[] counts(Map<String, Map<String, Cell>> rows, String label) {
        int[] c = new int[3];
        for (Map<String, Cell> row : rows.values()) {
            char m = row.get(label).marker();
            c[m == '+' ? 0 : m == '−' ? 1 : 2] += m == ' ' ? 0 : 1;
        }
        return c;
    }

    private String header() {
        Budget b = campaign.budget();
        String budget = (b.evaluations() > 0 ? b.evaluations() + " evaluations" : "")
                + (b.evaluations() > 0 && b.time() != null ? ", " : "")
                + (b.time() != null ? b.time().toNanos() / 1e9 + " s" : "");
        double runSeconds = finished.stream().mapToDouble(RunRecord::runSeconds).sum();
        String versions = String.join(
                ", ", finished.stream().map(RunRecord::version).distinct().toList());
        return String.format(
                Locale.ROOT,
                "%d of %d runs finished, %d failed; %d algorithms × %d problems × %d seeds; budget %s per run, "
                        + "%d checkpoints; baseline %s; summed run time %.1f s; mo4j %s.",
                finished.size(),
                campaign.size(),
                failed.size(),
                campaign.algorithms().size(),
                campaign.problems().size(),
                campaign.seeds().size(),
                budget,
                campaign.checkpoints(),
                campaign.baseline(),
                runSeconds,
                versions);
    }

    private static final String LEGEND = "Median (IQR) of the final values; best median per row in bold. "
            + "Markers against the baseline: two-sided Wilcoxon rank-sum test, Holm-corrected over the "
            + "algorithms of the row, α = 0.05: + significantly better, − significantly worse, ≈ no "
            + "significant difference. Friedman: average rank over the problems (1 = best) and the test's p-value.";

    // ---- Markdown

    private String markdown(
            Map<Indicator, Map<String, Map<String, Cell>>> tables, Map<String, List<Path>> plots, Path dir) {
        StringBuilder s = new StringBuilder();
        s.append("# Campaign ")
                .append(campaign.name())
                .append("\n\n")
                .append(header())
                .append("\n\n");
        s.append(LEGEND).append("\n\n");
        List<String> labels = campaign.labels();
        for (var t : tables.entrySet()) {
            Indicator ind = t.getKey();
            s.append("## ")
                    .append(ind.key())
                    .append(ind.higherIsBetter() ? " (higher is better)" : " (lower is better)")
                    .append("\n\n| problem |");
            labels.forEach(a -> s.append(' ')
                    .append(a)
                    .append(a.equals(campaign.baseline()) ? " (baseline)" : "")
                    .append(" |"));
            s.append("\n|---|");
            labels.forEach(a -> s.append("---|"));
            s.append('\n');
            for (var row : t.getValue().entrySet()) {
                s.append("| ").append(row.getKey()).append(" |");
                for (String a : labels) {
                    Cell c = row.getValue().get(a);
                    String v = num(c.median()) + " (" + num(c.iqr()) + ")";
                    s.append(' ').append(c.best() ? "**" + v + "**" : v);
                    if (c.marker() != ' ') {
                        s.append(' ').append(c.marker());
                    }
                    s.append(" |");
                }
                s.append('\n');
            }
            s.append("| +/−/≈ |");
            for (String a : labels) {
                int[] c = counts(t.getValue(), a);
                s.append(a.equals(campaign.baseline()) ? "" : " " + c[0] + "/" + c[1] + "/" + c[2])
                        .append(" |");
            }
            s.append('\n');
            CampaignStatistics.Friedman f = friedman(ind, t.getValue());
            if (f != null) {
                s.append("| Friedman rank (p = ").append(pValue(f.pValue())).append(") |");
                for (double r : f.averageRanks()) {
                    s.append(' ').append(fixed(r, 2)).append(" |");
                }
                s.append('\n');
            }
            s.append("\nA12 against ")
                    .append(campaign.baseline())
                    .append(" (magnitude; Holm-corrected p):\n\n| problem |");
            List<String> others =
                    labels.stream().filter(a -> !a.equals(campaign.baseline())).toList();
            others.forEach(a -> s.append(' ').append(a).append(" |"));
            s.append("\n|---|");
            others.forEach(a -> s.append("---|"));
            s.append('\n');
            for (var row : t.getValue().entrySet()) {
                s.append("| ").append(row.getKey()).append(" |");
                for (String a : others) {
                    Cell c = row.getValue().get(a);
                    s.append(' ')
                            .append(fixed(c.a12(), 3))
                            .append(
                                    Double.isNaN(c.a12())
                                            ? ""
                                            : " (" + CampaignStatistics.a12Magnitude(c.a12()) + "; p = "
                                                    + pValue(c.pHolm()) + ")")
                            .append(" |");
                }
                s.append('\n');
            }
            s.append('\n');
        }
        s.append("## Plots\n\n");
        for (var e : plots.entrySet()) {
            s.append("### ").append(e.getKey()).append("\n\n");
            for (Path p : e.getValue()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                s.append("![").append(p.getFileName()).append("](").append(rel).append(")\n\n");
            }
        }
        failures(s, false);
        return s.toString();
    }

    private void failures(StringBuilder s, boolean html) {
        if (failed.isEmpty()) {
            return;
        }
        s.append(html ? "<h2>Failed runs</h2>\n<ul>\n" : "## Failed runs\n\n");
        for (RunRecord r : failed) {
            String line = r.id() + ": " + r.message();
            s.append(html ? "<li>" + escape(line) + "</li>\n" : "- " + line + "\n");
        }
        s.append(html ? "</ul>\n" : "\n");
    }

    // ---- HTML

    private String html(Map<Indicator, Map<String, Map<String, Cell>>> tables, Map<String, List<Path>> plots) {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Campaign ")
                .append(escape(campaign.name()))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:1300px;margin:2em auto;padding:0 1em}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:3px 8px;"
                        + "text-align:right}td:first-child,th:first-child{text-align:left}tr.summary td{background:#f3f3f3}"
                        + "img{max-width:100%;display:block;margin:0.5em 0}</style></head><body>\n");
        s.append("<h1>Campaign ")
                .append(escape(campaign.name()))
                .append("</h1>\n<p>")
                .append(escape(header()))
                .append("</p>\n<p>")
                .append(escape(LEGEND))
                .append("</p>\n");
        List<String> labels = campaign.labels();
        List<String> others =
                labels.stream().filter(a -> !a.equals(campaign.baseline())).toList();
        for (var t : tables.entrySet()) {
            Indicator ind = t.getKey();
            s.append("<h2>")
                    .append(escape(ind.key()))
                    .append(ind.higherIsBetter() ? " (higher is better)" : " (lower is better)")
                    .append("</h2>\n<table><tr><th>problem</th>");
            labels.forEach(a -> s.append("<th>")
                    .append(escape(a))
                    .append(a.equals(campaign.baseline()) ? " (baseline)" : "")
                    .append("</th>"));
            s.append("</tr>\n");
            for (var row : t.getValue().entrySet()) {
                s.append("<tr><td>").append(escape(row.getKey())).append("</td>");
                for (String a : labels) {
                    Cell c = row.getValue().get(a);
                    String v = num(c.median()) + " (" + num(c.iqr()) + ")";
                    s.append("<td>").append(c.best() ? "<b>" + v + "</b>" : v);
                    if (c.marker() != ' ') {
                        s.append(' ').append(c.marker());
                    }
                    s.append("</td>");
                }
                s.append("</tr>\n");
            }
            s.append("<tr class=\"summary\"><td>+/−/≈</td>");
            for (String a : labels) {
                int[] c = counts(t.getValue(), a);
                s.append("<td>")
                        .append(a.equals(campaign.baseline()) ? "" : c[0] + "/" + c[1] + "/" + c[2])
                        .append("</td>");
            }
            s.append("</tr>\n");
            CampaignStatistics.Friedman f = friedman(ind, t.getValue());
            if (f != null) {
                s.append("<tr class=\"summary\"><td>Friedman rank (p = ")
                        .append(pValue(f.pValue()))
                        .append(")</td>");
                for (double r : f.averageRanks()) {
                    s.append("<td>").append(fixed(r, 2)).append("</td>");
                }
                s.append("</tr>\n");
            }
            s.append("</table>\n<p>A12 against ")
                    .append(escape(campaign.baseline()))
                    .append(" (magnitude; Holm-corrected p):</p>\n<table><tr><th>problem</th>");
            others.forEach(a -> s.append("<th>").append(escape(a)).append("</th>"));
            s.append("</tr>\n");
            for (var row : t.getValue().entrySet()) {
                s.append("<tr><td>").append(escape(row.getKey())).append("</td>");
                for (String a : others) {
                    Cell c = row.getValue().get(a);
                    s.append("<td>")
                            .append(fixed(c.a12(), 3))
                            .append(
                                    Double.isNaN(c.a12())
                                            ? ""
                                            : " (" + CampaignStatistics.a12Magnitude(c.a12()) + "; p = "
                                                    + pValue(c.pHolm()) + ")")
                            .append("</td>");
                }
                s.append("</tr>\n");
            }
            s.append("</table>\n");
        }
        s.append("<h2>Plots</h2>\n");
        for (var e : plots.entrySet()) {
            s.append("<h3>").append(escape(e.getKey())).append("</h3>\n");
            for (Path p : e.getValue()) {
                try {
                    s.append("<img alt=\"")
                            .append(escape(p.getFileName().toString()))
                            .append("\" src=\"data:image/png;base64,")
                            .append(Base64.getEncoder().encodeToString(Files.readAllBytes(p)))
                            .append("\">\n");
                } catch (IOException e2) {
                    throw new UncheckedIOException(e2);
                }
            }
        }
        failures(s, true);
        s.append("</body></html>\n");
        return s.toString();
    }

    private static String escape(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ---- LaTeX

    private String latex(Map<Indicator, Map<String, Map<String, Cell>>> tables) {
        StringBuilder s = new StringBuilder();
        s.append("% Campaign ").append(campaign.name()).append(": tables for \\input; needs \\usepackage{booktabs}\n");
        List<String> labels = campaign.labels();
        for (var t : tables.entrySet()) {
            Indicator ind = t.getKey();
            s.append("\\begin{table}\\centering\\scriptsize\n\\caption{")
                    .append(tex(ind.key()))
                    .append(ind.higherIsBetter() ? " (higher is better)" : " (lower is better)")
                    .append(": median (IQR); $+$/$-$/$\\approx$: Wilcoxon rank-sum against ")
                    .append(tex(campaign.baseline()))
                    .append(", Holm-corrected, $\\alpha = 0.05$}\n\\begin{tabular}{l")
                    .append("r".repeat(labels.size()))
                    .append("}\n\\toprule\nproblem");
            labels.forEach(a -> s.append(" & ").append(tex(a)));
            s.append(" \\\\\n\\midrule\n");
            for (var row : t.getValue().entrySet()) {
                s.append(tex(row.getKey()));
                for (String a : labels) {
                    Cell c = row.getValue().get(a);
                    String v = num(c.median()) + " (" + num(c.iqr()) + ")";
                    s.append(" & ").append(c.best() ? "\\textbf{" + v + "}" : v);
                    if (c.marker() != ' ') {
                        s.append(
                                switch (c.marker()) {
                                    case '+' -> " $+$";
                                    case '−' -> " $-$";
                                    default -> " $\\approx$";
                                });
                    }
                }
                s.append(" \\\\\n");
            }
            s.append("\\midrule\n$+/-/\\approx$");
            for (String a : labels) {
                int[] c = counts(t.getValue(), a);
                s.append(" & ").append(a.equals(campaign.baseline()) ? "" : c[0] + "/" + c[1] + "/" + c[2]);
            }
            s.append(" \\\\\n");
            CampaignStatistics.Friedman f = friedman(ind, t.getValue());
            if (f != null) {
                s.append("Friedman rank");
                for (double r : f.averageRanks()) {
                    s.append(" & ").append(fixed(r, 2));
                }
                s.append(" \\\\\n");
            }
            s.append("\\bottomrule\n\\end{tabular}\n\\end{table}\n\n");
        }
        return s.toString();
    }

    private static String tex(String t) {
        return t.replace("\\", "\\textbackslash{}")
                .replace("_", "\\_")
                .replace("&", "\\&")
                .replace("%", "\\%")
                .replace("#", "\\#");
    }

    // ---- plots

    private Map<String, List<Path>> plots(Path dir) {
        Map<String, List<Path>> out = new LinkedHashMap<>();
        try {
            Files.createDirectories(dir);
            for (String p : campaign.problems()) {
                List<Path> files = new ArrayList<>();
                String stem = p.replace(':', '_');
                List<Indicator> shown = campaign.indicators().stream()
                        .filter(i -> campaign.labels().stream().anyMatch(a -> finals(a, p, i).length > 0))
                        .toList();
                if (shown.isEmpty()) {
                    continue;
                }
                List<Chart<?, ?>> boxes = new ArrayList<>();
                List<Chart<?, ?>> byEval = new ArrayList<>();
                List<Chart<?, ?>> bySec = new ArrayList<>();
                for (Indicator i : shown) {
                    boxes.add(box(p, i));
                    if (campaign.budget().byEvaluations()) {
                        byEval.add(anytime(p, i, false));
                    }
                    bySec.add(anytime(p, i, true));
                }
                files.add(save(boxes, dir.resolve(stem + "-boxes")));
                if (!byEval.isEmpty()) {
                    files.add(save(byEval, dir.resolve(stem + "-anytime-evaluations")));
                }
                files.add(save(bySec, dir.resolve(stem + "-anytime-seconds")));
                XYChart eaf = attainment(p);
                if (eaf != null) {
                    files.add(save(List.of(eaf), dir.resolve(stem + "-attainment")));
                }
                out.put(p, files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Path save(List<Chart<?, ?>> charts, Path base) throws IOException {
        if (charts.size() == 1) {
            BitmapEncoder.saveBitmap(charts.get(0), base.toString(), BitmapEncoder.BitmapFormat.PNG);
        } else {
            int cols = Math.min(2, charts.size());
            int rows = (charts.size() + cols - 1) / cols;
            List<Chart<?, ?>> padded = new ArrayList<>(charts);
            BitmapEncoder.saveBitmap(padded, rows, cols, base.toString(), BitmapEncoder.BitmapFormat.PNG);
        }
        return Path.of(base + ".png");
    }

    private BoxChart box(String problem, Indicator ind) {
        BoxChart chart = new BoxChartBuilder()
                .width(560)
                .height(380)
                .title(problem + ": " + ind.key() + " at the end")
                .yAxisTitle(ind.key())
                .build();
        chart.getStyler().setBoxplotCalCulationMethod(BoxStyler.BoxplotCalCulationMethod.N_LESS_1_PLUS_1);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setToolTipsEnabled(false);
        chart.getStyler().setSeriesColors(PALETTE);
        for (String a : campaign.labels()) {
            double[] v = finals(a, problem, ind);
            if (v.length > 0) {
                chart.addSeries(a, v);
            }
        }
        return chart;
    }

    private XYChart anytime(String problem, Indicator ind, boolean seconds) {
        XYChart chart = new XYChartBuilder()
                .width(560)
                .height(380)
                .title(problem + ": " + ind.key() + (seconds ? " against time" : " against evaluations"))
                .xAxisTitle(seconds ? "seconds (median over runs)" : "evaluations")
                .yAxisTitle(ind.key())
                .build();
        // below the plot: inside, the legend hid the last checkpoints of rising curves (hv)
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        int color = 0;
        for (String a : campaign.labels()) {
            Color c = PALETTE[color++ % PALETTE.length];
            List<RunRecord> runs = finished.stream()
                    .filter(r ->
                            r.id().algorithm().equals(a) && r.id().problem().equals(problem))
                    .toList();
            int k = runs.stream().mapToInt(r -> r.checkpoints().size()).min().orElse(0);
            if (k == 0) {
                continue;
            }
            double[] x = new double[k];
            double[] q1 = new double[k];
            double[] med = new double[k];
            double[] q3 = new double[k];
            int used = 0;
            for (int j = 0; j < k; j++) {
                int jj = j;
                double[] v = runs.stream()
                        .mapToDouble(r -> r.checkpoints().get(jj).values().getOrDefault(ind, Double.NaN))
                        .filter(Double::isFinite)
                        .toArray();
                if (v.length == 0) {
                    continue;
                }
                double[] q = CampaignStatistics.quantiles(v);
                x[used] = seconds
                        ? CampaignStatistics.median(runs.stream()
                                .mapToDouble(r -> r.checkpoints().get(jj).seconds())
                                .toArray())
                        : runs.get(0).checkpoints().get(j).target();
                q1[used] = q[0];
                med[used] = q[1];
                q3[used] = q[2];
                used++;
            }
            if (used == 0) {
                continue;
            }
            double[] bx = new double[2 * used];
            double[] by = new double[2 * used];
            for (int j = 0; j < used; j++) {
                bx[j] = x[j];
                by[j] = q3[j];
                bx[2 * used - 1 - j] = x[j];
                by[2 * used - 1 - j] = q1[j];
            }
            XYSeries band = chart.addSeries(a + " IQR", bx, by);
            band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            band.setFillColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
            band.setLineColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 0));
            band.setMarker(SeriesMarkers.NONE);
            band.setShowInLegend(false);
            XYSeries line = chart.addSeries(a, java.util.Arrays.copyOf(x, used), java.util.Arrays.copyOf(med, used));
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setLineColor(c);
            line.setMarker(SeriesMarkers.CIRCLE);
            line.setMarkerColor(c);
        }
        return chart;
    }

    private XYChart attainment(String problem) {
        BenchmarkProblem bp = Campaign.problem(problem);
        if (bp.numberOfObjectives() != 2) {
            return null;
        }
        XYChart chart = new XYChartBuilder()
                .width(800)
                .height(600)
                .title(problem + ": median (50%) attainment surfaces")
                .xAxisTitle("f1")
                .yAxisTitle("f2")
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        if (bp.hasTrueFront()) {
            double[][] t = bp.trueFront(500);
            java.util.Arrays.sort(t, java.util.Comparator.comparingDouble(r -> r[0]));
            XYSeries s = chart.addSeries(
                    "true front",
                    java.util.Arrays.stream(t).mapToDouble(r -> r[0]).toArray(),
                    java.util.Arrays.stream(t).mapToDouble(r -> r[1]).toArray());
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(new Color(0xB0, 0xB0, 0xB0));
        }
        int color = 0;
        boolean any = false;
        for (String a : campaign.labels()) {
            Color c = PALETTE[color++ % PALETTE.length];
            List<double[][]> fronts = finished.stream()
                    .filter(r ->
                            r.id().algorithm().equals(a) && r.id().problem().equals(problem))
                    .map(RunRecord::front)
                    .filter(f -> f.length > 0 && f[0].length == 2)
                    .toList();
            if (fronts.isEmpty()) {
                continue;
            }
            double[][] corners = Attainment.median(fronts);
            if (corners.length == 0) {
                continue;
            }
            double[] xs = new double[2 * corners.length - 1];
            double[] ys = new double[2 * corners.length - 1];
            for (int j = 0; j < corners.length; j++) {
                xs[2 * j] = corners[j][0];
                ys[2 * j] = corners[j][1];
                if (j + 1 < corners.length) {
                    xs[2 * j + 1] = corners[j + 1][0];
                    ys[2 * j + 1] = corners[j][1];
                }
            }
            XYSeries s = chart.addSeries(a, xs, ys);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setLineColor(c);
            s.setMarker(SeriesMarkers.NONE);
            any = true;
        }
        return any ? chart : null;
    }
}
