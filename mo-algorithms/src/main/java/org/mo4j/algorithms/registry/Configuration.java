package org.mo4j.algorithms.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.mo4j.core.internal.Arguments;

/**
 * The validated settings of one algorithm: every {@link Parameter} of its provider with the value
 * given, else its default, else none (a default the algorithm derives). Immutable; built by
 * {@link #of}, which rejects unknown names and values that do not parse or are out of range, so
 * a bad setting fails before a run starts. O(p) to build for p parameters.
 */
public final class Configuration {

    private final Map<String, Parameter> parameters;
    private final Map<String, Object> values;
    private final Map<String, String> texts;

    private Configuration(Map<String, Parameter> parameters, Map<String, Object> values, Map<String, String> texts) {
        this.parameters = parameters;
        this.values = values;
        this.texts = texts;
    }

    /**
     * The configuration of {@code parameters} with {@code settings} (name to value as text) applied
     * over the defaults.
     *
     * @throws IllegalArgumentException if a name is not among the parameters (the message lists
     *                                  them), or a value does not parse or is out of range
     */
    public static Configuration of(List<Parameter> parameters, Map<String, String> settings) {
        Arguments.notNull("parameters", parameters);
        Arguments.notNull("settings", settings);
        Map<String, Parameter> byName = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            if (byName.put(p.name(), p) != null) {
                throw new IllegalArgumentException("parameters has two entries named '" + p.name() + "'");
            }
        }
        for (String name : settings.keySet()) {
            if (!byName.containsKey(name)) {
                StringJoiner known = new StringJoiner(", ");
                byName.keySet().forEach(known::add);
                throw new IllegalArgumentException("unknown setting '" + name + "'"
                        + (byName.isEmpty() ? " (this algorithm has none)" : " (choose " + known + ")"));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Parameter p : byName.values()) {
            String text = settings.containsKey(p.name()) ? settings.get(p.name()) : p.defaultValue();
            if (text != null) {
                values.put(p.name(), p.parse(text));
                texts.put(p.name(), text.strip());
            }
        }
        return new Configuration(
                Collections.unmodifiableMap(byName),
                Collections.unmodifiableMap(values),
                Collections.unmodifiableMap(texts));
    }

    /** This configuration with {@code name} set to {@code value} (validated as in {@link #of}). */
    public Configuration with(String name, String value) {
        Map<String, String> s = new LinkedHashMap<>(texts);
        s.put(name, value);
        return of(List.copyOf(parameters.values()), s);
    }

    /** Whether {@code name} is a parameter with a value (given or by default). */
    public boolean isSet(String name) {
        return values.containsKey(name);
    }

    /** Whether {@code name} is one of the parameters. */
    public boolean accepts(String name) {
        return parameters.containsKey(name);
    }

    /** The value of an integer setting. @throws IllegalStateException if it has none */
    public long integer(String name) {
        return (Long) value(name, Parameter.Type.INTEGER);
    }

    /**
     * The value of an integer setting as an {@code int}.
     *
     * @throws IllegalArgumentException if it does not fit an {@code int}
     * @throws IllegalStateException    if it has none
     */
    public int intValue(String name) {
        long v = integer(name);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must fit a 32-bit integer, was " + v);
        }
        return (int) v;
    }

    /** The value of a real setting. @throws IllegalStateException if it has none */
    public double real(String name) {
        return (Double) value(name, Parameter.Type.REAL);
    }

    /** The value of a boolean setting. */
    public boolean bool(String name) {
        return (Boolean) value(name, Parameter.Type.BOOLEAN);
    }

    /** The value of a text setting. @throws IllegalStateException if it has none */
    public String text(String name) {
        return (String) value(name, Parameter.Type.TEXT);
    }

    /**
     * The value of a text setting as a constant of {@code type}, ignoring case and reading '-' as
     * '_' ({@code "environment-steps"} names {@code ENVIRONMENT_STEPS}).
     *
     * @throws IllegalArgumentException naming the setting, its choices and the value, if no constant
     *                                  matches
     */
    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = text(name);
        String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        StringBuilder names = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : ", ")
                    .append(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw new IllegalArgumentException(name + " must be one of " + names + ", was '" + value + "'");
    }

    /**
     * Every setting that has a value, as text, in the parameters' order: the exact settings of a
     * run, for records and reports (unmodifiable).
     */
    public Map<String, String> asMap() {
        return texts;
    }

    private String known(String name) {
        if (!parameters.containsKey(name)) {
            throw new IllegalArgumentException("unknown setting '" + name + "'");
        }
        return name;
    }

    private Object value(String name, Parameter.Type type) {
        Parameter p = parameters.get(known(name));
        if (p.type() != type) {
            throw new IllegalArgumentException(name + " is a " + p.type() + " setting, not " + type);
        }
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalStateException(name + " has no value (its default is derived by the algorithm)");
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Configuration c && parameters.equals(c.parameters) && texts.equals(c.texts);
    }

    @Override
    public int hashCode() {
        return 31 * parameters.hashCode() + texts.hashCode();
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        texts.forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }
}
