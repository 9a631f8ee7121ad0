package org.mo4j.lab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the store keeps of one run: enough to recompute any figure of the report without running
 * again. A failed run keeps its message and no front.
 *
 * @param id          the run
 * @param algorithm   the registry name of the algorithm the label stands for
 * @param failed      whether the run threw
 * @param message     the exception's class and message when failed, else empty
 * @param evaluations the evaluations done
 * @param generations the generations completed
 * @param runSeconds  the algorithm's wall-clock time ({@code Result.elapsed})
 * @param taskSeconds the whole task's: building the problem and its reference, the run, the
 *                    indicators at every checkpoint
 * @param settings    the exact settings ({@code Configuration.asMap()}, seed included)
 * @param version     mo4j's version
 * @param checkpoints the checkpoints, in order; the last is the end of the run
 * @param front       the final front's objective vectors (rows)
 */
public record RunRecord(
        RunId id,
        String algorithm,
        boolean failed,
        String message,
        long evaluations,
        int generations,
        double runSeconds,
        double taskSeconds,
        Map<String, String> settings,
        String version,
        List<Checkpoint> checkpoints,
        double[][] front) {

    /** Copies the collections (the front's rows are taken as they are). */
    public RunRecord {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        checkpoints = List.copyOf(checkpoints);
        message = message == null ? "" : message;
    }

    /** The last checkpoint (the end of the run). @throws IllegalStateException for a failed run */
    public Checkpoint last() {
        if (checkpoints.isEmpty()) {
            throw new IllegalStateException(id + " has no checkpoints (failed: " + message + ")");
        }
        return checkpoints.get(checkpoints.size() - 1);
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mo4j-run", 1);
        m.put("algorithm", id.algorithm());
        m.put("registry-name", algorithm);
        m.put("problem", id.problem());
        m.put("seed", id.seed());
        m.put("status", failed ? "failed" : "finished");
        if (failed) {
            m.put("message", message);
        }
        m.put("evaluations", evaluations);
        m.put("generations", generations);
        m.put("run-seconds", runSeconds);
        m.put("task-seconds", taskSeconds);
        m.put("settings", new LinkedHashMap<>(settings));
        m.put("version", version);
        m.put("java", System.getProperty("java.version"));
        List<Object> cps = new ArrayList<>();
        for (Checkpoint c : checkpoints) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("target", c.target());
            e.put("evaluations", c.evaluations());
            e.put("seconds", c.seconds());
            c.values().forEach((k, v) -> e.put(k.key(), v));
            cps.add(e);
        }
        m.put("checkpoints", cps);
        List<Object> rows = new ArrayList<>();
        for (double[] row : front) {
            List<Double> r = new ArrayList<>(row.length);
            for (double v : row) {
                r.add(v);
            }
            rows.add(r);
        }
        m.put("front", rows);
        return m;
    }

    static RunRecord fromMap(Map<?, ?> m) {
        RunId id = new RunId(
                String.valueOf(m.get("algorithm")),
                String.valueOf(m.get("problem")),
                number(m, "seed").longValue());
        List<Checkpoint> cps = new ArrayList<>();
        for (Object o : (List<?>) m.get("checkpoints")) {
            Map<?, ?> c = (Map<?, ?>) o;
            Map<Indicator, Double> values = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : c.entrySet()) {
                String k = String.valueOf(e.getKey());
                if (!k.equals("target") && !k.equals("evaluations") && !k.equals("seconds")) {
                    values.put(Indicator.parse(k), ((Number) e.getValue()).doubleValue());
                }
            }
            cps.add(new Checkpoint(
                    number(c, "target").doubleValue(),
                    number(c, "evaluations").longValue(),
                    number(c, "seconds").doubleValue(),
                    values));
        }
        List<?> rows = (List<?>) m.get("front");
        double[][] front = new double[rows.size()][];
        for (int i = 0; i < front.length; i++) {
            List<?> r = (List<?>) rows.get(i);
            front[i] = new double[r.size()];
            for (int j = 0; j < r.size(); j++) {
                front[i][j] = ((Number) r.get(j)).doubleValue();
            }
        }
        Map<String, String> settings = new LinkedHashMap<>();
        ((Map<?, ?>) m.get("settings")).forEach((k, v) -> settings.put(String.valueOf(k), String.valueOf(v)));
        return new RunRecord(
                id,
                String.valueOf(m.get("registry-name")),
                "failed".equals(m.get("status")),
                m.containsKey("message") ? String.valueOf(m.get("message")) : "",
                number(m, "evaluations").longValue(),
                number(m, "generations").intValue(),
                number(m, "run-seconds").doubleValue(),
                number(m, "task-seconds").doubleValue(),
                settings,
                String.valueOf(m.get("version")),
                cps,
                front);
    }

    private static Number number(Map<?, ?> m, String key) {
        Object o = m.get(key);
        if (!(o instanceof Number n)) {
            throw new IllegalArgumentException("key '" + key + "': must be a number, was '" + o + "'");
        }
        return n;
    }
}
