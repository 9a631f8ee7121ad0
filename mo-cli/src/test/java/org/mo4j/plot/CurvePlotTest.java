package org.mo4j.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurvePlotTest {

    @TempDir
    Path dir;

    @Test
    void drawsTwoCurvesInTheirColoursIntoAPng() throws IOException {
        Path png = CurvePlot.titled("LHD", "evaluations", "log hv difference")
                .curve("a", new double[] {20, 25, 30}, new double[] {-0.5, -1, -1.5})
                .curve("b", new double[] {20, 25, 30}, new double[] {-0.2, -0.4, -0.9})
                .write(dir.resolve("curves"));
        assertTrue(png.toString().endsWith("curves.png"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        boolean red = false;
        boolean green = false;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                red |= rgb == 0xD62728;
                green |= rgb == 0x2CA02C;
            }
        }
        assertTrue(red && green, "both curves are drawn");
        assertNotEquals(0, png.toFile().length());
    }

    @Test
    void badCurvesAreRejectedNamingTheProblem() {
        CurvePlot p = CurvePlot.titled("t", "x", "y");
        var e = assertThrows(IllegalArgumentException.class, () -> p.curve("a", new double[] {1, 2}, new double[] {1}));
        assertTrue(e.getMessage().contains("2 and 1"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class, () -> p.curve("a", new double[] {1}, new double[] {Double.NaN}));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        CurvePlot one = p.curve("a", new double[] {1}, new double[] {1});
        assertThrows(IllegalArgumentException.class, () -> one.curve("a", new double[] {1}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> p.write(dir.resolve("empty.png")));
    }
}
