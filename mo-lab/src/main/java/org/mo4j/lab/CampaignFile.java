package org.mo4j.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link Campaign} from YAML or JSON (JSON is a subset of YAML 1.2, so one parser takes
 * both). Keys:
 *
 * <pre>
 * name: zdt-and-dtlz                  # optional; default: the file name
 * algorithms:                         # registry names, or mappings with settings
 *   - nsga2
 *   - {algorithm: nsga3, label: nsga3-d12, settings: {divisions: 12}}
 *   - smsemoa
 * problems: [zdt1, zdt2, dtlz2:3, dtlz7:3]
 * seeds: 11                           # a count (seeds 1..11) or a list [3, 5, 8]
 * evaluations: 25000                  # and/or time: 60s | 5m | 1h | PT30S
 * indicators: [hv, igd+, epsilon, spread]   # optional; default all
 * checkpoints: 10                     # optional; default 10
 * baseline: nsga2                     # optional; default the first algorithm
 * </pre>
 *
 * Every error is one {@link IllegalArgumentException} naming the key and the problem, e.g.
 * {@code key 'seeds': must be a positive count or a list of integers, was 'many'}. Cost: linear in
 * the file, plus one registry look-up per algorithm and problem.
 */
public final class CampaignFile {

    private static final Set<String> KEYS = Set.of(
            "name", "algorithms", "problems", "seeds", "evaluations", "time", "indicators", "checkpoints", "baseline");

    private CampaignFile() {}

    /**
     * The campaign in {@code file}.
     *
     * @throws IllegalArgumentException naming the file, the key and the problem, or that the file
     *                                  cannot be read
     */
    public static Campaign read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        try {
            return parse(stem, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The campaign in {@code text}; {@code defaultName} names it when the text has no {@code name}.
     *
     * @throws IllegalArgumentException naming the key and the problem
     */
    public static Campaign parse(String defaultName, String text) {
        return fromMap(defaultName, Yaml.load(defaultName, text));
    }

    /** Writes {@code campaign} as YAML that {@link #read} reads back as an equal campaign. */
    public static void write(Campaign campaign, Path file) {
        try {
            Files.writeString(file, toYaml(campaign), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code campaign} as YAML (every value explicit). */
    public static String toYaml(Campaign campaign) {
        return Yaml.dump(campaign.toMap());
    }

    static Campaign fromMap(String defaultName, Map<?, ?> m) {
        for (Object k : m.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) {
                throw new IllegalArgumentException("key '" + k + "': unknown (valid keys: "
                        + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        String name = m.containsKey("name") ? text("name", m.get("name")) : defaultName;
        Campaign.Builder b = Campaign.builder(name);
        List<?> algorithms = list("algorithms", m.get("algorithms"));
        for (int i = 0; i < algorithms.size(); i++) {
            String key = "algorithms[" + i + "]";
            Object item = algorithms.get(i);
            AlgorithmSetup setup = keyed(key, () -> algorithm(item));
            b.algorithm(setup);
        }
        List<?> problems = list("problems", m.get("problems"));
        for (int i = 0; i < problems.size(); i++) {
            String spec = text("problems[" + i + "]", problems.get(i));
            keyed("problems[" + i + "]", () -> Campaign.problem(spec));
            b.problems(spec);
        }
        b.seedList(seeds(m.get("seeds")));
        long evaluations = 0;
        if (m.containsKey("evaluations")) {
            evaluations = integer("evaluations", m.get("evaluations"));
            if (evaluations < 1) {
                throw new IllegalArgumentException("key 'evaluations': must be >= 1, was " + evaluations);
            }
            b.evaluations(evaluations);
        }
        if (m.containsKey("time")) {
            b.time(duration(m.get("time")));
        }
        if (!m.containsKey("time") && evaluations == 0) {
            throw new IllegalArgumentException("key 'evaluations': missing (give evaluations, time or both)");
        }
        if (m.containsKey("indicators")) {
            List<?> ind = list("indicators", m.get("indicators"));
            Indicator[] out = new Indicator[ind.size()];
            for (int i = 0; i < out.length; i++) {
                String t = text("indicators[" + i + "]", ind.get(i));
                int at = i;
                out[i] = keyed("indicators[" + at + "]", () -> Indicator.parse(t));
            }
            b.indicators(out);
        }
        if (m.containsKey("checkpoints")) {
            long c = integer("checkpoints", m.get("checkpoints"));
            if (c < 1 || c > 1000) {
                throw new IllegalArgumentException("key 'checkpoints': must be in 1..1000, was " + c);
            }
            b.checkpoints((int) c);
        }
        if (m.containsKey("baseline")) {
            b.baseline(text("baseline", m.get("baseline")));
        }
        return keyed("campaign", b::build);
    }

    private static AlgorithmSetup algorithm(Object o) {
        if (o instanceof String s) {
            return AlgorithmSetup.of(s.strip());
        }
        if (!(o instanceof Map<?, ?> a)) {
            throw new IllegalArgumentException(
                    "must be a name or a mapping {algorithm, label, settings}, was '" + o + "'");
        }
        for (Object k : a.keySet()) {
            if (!Set.of("algorithm", "label", "settings").contains(String.valueOf(k))) {
                throw new IllegalArgumentException("unknown key '" + k + "' (valid: algorithm, label, settings)");
            }
        }
        if (!a.containsKey("algorithm")) {
            throw new IllegalArgumentException("missing 'algorithm' (a registry name)");
        }
        String name = text("algorithm", a.get("algorithm"));
        Map<String, String> settings = new LinkedHashMap<>();
        if (a.containsKey("settings")) {
            if (!(a.get("settings") instanceof Map<?, ?> s)) {
                throw new IllegalArgumentException("'settings' must be a mapping of names to values");
            }
            s.forEach((k, v) -> settings.put(String.valueOf(k), scalar(v)));
        }
        String label = a.containsKey("label")
                ? text("label", a.get("label"))
                : org.mo4j.algorithms.registry.Algorithms.provider(name).name();
        return new AlgorithmSetup(label, name, settings);
    }

    private static String scalar(Object v) {
        if (v instanceof Double d) {
            return Double.toString(d);
        }
        return String.valueOf(v);
    }

    private static List<Long> seeds(Object o) {
        if (o == null) {
            throw new IllegalArgumentException("key 'seeds': missing (a count, or a list of integers)");
        }
        List<Long> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                out.add(integer("seeds[" + i + "]", l.get(i)));
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("key 'seeds': must not be empty");
            }
            return out;
        }
        long n = integer("seeds", o);
        if (n < 1 || n > 100_000) {
            throw new IllegalArgumentException(
                    "key 'seeds': must be a count in 1..100000 or a list of integers, was " + n);
        }
        for (long s = 1; s <= n; s++) {
            out.add(s);
        }
        return out;
    }

    private static Duration duration(Object o) {
        String t = String.valueOf(o).strip().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (t.startsWith("pt")) {
                d = Duration.parse(t.toUpperCase(Locale.ROOT));
            } else if (t.matches("\\d+(\\.\\d+)?(ms|s|m|h)")) {
                String unit = t.replaceAll("[\\d.]", "");
                double v = Double.parseDouble(t.substring(0, t.length() - unit.length()));
                double nanos = v
                        * switch (unit) {
                            case "ms" -> 1e6;
                            case "s" -> 1e9;
                            case "m" -> 60e9;
                            default -> 3600e9;
                        };
                d = Duration.ofNanos((long) nanos);
            } else {
                throw new DateTimeParseException("", t, 0);
            }
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException("key 'time': must be positive, was '" + o + "'");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "key 'time': must be a duration such as 90s, 5m, 1h or PT30S, was '" + o + "'");
        }
    }

    private static List<?> list(String key, Object o) {
        if (o == null) {
            throw new IllegalArgumentException("key '" + key + "': missing (a list)");
        }
        if (o instanceof List<?> l) {
            if (l.isEmpty()) {
                throw new IllegalArgumentException("key '" + key + "': must not be empty");
            }
            return l;
        }
        if (o instanceof String s) {
            return List.of(s.split("\\s*,\\s*"));
        }
        throw new IllegalArgumentException("key '" + key + "': must be a list, was '" + o + "'");
    }

    private static String text(String key, Object o) {
        if (o instanceof String s && !s.isBlank()) {
            return s.strip();
        }
        if (o instanceof Number n) {
            return n.toString();
        }
        throw new IllegalArgumentException("key '" + key + "': must be a non-empty text, was '" + o + "'");
    }

    private static long integer(String key, Object o) {
        if (o instanceof Integer || o instanceof Long || o instanceof java.math.BigInteger) {
            try {
                return ((Number) o) instanceof java.math.BigInteger bi ? bi.longValueExact() : ((Number) o).longValue();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("key '" + key + "': must fit a 64-bit integer, was " + o);
            }
        }
        throw new IllegalArgumentException("key '" + key + "': must be an integer, was '" + o + "'");
    }

    private static <T> T keyed(String key, java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key '" + key + "': " + e.getMessage(), e);
        }
    }
}
