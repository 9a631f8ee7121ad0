package org.mo4j.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A campaign's results folder, which loses nothing: {@code campaign.yaml} (the campaign, every value
 * explicit) and one YAML {@link RunRecord} per finished or failed run under {@code runs/}
 * ({@link RunId#relativePath()}). A record is written to a temporary file in its folder, then
 * renamed over its name with {@link StandardCopyOption#ATOMIC_MOVE}, so after the process dies (even
 * by {@code kill -9}) a record is either whole or absent. Records are not forced to disk one by one
 * (that cost 8–11 ms a record here, against 2–3 ms for the write): after a power failure a renamed
 * file may come back empty or cut, so {@link #create} reads every record and moves one that does not
 * parse aside (to {@code NAME.corrupt}), and the run is done again. Leftover temporary files are
 * deleted there too. Distinct runs write distinct files, so engines may write from many threads or
 * processes at once.
 */
public final class RunStore {

    /** The campaign's file in the folder. */
    public static final String CAMPAIGN_FILE = "campaign.yaml";

    private static final String TEMP_SUFFIX = ".tmp";

    private final Path dir;
    private final Campaign campaign;

    private RunStore(Path dir, Campaign campaign) {
        this.dir = dir;
        this.campaign = campaign;
    }

    /**
     * Opens (creating it if needed) the folder {@code dir} for {@code campaign}, deleting temporary
     * files a crash left behind and moving records that do not parse aside. O(records stored).
     *
     * @throws IllegalArgumentException if the folder already holds a different campaign (its file
     *                                  is named; use another folder)
     * @throws UncheckedIOException     if the folder cannot be written
     */
    public static RunStore create(Path dir, Campaign campaign) {
        try {
            Files.createDirectories(dir.resolve("runs"));
            Path file = dir.resolve(CAMPAIGN_FILE);
            if (Files.exists(file)) {
                Campaign there = CampaignFile.read(file);
                if (!there.equals(campaign)) {
                    throw new IllegalArgumentException(file + " holds a different campaign ('" + there.name()
                            + "'); give another output folder, or the same campaign");
                }
            } else {
                writeAtomically(file, CampaignFile.toYaml(campaign));
            }
            RunStore store = new RunStore(dir, campaign);
            store.deleteTemporaryFiles();
            store.moveUnreadableAside();
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens an existing folder with the campaign it holds.
     *
     * @throws IllegalArgumentException if {@code dir} has no readable {@code campaign.yaml}
     */
    public static RunStore open(Path dir) {
        Path file = dir.resolve(CAMPAIGN_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dir + " is not a campaign folder (no " + CAMPAIGN_FILE + ")");
        }
        return new RunStore(dir, CampaignFile.read(file));
    }

    /** The folder. */
    public Path directory() {
        return dir;
    }

    /** The campaign. */
    public Campaign campaign() {
        return campaign;
    }

    /** Where {@code id}'s record is (whether or not it exists). */
    public Path path(RunId id) {
        return dir.resolve("runs").resolve(id.relativePath());
    }

    /** Whether {@code id} has a record (finished or failed). */
    public boolean contains(RunId id) {
        return Files.isRegularFile(path(id));
    }

    /**
     * Writes {@code record} atomically (temporary file, force, atomic rename), replacing an older one.
     *
     * @throws UncheckedIOException if it cannot be written
     */
    public void write(RunRecord record) {
        Path file = path(record.id());
        try {
            Files.createDirectories(file.getParent());
            writeAtomically(file, record.toYaml());
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write " + file + ": " + e.getMessage(), e));
        }
    }

    /**
     * The record of {@code id}, if there is one.
     *
     * @throws IllegalArgumentException if the file is not a record (the message names it)
     */
    public Optional<RunRecord> read(RunId id) {
        Path file = path(id);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return Optional.of(RunRecord.fromMap(Yaml.load(file.toString(), text)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": not a run record: " + e.getMessage(), e);
        }
    }

    /** Every record there is, in the campaign's run order. */
    public List<RunRecord> records() {
        List<RunRecord> out = new ArrayList<>();
        for (RunId id : campaign.runs()) {
            read(id).ifPresent(out::add);
        }
        return out;
    }

    private void moveUnreadableAside() throws IOException {
        for (RunId id : campaign.runs()) {
            if (contains(id)) {
                try {
                    read(id);
                } catch (IllegalArgumentException e) {
                    Path p = path(id);
                    Files.move(p, p.resolveSibling(p.getFileName() + ".corrupt"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private void deleteTemporaryFiles() throws IOException {
        try (Stream<Path> s = Files.walk(dir.resolve("runs"))) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(TEMP_SUFFIX))
                    .toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", TEMP_SUFFIX);
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (b.hasRemaining()) {
                    ch.write(b);
                }
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
