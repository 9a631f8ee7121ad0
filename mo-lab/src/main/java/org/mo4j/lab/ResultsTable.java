package org.mo4j.lab;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The tidy table of a campaign, {@code results.csv}: one row per finished run × checkpoint ×
 * indicator, the table R, pandas and spreadsheets read. Columns: {@code algorithm, problem, seed,
 * checkpoint} (1-based), {@code target} (the checkpoint's budget target), {@code evaluations},
 * {@code seconds} (the run's time at the checkpoint), {@code indicator}, {@code value} (full
 * precision; {@code NaN} where undefined). Rows are in the campaign's order, so the same runs give
 * the same file apart from the {@code seconds} column. Failed runs have no rows (their records say
 * why). RFC 4180 quoting by Apache Commons CSV. O(rows).
 */
public final class ResultsTable {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of(
            "algorithm", "problem", "seed", "checkpoint", "target", "evaluations", "seconds", "indicator", "value");

    /** One row. */
    public record Row(
            String algorithm,
            String problem,
            long seed,
            int checkpoint,
            double target,
            long evaluations,
            double seconds,
            Indicator indicator,
            double value) {}

    private ResultsTable() {}

    /** The rows of {@code records} (finished ones), in order. */
    public static List<Row> rows(List<RunRecord> records) {
        List<Row> out = new ArrayList<>();
        for (RunRecord r : records) {
            if (r.failed()) {
                continue;
            }
            for (int k = 0; k < r.checkpoints().size(); k++) {
                Checkpoint c = r.checkpoints().get(k);
                for (var e : c.values().entrySet()) {
                    out.add(new Row(
                            r.id().algorithm(),
                            r.id().problem(),
                            r.id().seed(),
                            k + 1,
                            c.target(),
                            c.evaluations(),
                            c.seconds(),
                            e.getKey(),
                            e.getValue()));
                }
            }
        }
        return out;
    }

    /** Writes the rows of {@code records} to {@code file} (atomically: a temporary file, then a rename). */
    public static void write(List<RunRecord> records, Path file) {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                CSVPrinter p = CSVFormat.RFC4180
                        .builder()
                        .setHeader(COLUMNS.toArray(String[]::new))
                        .setRecordSeparator('\n')
                        .get()
                        .print(w)) {
            for (Row r : rows(records)) {
                p.printRecord(
                        r.algorithm(),
                        r.problem(),
                        r.seed(),
                        r.checkpoint(),
                        number(r.target()),
                        r.evaluations(),
                        number(r.seconds()),
                        r.indicator().key(),
                        number(r.value()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write " + file + ": " + e.getMessage(), e));
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a table {@link #write} wrote.
     *
     * @throws IllegalArgumentException naming the line when a row does not parse
     */
    public static List<Row> read(Path file) {
        List<Row> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord c : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)) {
                try {
                    out.add(new Row(
                            c.get("algorithm"),
                            c.get("problem"),
                            Long.parseLong(c.get("seed")),
                            Integer.parseInt(c.get("checkpoint")),
                            Double.parseDouble(c.get("target")),
                            Long.parseLong(c.get("evaluations")),
                            Double.parseDouble(c.get("seconds")),
                            Indicator.parse(c.get("indicator")),
                            Double.parseDouble(c.get("value"))));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            file + ": line " + (c.getRecordNumber() + 1) + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
