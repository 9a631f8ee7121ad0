package org.mo4j.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mo4j.core.internal.Arguments;

/**
 * A PNG picture of one or more fronts (minimised objectives), drawn with XChart.
 *
 * <ul>
 *   <li>2 objectives: one scatter plot, f1 against f2;</li>
 *   <li>3 objectives: the three pairwise projections (f1–f2, f1–f3, f2–f3) side by side;</li>
 *   <li>4 or more: parallel coordinates (one polyline per point over the objective indices, each
 *       objective scaled to [0, 1] by the range over all series), at most
 *       {@value #MAX_POLYLINES} polylines per series, chosen evenly.</li>
 * </ul>
 * Series are drawn in the order added, each in its own colour, so a true front added first lies
 * underneath the approximation drawn over it.
 *
 * <p>Usage: {@code FrontPlot.titled("ZDT1").series("true front", truth).series("NSGA-II",
 * front).write(Path.of("zdt1.png"))}; {@link #objectives} names the axes. A {@code FrontPlot} is an immutable value: {@link #series}
 * returns a new plot. Drawing is O(total points); nothing here is on a hot path.
 */
public final class FrontPlot {

    /** The most polylines drawn per series in parallel coordinates; more make an unreadable blur. */
    public static final int MAX_POLYLINES = 400;

    private static final Color[] PALETTE = {
        new Color(0x9E, 0x9E, 0x9E), new Color(0x1F, 0x77, 0xB4), new Color(0xD6, 0x27, 0x28),
        new Color(0x2C, 0xA0, 0x2C), new Color(0xFF, 0x7F, 0x0E), new Color(0x94, 0x67, 0xBD)
    };

    private final String title;
    private final List<String> names;
    private final List<double[][]> fronts;
    private final int width;
    private final int height;
    private final List<String> axes;

    private FrontPlot(
            String title, List<String> names, List<double[][]> fronts, int width, int height, List<String> axes) {
        this.title = title;
        this.names = names;
        this.fronts = fronts;
        this.width = width;
        this.height = height;
        this.axes = axes;
    }

    /** An empty plot with a title, 800 × 600 pixels per panel. */
    public static FrontPlot titled(String title) {
        Arguments.notNull("title", title);
        return new FrontPlot(title, List.of(), List.of(), 800, 600, List.of());
    }

    /**
     * This plot with another series.
     *
     * @param name   the legend entry, unique within the plot
     * @param points the points, all with the same number (≥ 2) of finite objectives as the other
     *               series; may be empty
     * @throws IllegalArgumentException naming the argument and the value if the name is null or
     *                                  taken, or the points are ragged, not finite, have fewer than
     *                                  2 objectives or a dimension other than the earlier series'
     */
    public FrontPlot series(String name, double[][] points) {
        Arguments.notNull("name", name);
        if (names.contains(name)) {
            throw new IllegalArgumentException("name must be unique in the plot, was '" + name + "' twice");
        }
        int d = Arguments.front("points", points);
        int expected = dimension();
        if (points.length > 0) {
            if (d < 2) {
                throw new IllegalArgumentException("points must have at least 2 objectives, had " + d);
            }
            if (expected > 0 && d != expected) {
                throw new IllegalArgumentException("points have " + d
                        + " objectives but the plot's earlier series have " + expected + " (dimension mismatch)");
            }
        }
        double[][] copy = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            copy[i] = points[i].clone();
        }
        List<String> n = new ArrayList<>(names);
        n.add(name);
        List<double[][]> f = new ArrayList<>(fronts);
        f.add(copy);
        return new FrontPlot(title, List.copyOf(n), List.copyOf(f), width, height, axes);
    }

    /**
     * This plot with another panel size.
     *
     * @throws IllegalArgumentException if a size is below 100 pixels
     */
    public FrontPlot size(int width, int height) {
        if (width < 100 || height < 100) {
            throw new IllegalArgumentException("size must be at least 100 x 100 pixels, was " + width + " x " + height);
        }
        return new FrontPlot(title, names, fronts, width, height, axes);
    }

    /**
     * This plot with names for the objectives' axes (default f1, f2, ...); names beyond the
     * dimension are ignored, missing ones keep the default.
     *
     * @throws IllegalArgumentException if a name is null
     */
    public FrontPlot objectives(String... names) {
        Arguments.notNull("names", names);
        for (int i = 0; i < names.length; i++) {
            Arguments.notNull("names[" + i + "]", names[i]);
        }
        return new FrontPlot(title, this.names, fronts, width, height, List.of(names));
    }

    private String axis(int j) {
        return j < axes.size() ? axes.get(j) : "f" + (j + 1);
    }

    /** The number of objectives of the series, or 0 while every series is empty. */
    public int dimension() {
        for (double[][] f : fronts) {
            if (f.length > 0) {
                return f[0].length;
            }
        }
        return 0;
    }

    /**
     * Draws the plot and writes it as a PNG file (parent directories are created).
     *
     * @return {@code file}
     * @throws IllegalArgumentException if there is no series or every series is empty
     * @throws UncheckedIOException     if the file cannot be written
     */
    public Path write(Path file) {
        Arguments.notNull("file", file);
        int d = dimension();
        if (d == 0) {
            throw new IllegalArgumentException("plot '" + title + "' has no points to draw (add a non-empty series)");
        }
        List<XYChart> charts = new ArrayList<>();
        if (d == 2) {
            charts.add(scatter(0, 1, title));
        } else if (d == 3) {
            charts.add(scatter(0, 1, title + " (f1, f2)"));
            charts.add(scatter(0, 2, title + " (f1, f3)"));
            charts.add(scatter(1, 2, title + " (f2, f3)"));
        } else {
            charts.add(parallelCoordinates(d));
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            String name = file.toString();
            String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".png")
                    ? name.substring(0, name.length() - 4)
                    : name;
            List<Chart<?, ?>> panels = new ArrayList<>(charts);
            if (panels.size() == 1) {
                BitmapEncoder.saveBitmap(charts.get(0), base, BitmapEncoder.BitmapFormat.PNG);
            } else {
                BitmapEncoder.saveBitmap(panels, 1, panels.size(), base, BitmapEncoder.BitmapFormat.PNG);
            }
            return Path.of(base + ".png");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plot to " + file + ": " + e.getMessage(), e);
        }
    }

    private XYChart scatter(int a, int b, String chartTitle) {
        XYChart chart = new XYChartBuilder()
                .width(width)
                .height(height)
                .title(chartTitle)
                .xAxisTitle(axis(a))
                .yAxisTitle(axis(b))
                .build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(5);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        for (int s = 0; s < fronts.size(); s++) {
            double[][] f = fronts.get(s);
            if (f.length == 0) {
                continue;
            }
            double[] xs = new double[f.length];
            double[] ys = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                xs[i] = f[i][a];
                ys[i] = f[i][b];
            }
            XYSeries series = chart.addSeries(names.get(s), xs, ys);
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setMarkerColor(PALETTE[s % PALETTE.length]);
        }
        return chart;
    }

    private XYChart parallelCoordinates(int d) {
        double[] lo = new double[d];
        double[] hi = new double[d];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (double[][] f : fronts) {
            for (double[] p : f) {
                for (int j = 0; j < d; j++) {
                    lo[j] = Math.min(lo[j], p[j]);
                    hi[j] = Math.max(hi[j], p[j]);
                }
            }
        }
        XYChart chart = new XYChartBuilder()
                .width(width)
                .height(height)
                .title(title + " (parallel coordinates)")
                .xAxisTitle("objective")
                .yAxisTitle("value scaled to [0, 1]")
                .build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setMarkerSize(0);
        chart.setCustomXAxisTickLabelsFormatter(x -> {
            long j = Math.round(x);
            return Math.abs(x - j) < 1e-9 && j >= 1 && j <= d ? axis((int) j - 1) : "";
        });
        double[] xs = new double[d];
        for (int j = 0; j < d; j++) {
            xs[j] = j + 1;
        }
        for (int s = 0; s < fronts.size(); s++) {
            double[][] f = fronts.get(s);
            int shown = Math.min(f.length, MAX_POLYLINES);
            for (int k = 0; k < shown; k++) {
                double[] p = f[(int) ((long) k * f.length / shown)];
                double[] ys = new double[d];
                for (int j = 0; j < d; j++) {
                    ys[j] = hi[j] > lo[j] ? (p[j] - lo[j]) / (hi[j] - lo[j]) : 0.5;
                }
                XYSeries series = chart.addSeries(k == 0 ? names.get(s) : names.get(s) + " #" + k, xs, ys);
                series.setShowInLegend(k == 0);
                series.setMarker(SeriesMarkers.NONE);
                series.setLineColor(PALETTE[s % PALETTE.length]);
                series.setLineStyle(new BasicStroke(0.7f));
            }
        }
        return chart;
    }
}
