package org.mo4j.benchmarks.peers;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * moocore's C hypervolume (Fonseca, Paquete, López-Ibáñez, Guerreiro; HV3D+ at d = 3, HV4D+ at
 * d = 4) as a peer, called through the JNI bridge
 * {@code mo-benchmarks/src/test/c/moocore_jni.c}. moocore is not vendored: {@code
 * mo-benchmarks/moocore-build CHECKOUT} compiles a checkout into {@code
 * mo-benchmarks/target/native/libmoocorejni.so}, which this class loads (or the file named by the
 * system property {@code mo4j.moocore.lib}). Both sides get the same raw rows: moocore drops
 * points outside the box and dominated points itself, as mo4j does.
 */
public final class MoocorePeer {

    private static final String PROPERTY = "mo4j.moocore.lib";

    private static volatile boolean loaded;

    private MoocorePeer() {}

    /** The library built by {@code mo-benchmarks/moocore-build}, or the one named by {@value #PROPERTY}. */
    public static Path library() {
        String named = System.getProperty(PROPERTY);
        if (named != null) {
            return Path.of(named);
        }
        try {
            Path classes = Path.of(MoocorePeer.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return classes.resolveSibling("native").resolve("libmoocorejni.so");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the native library has been built. */
    public static boolean available() {
        return Files.isRegularFile(library());
    }

    /** Loads the library; an {@link IllegalStateException} saying how to build it when it is missing. */
    public static void load() {
        if (loaded) {
            return;
        }
        Path lib = library();
        if (!Files.isRegularFile(lib)) {
            throw new IllegalStateException(
                    "no moocore library at " + lib + ": run mo-benchmarks/moocore-build MOOCORE_CHECKOUT first");
        }
        System.load(lib.toAbsolutePath().toString());
        loaded = true;
    }

    /** {@code rows} as one row-major array, the layout moocore reads. */
    public static double[] flat(double[][] rows, int d) {
        double[] out = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, out, i * d, d);
        }
        return out;
    }

    /** moocore's {@code fpli_hv} of the {@code n} rows of {@code data} (row-major, {@code d} per row). */
    public static native double fpliHv(double[] data, int n, int d, double[] ref);
}
