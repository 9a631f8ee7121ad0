package org.mo4j.plot;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mo4j.core.internal.Arguments;

/**
 * A PNG line chart of named curves y(x), e.g. the log hypervolume difference against evaluations of
 * several algorithms; drawn with XChart. Immutable: each method returns a new plot. Drawing is
 * O(points).
 */
public final class CurvePlot {

    private static final Color[] PALETTE = {
        new Color(0xD6, 0x27, 0x28), new Color(0x2C, 0xA0, 0x2C), new Color(0x1F, 0x77, 0xB4),
        new Color(0xFF, 0x7F, 0x0E), new Color(0x94, 0x67, 0xBD), new Color(0x9E, 0x9E, 0x9E)
    };

    private final String title;
    private final String xAxis;
    private final String yAxis;
    private final List<String> names;
    private final List<double[][]> curves;

    private CurvePlot(String title, String xAxis, String yAxis, List<String> names, List<double[][]> curves) {
        this.title = title;
        this.xAxis = xAxis;
        this.yAxis = yAxis;
        this.names = names;
        this.curves = curves;
    }

    /**
     * An empty chart, 800 × 600 pixels.
     *
     * @param title the chart's title
     * @param xAxis the x axis title
     * @param yAxis the y axis title
     * @return the plot
     */
    public static CurvePlot titled(String title, String xAxis, String yAxis) {
        Arguments.notNull("title", title);
        Arguments.notNull("xAxis", xAxis);
        Arguments.notNull("yAxis", yAxis);
        return new CurvePlot(title, xAxis, yAxis, List.of(), List.of());
    }

    /**
     * This plot with one more curve.
     *
     * @param name a name unique in the plot
     * @param x    the abscissae, finite
     * @param y    the ordinates, as many as x, finite
     * @return a new plot
     * @throws IllegalArgumentException if a name repeats, the lengths differ, a curve is empty or a
     *                                  value is NaN or infinite
     */
    public CurvePlot curve(String name, double[] x, double[] y) {
        Arguments.notNull("name", name);
        Arguments.notNull("x", x);
        Arguments.notNull("y", y);
        if (names.contains(name)) {
            throw new IllegalArgumentException("name must be unique in the plot, was '" + name + "' twice");
        }
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("curve '" + name + "' needs as many x as y values, at least one; had "
                    + x.length + " and " + y.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException(
                        "curve '" + name + "' point " + i + " must be finite, was (" + x[i] + ", " + y[i] + ")");
            }
        }
        List<String> n = new ArrayList<>(names);
        n.add(name);
        List<double[][]> c = new ArrayList<>(curves);
        c.add(new double[][] {x.clone(), y.clone()});
        return new CurvePlot(title, xAxis, yAxis, List.copyOf(n), List.copyOf(c));
    }

    /**
     * Draws the curves into a PNG file ({@code .png} is appended if missing); parent directories
     * are created.
     *
     * @param file where to write
     * @return the file written
     * @throws IllegalArgumentException if there is no curve
     * @throws UncheckedIOException     if the file cannot be written
     */
    public Path write(Path file) {
        Arguments.notNull("file", file);
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("plot '" + title + "' has no curve to draw");
        }
        XYChart chart = new XYChartBuilder()
                .width(800)
                .height(600)
                .title(title)
                .xAxisTitle(xAxis)
                .yAxisTitle(yAxis)
                .build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        for (int i = 0; i < curves.size(); i++) {
            XYSeries s = chart.addSeries(names.get(i), curves.get(i)[0], curves.get(i)[1]);
            s.setLineColor(PALETTE[i % PALETTE.length]);
            s.setMarker(SeriesMarkers.NONE);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            String name = file.toString();
            String base = name.toLowerCase(Locale.ROOT).endsWith(".png") ? name.substring(0, name.length() - 4) : name;
            BitmapEncoder.saveBitmap(chart, base, BitmapEncoder.BitmapFormat.PNG);
            return Path.of(base + ".png");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plot to " + file + ": " + e.getMessage(), e);
        }
    }
}
