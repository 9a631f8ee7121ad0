package org.mo4j.lab.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.mo4j.lab.CampaignEngine;
import org.mo4j.lab.CampaignListener;
import org.mo4j.lab.CampaignOutcome;
import org.mo4j.lab.CampaignRun;
import org.mo4j.lab.RunId;
import org.mo4j.lab.RunRecord;
import org.mo4j.lab.RunStore;

/**
 * Runs a campaign on Apache Spark: the runs without a record become an RDD of one run per
 * partition ({@code parallelize(runs, runs.size())}: one run per task, which balances runs of very
 * different lengths, where a Dataset's {@code repartition} spread them unevenly), each executed by
 * {@link CampaignRun#execute} on an executor and written there into the store with
 * {@link RunStore#write} (so the store's folder must be on a file system every executor sees; with
 * {@code local[N]} it is this machine's). The records are those of {@link org.mo4j.lab.LocalEngine}:
 * a run depends only on its (algorithm, problem, seed). The listener hears of each run when the job
 * ends. Options: {@code master} (a Spark master URL, default {@code local[*]}). Unless the
 * {@code log4j2.configurationFile} property names a logging set-up, Spark logs errors only.
 */
public final class SparkEngine implements CampaignEngine {

    private static final Set<String> OPTIONS = Set.of("master");

    /** The engine {@link java.util.ServiceLoader} instantiates. */
    public SparkEngine() {}

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public CampaignOutcome run(RunStore store, CampaignListener listener, Map<String, String> options) {
        for (String k : options.keySet()) {
            if (!OPTIONS.contains(k)) {
                throw new IllegalArgumentException("unknown spark option '" + k + "' (choose " + OPTIONS + ")");
            }
        }
        String master = options.getOrDefault("master", "local[*]");
        long start = System.nanoTime();
        List<RunId> all = store.campaign().runs();
        List<Task> todo = new ArrayList<>();
        for (RunId id : all) {
            if (!store.contains(id)) {
                todo.add(new Task(id.algorithm(), id.problem(), id.seed()));
            }
        }
        int skipped = all.size() - todo.size();
        listener.started(all.size(), skipped);
        String dir = store.directory().toAbsolutePath().toString();
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "org/mo4j/lab/spark/log4j2-quiet.properties");
        }
        SparkConf conf = new SparkConf()
                .setAppName("mo4j campaign " + store.campaign().name())
                .setMaster(master)
                .set("spark.ui.enabled", "false");
        List<Task> done;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            done = todo.isEmpty()
                    ? List.of()
                    : sc.parallelize(todo, todo.size()).map(t -> t.execute(dir)).collect();
        }
        int failed = 0;
        double runSeconds = 0;
        double taskSeconds = 0;
        int n = skipped;
        for (Task t : done) {
            RunRecord r = store.read(t.id()).orElseThrow(() -> new IllegalStateException("no record of " + t.id()));
            failed += r.failed() ? 1 : 0;
            runSeconds += r.runSeconds();
            taskSeconds += r.taskSeconds();
            listener.finished(r, ++n, failed);
        }
        int parallelism = master.matches("local\\[\\d+]") ? Integer.parseInt(master.replaceAll("\\D", "")) : 0;
        return new CampaignOutcome(
                all.size(),
                skipped,
                done.size(),
                failed,
                (System.nanoTime() - start) / 1e9,
                runSeconds,
                taskSeconds,
                parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors());
    }

    /** One run, as Spark ships it: three plain values. */
    record Task(String algorithm, String problem, long seed) implements Serializable {

        RunId id() {
            return new RunId(algorithm, problem, seed);
        }

        /** Runs on an executor: reads the campaign from the store's folder, runs, stores the record. */
        Task execute(String dir) {
            RunStore store = RunStore.open(Path.of(dir));
            store.write(CampaignRun.execute(store.campaign(), id()));
            return this;
        }
    }
}
