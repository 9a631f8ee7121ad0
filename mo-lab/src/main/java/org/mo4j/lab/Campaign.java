package org.mo4j.lab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;

/**
 * An experiment campaign: every algorithm on every problem with every seed, under one budget,
 * measured by the indicators at evenly spaced checkpoints. What {@link LocalEngine} runs and
 * {@link Report} reports; read from a file by {@link CampaignFile}, or built:
 *
 * <pre>{@code
 * Campaign c = Campaign.builder("zdt")
 *         .algorithm("nsga2").algorithm("smsemoa")
 *         .algorithm(new AlgorithmSetup("nsga2-p200", "nsga2", Map.of("population", "200")))
 *         .problems("zdt1", "dtlz2:3").seeds(11).evaluations(25_000).build();
 * }</pre>
 *
 * <p>Algorithms and problems are validated through their registries when the campaign is built, so
 * a bad name fails before any run starts. Why: a campaign is hours of machine time, and a typo
 * found at run 120 of 132 wastes them.
 *
 * @param name        a name for the report
 * @param algorithms  the algorithms, labels unique, in report order
 * @param problems    problem specs for {@link Problems#create(String)}, unique, in report order
 * @param seeds       the seeds, unique
 * @param budget      each run's budget
 * @param indicators  what is measured at each checkpoint, unique
 * @param checkpoints how many checkpoints per run (≥ 1; the last is the end of the run)
 * @param baseline    the label the statistical tests compare every other algorithm with
 */
public record Campaign(
        String name,
        List<AlgorithmSetup> algorithms,
        List<String> problems,
        List<Long> seeds,
        Budget budget,
        List<Indicator> indicators,
        int checkpoints,
        String baseline) {

    /** Indicators measured when none are named: all of them. */
    public static final List<Indicator> DEFAULT_INDICATORS = List.of(Indicator.values());

    /** Checkpoints when none are given. */
    public static final int DEFAULT_CHECKPOINTS = 10;

    /**
     * Validates every part; problems are built once through the registry.
     *
     * @throws IllegalArgumentException naming the part and the value at fault
     */
    public Campaign {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank, was '" + name + "'");
        }
        algorithms = nonEmptyUnique("algorithms", algorithms);
        Set<String> labels = new HashSet<>();
        for (AlgorithmSetup a : algorithms) {
            if (!labels.add(a.label())) {
                throw new IllegalArgumentException("algorithms has two entries labelled '" + a.label() + "'");
            }
        }
        problems = nonEmptyUnique("problems", problems);
        for (String p : problems) {
            Problems.create(p);
        }
        seeds = nonEmptyUnique("seeds", seeds);
        if (budget == null) {
            throw new IllegalArgumentException("budget must not be null");
        }
        indicators = nonEmptyUnique("indicators", indicators);
        if (checkpoints < 1 || checkpoints > 1000) {
            throw new IllegalArgumentException("checkpoints must be in 1..1000, was " + checkpoints);
        }
        if (budget.byEvaluations() && checkpoints > budget.evaluations()) {
            throw new IllegalArgumentException(
                    "checkpoints must be at most the evaluations (" + budget.evaluations() + "), was " + checkpoints);
        }
        if (baseline == null) {
            baseline = algorithms.get(0).label();
        } else if (!labels.contains(baseline)) {
            throw new IllegalArgumentException("baseline '" + baseline + "' is not an algorithm label (choose "
                    + String.join(
                            ", ", algorithms.stream().map(AlgorithmSetup::label).toList()) + ")");
        }
    }

    private static <T> List<T> nonEmptyUnique(String what, List<T> list) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        Set<T> seen = new HashSet<>();
        for (T t : list) {
            if (t == null) {
                throw new IllegalArgumentException(what + " must not contain null");
            }
            if (!seen.add(t)) {
                throw new IllegalArgumentException(what + " lists '" + t + "' twice");
            }
        }
        return List.copyOf(list);
    }

    /** A builder named {@code name}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The number of runs: algorithms × problems × seeds. */
    public int size() {
        return algorithms.size() * problems.size() * seeds.size();
    }

    /**
     * Every run, seed by seed, then problem by problem, then algorithm (so the first runs already
     * cover every algorithm and problem, and the time left can be estimated early).
     */
    public List<RunId> runs() {
        List<RunId> out = new ArrayList<>(size());
        for (long s : seeds) {
            for (String p : problems) {
                for (AlgorithmSetup a : algorithms) {
                    out.add(new RunId(a.label(), p, s));
                }
            }
        }
        return out;
    }

    /**
     * The algorithm labelled {@code label}.
     *
     * @throws IllegalArgumentException if there is none
     */
    public AlgorithmSetup algorithm(String label) {
        for (AlgorithmSetup a : algorithms) {
            if (a.label().equals(label)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no algorithm labelled '" + label + "' in campaign " + name);
    }

    /** The labels, in report order. */
    public List<String> labels() {
        return algorithms.stream().map(AlgorithmSetup::label).toList();
    }

    /** The problem of a spec, from the registry. */
    public static BenchmarkProblem problem(String spec) {
        return Problems.create(spec);
    }

    /**
     * This campaign as the plain map {@link CampaignFile} reads (and the store keeps as
     * {@code campaign.yaml}): every value explicit, so reading it back gives an equal campaign.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        List<Object> algs = new ArrayList<>();
        for (AlgorithmSetup a : algorithms) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("label", a.label());
            e.put("algorithm", a.algorithm());
            e.put("settings", new LinkedHashMap<>(a.settings()));
            algs.add(e);
        }
        m.put("algorithms", algs);
        m.put("problems", new ArrayList<>(problems));
        m.put("seeds", new ArrayList<>(seeds));
        if (budget.evaluations() > 0) {
            m.put("evaluations", budget.evaluations());
        }
        if (budget.time() != null) {
            m.put("time", budget.time().toString());
        }
        m.put("indicators", indicators.stream().map(Indicator::key).toList());
        m.put("checkpoints", checkpoints);
        m.put("baseline", baseline);
        return m;
    }

    /** Builds a {@link Campaign}; defaults: all indicators, 10 checkpoints, the first algorithm as baseline (seeds and a budget must be given). */
    public static final class Builder {
        private final String name;
        private final List<AlgorithmSetup> algorithms = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private List<Long> seeds = new ArrayList<>();
        private long evaluations;
        private Duration time;
        private List<Indicator> indicators = DEFAULT_INDICATORS;
        private int checkpoints = DEFAULT_CHECKPOINTS;
        private String baseline;

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a registered algorithm with its defaults. */
        public Builder algorithm(String name) {
            algorithms.add(AlgorithmSetup.of(name));
            return this;
        }

        /** Adds an algorithm with settings. */
        public Builder algorithm(AlgorithmSetup setup) {
            algorithms.add(setup);
            return this;
        }

        /** Adds problems by spec. */
        public Builder problems(String... specs) {
            problems.addAll(List.of(specs));
            return this;
        }

        /** Seeds 1..{@code count}. */
        public Builder seeds(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("seeds must be >= 1, was " + count);
            }
            seeds = new ArrayList<>();
            for (long s = 1; s <= count; s++) {
                seeds.add(s);
            }
            return this;
        }

        /** These seeds. */
        public Builder seedList(List<Long> list) {
            seeds = new ArrayList<>(list);
            return this;
        }

        /** An evaluation budget per run. */
        public Builder evaluations(long n) {
            evaluations = n;
            return this;
        }

        /** A time budget per run. */
        public Builder time(Duration t) {
            time = t;
            return this;
        }

        /** The indicators. */
        public Builder indicators(Indicator... list) {
            indicators = List.of(list);
            return this;
        }

        /** The number of checkpoints. */
        public Builder checkpoints(int n) {
            checkpoints = n;
            return this;
        }

        /** The baseline label (default: the first algorithm). */
        public Builder baseline(String label) {
            baseline = label;
            return this;
        }

        /**
         * The campaign.
         *
         * @throws IllegalArgumentException as {@link Campaign}'s constructor
         */
        public Campaign build() {
            return new Campaign(
                    name,
                    algorithms,
                    problems,
                    seeds,
                    new Budget(evaluations, time),
                    indicators,
                    checkpoints,
                    baseline);
        }
    }
}
