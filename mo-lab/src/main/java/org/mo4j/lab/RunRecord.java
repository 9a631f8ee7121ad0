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

    /**
     * This record as YAML 1.2 (what {@link #fromMap} reads back through SnakeYAML Engine): block
     * keys, strings double-quoted with escapes, numbers by {@link Double#toString(double)} (so they
     * read back bit-identical; {@code .nan}, {@code .inf}), checkpoints and front rows in flow
     * style. Written by hand: SnakeYAML's emitter resolves every scalar and took 2–5 ms a record,
     * against about 0.1–0.4 ms here, on short runs more than the runner's whole overhead budget.
     * O(front size + checkpoints).
     */
    String toYaml() {
        StringBuilder b = new StringBuilder(256 + 24 * front.length * (front.length == 0 ? 0 : front[0].length));
        b.append("mo4j-run: 1\n");
        b.append("algorithm: ").append(quote(id.algorithm())).append('\n');
        b.append("registry-name: ").append(quote(algorithm)).append('\n');
        b.append("problem: ").append(quote(id.problem())).append('\n');
        b.append("seed: ").append(id.seed()).append('\n');
        b.append("status: ").append(failed ? "failed" : "finished").append('\n');
        if (failed) {
            b.append("message: ").append(quote(message)).append('\n');
        }
        b.append("evaluations: ").append(evaluations).append('\n');
        b.append("generations: ").append(generations).append('\n');
        b.append("run-seconds: ").append(number(runSeconds)).append('\n');
        b.append("task-seconds: ").append(number(taskSeconds)).append('\n');
        b.append("settings: {");
        boolean first = true;
        for (Map.Entry<String, String> e : settings.entrySet()) {
            b.append(first ? "" : ", ").append(quote(e.getKey())).append(": ").append(quote(e.getValue()));
            first = false;
        }
        b.append("}\n");
        b.append("version: ").append(quote(version)).append('\n');
        b.append("java: ").append(quote(System.getProperty("java.version"))).append('\n');
        b.append("checkpoints:").append(checkpoints.isEmpty() ? " []\n" : "\n");
        for (Checkpoint c : checkpoints) {
            b.append("- {target: ").append(number(c.target()));
            b.append(", evaluations: ").append(c.evaluations());
            b.append(", seconds: ").append(number(c.seconds()));
            for (Map.Entry<Indicator, Double> e : c.values().entrySet()) {
                b.append(", ").append(quote(e.getKey().key())).append(": ").append(number(e.getValue()));
            }
            b.append("}\n");
        }
        b.append("front:").append(front.length == 0 ? " []\n" : "\n");
        for (double[] row : front) {
            b.append("- [");
            for (int j = 0; j < row.length; j++) {
                b.append(j == 0 ? "" : ", ").append(number(row[j]));
            }
            b.append("]\n");
        }
        return b.toString();
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return ".nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? ".inf" : "-.inf";
        }
        return Double.toString(v);
    }

    private static String quote(String t) {
        StringBuilder b = new StringBuilder(t.length() + 2).append('"');
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20
                            || c == 0x7f
                            || (c >= 0x80 && c <= 0x9f)
                            || c == 0x2028
                            || c == 0x2029
                            || c == 0xFEFF) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
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
