package org.mo4j.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontPlotTest {

    @TempDir
    Path dir;

    private static double[][] circle(int n, int d) {
        double[][] f = new double[n][d];
        for (int i = 0; i < n; i++) {
            double t = Math.PI / 2 * i / (n - 1);
            f[i][0] = Math.cos(t);
            f[i][1] = Math.sin(t);
            for (int j = 2; j < d; j++) {
                f[i][j] = (i % (j + 1)) / (double) j;
            }
        }
        return f;
    }

    private static BufferedImage read(Path p) throws IOException {
        BufferedImage img = ImageIO.read(p.toFile());
        assertTrue(img != null, "not a readable image: " + p);
        return img;
    }

    @Test
    void twoObjectivesDrawOneScatterPanelOfTheRequestedSize() throws IOException {
        Path out = FrontPlot.titled("ZDT1")
                .series("front", circle(50, 2))
                .size(400, 300)
                .write(dir.resolve("a.png"));
        BufferedImage img = read(out);
        assertEquals(400, img.getWidth());
        assertEquals(300, img.getHeight());
    }

    @Test
    void threeObjectivesDrawThreeProjectionsSideBySide() throws IOException {
        Path out = FrontPlot.titled("DTLZ2")
                .series("front", circle(30, 3))
                .size(300, 200)
                .write(dir.resolve("sub/b"));
        assertEquals(dir.resolve("sub/b.png"), out);
        BufferedImage img = read(out);
        assertEquals(900, img.getWidth());
        assertEquals(200, img.getHeight());
    }

    @Test
    void manyObjectivesDrawParallelCoordinates() throws IOException {
        Path out = FrontPlot.titled("DTLZ2, 5 objectives")
                .series("true", circle(1000, 5))
                .series("found", circle(20, 5))
                .objectives("cost", "weight")
                .size(300, 200)
                .write(dir.resolve("c.png"));
        assertEquals(300, read(out).getWidth());
    }

    @Test
    void badInputIsRejectedWithTheArgumentNamed() {
        FrontPlot p = FrontPlot.titled("t").series("a", circle(5, 2));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> p.series("a", circle(5, 2)))
                .getMessage()
                .contains("'a'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> p.series("b", circle(5, 3)))
                .getMessage()
                .contains("dimension mismatch"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> p.series("b", new double[][] {{1, Double.NaN}}))
                .getMessage()
                .contains("NaN"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> FrontPlot.titled("t").series("a", new double[][] {{1}, {2}}))
                .getMessage()
                .contains("at least 2"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> FrontPlot.titled("t").write(dir.resolve("x.png")))
                .getMessage()
                .contains("no points"));
        assertThrows(IllegalArgumentException.class, () -> p.size(10, 300));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> p.objectives("a", null))
                .getMessage()
                .contains("names[1]"));
    }
}
