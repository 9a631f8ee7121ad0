package org.mo4j.algorithms.registry;

import java.util.Locale;
import java.util.Objects;
import org.mo4j.core.internal.Arguments;

/**
 * One setting an {@link AlgorithmProvider} accepts: its name, type, default and a one-line
 * description, with the range check applied when a value is given as text. Immutable.
 *
 * <p>Why text: command lines, campaign files and result records all carry settings as
 * {@code name=value} strings, and one parser here gives every algorithm the same messages.
 */
public final class Parameter {

    /** The type of a value. */
    public enum Type {
        /** A whole number (a Java {@code long}). */
        INTEGER,
        /** A finite real number. */
        REAL,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** Free text. */
        TEXT
    }

    private final String name;
    private final Type type;
    private final String defaultValue;
    private final String description;
    private final double min;
    private final double max;

    private Parameter(String name, Type type, String defaultValue, String description, double min, double max) {
        Arguments.notNull("name", name);
        if (!name.matches("[a-z][a-z0-9.-]*")) {
            throw new IllegalArgumentException(
                    "name must be lower-case letters, digits, '.' or '-', was '" + name + "'");
        }
        this.name = name;
        this.type = Arguments.notNull("type", type);
        this.description = Arguments.notNull("description", description);
        this.min = min;
        this.max = max;
        this.defaultValue = defaultValue;
        if (defaultValue != null) {
            parse(defaultValue);
        }
    }

    /**
     * An integer setting in {@code [min, max]}.
     *
     * @param defaultValue the default, or null when the algorithm derives it (the description says how)
     * @throws IllegalArgumentException if the name is not lower-case or the default is out of range
     */
    public static Parameter integer(String name, Long defaultValue, long min, long max, String description) {
        return new Parameter(
                name, Type.INTEGER, defaultValue == null ? null : Long.toString(defaultValue), description, min, max);
    }

    /**
     * A real setting in {@code [min, max]}.
     *
     * @param defaultValue the default, or null when the algorithm derives it (the description says how)
     * @throws IllegalArgumentException if the name is not lower-case or the default is out of range
     */
    public static Parameter real(String name, Double defaultValue, double min, double max, String description) {
        return new Parameter(
                name, Type.REAL, defaultValue == null ? null : Double.toString(defaultValue), description, min, max);
    }

    /** A boolean setting. */
    public static Parameter bool(String name, boolean defaultValue, String description) {
        return new Parameter(name, Type.BOOLEAN, Boolean.toString(defaultValue), description, 0, 0);
    }

    /** A text setting; {@code defaultValue} may be null. */
    public static Parameter text(String name, String defaultValue, String description) {
        return new Parameter(name, Type.TEXT, defaultValue, description, 0, 0);
    }

    /** The name, as given in {@code name=value}. */
    public String name() {
        return name;
    }

    /** The type. */
    public Type type() {
        return type;
    }

    /** The default as text, or null when the algorithm derives it (see {@link #description()}). */
    public String defaultValue() {
        return defaultValue;
    }

    /** One line: what it sets, its range and, when derived, how the default is derived. */
    public String description() {
        return description;
    }

    /**
     * The value of {@code text}: a {@link Long}, {@link Double}, {@link Boolean} or {@link String}.
     *
     * @throws IllegalArgumentException naming this setting and the text if it does not parse or is
     *                                  out of range
     */
    public Object parse(String text) {
        Arguments.notNull(name, text);
        String t = text.strip();
        switch (type) {
            case INTEGER -> {
                long v;
                try {
                    v = Long.parseLong(t);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + " must be an integer, was '" + text + "'");
                }
                if (v < min || v > max) {
                    throw new IllegalArgumentException(name + " must be " + rangeWords() + ", was " + v);
                }
                return v;
            }
            case REAL -> {
                double v;
                try {
                    v = Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + " must be a number, was '" + text + "'");
                }
                if (!Double.isFinite(v) || v < min || v > max) {
                    throw new IllegalArgumentException(name + " must be "
                            + (Double.isFinite(v)
                                    ? rangeWords()
                                    : "finite" + (range().isEmpty() ? "" : " and " + rangeWords()))
                            + ", was " + text);
                }
                return v;
            }
            case BOOLEAN -> {
                String l = t.toLowerCase(Locale.ROOT);
                if (!l.equals("true") && !l.equals("false")) {
                    throw new IllegalArgumentException(name + " must be true or false, was '" + text + "'");
                }
                return Boolean.valueOf(l);
            }
            default -> {
                return text;
            }
        }
    }

    /**
     * The accepted range as text: {@code [0, 1]}, {@code >= 2} (no upper bound below the type's
     * maximum), {@code > 0} (a real whose lower bound is the smallest positive double); empty when
     * every value of the type is accepted, and for booleans and text.
     */
    public String range() {
        boolean noMax = type == Type.INTEGER ? max >= Integer.MAX_VALUE : max == Double.MAX_VALUE;
        boolean noMin = type == Type.INTEGER ? min == Long.MIN_VALUE : min == -Double.MAX_VALUE;
        if (type != Type.INTEGER && type != Type.REAL || noMin && noMax) {
            return "";
        }
        String lo = type == Type.REAL && min == Double.MIN_VALUE ? "> 0" : ">= " + format(min);
        if (noMax) {
            return lo;
        }
        if (noMin) {
            return "<= " + format(max);
        }
        return type == Type.REAL && min == Double.MIN_VALUE
                ? "(0, " + format(max) + "]"
                : "[" + format(min) + ", " + format(max) + "]";
    }

    private String rangeWords() {
        String r = range();
        return r.startsWith("[") || r.startsWith("(") ? "in " + r : r;
    }

    private static String format(double v) {
        if (v == Double.MAX_VALUE) {
            return "inf";
        }
        if (v == -Double.MAX_VALUE) {
            return "-inf";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameter p
                && name.equals(p.name)
                && type == p.type
                && Objects.equals(defaultValue, p.defaultValue)
                && description.equals(p.description)
                && Double.compare(min, p.min) == 0
                && Double.compare(max, p.max) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, defaultValue, description, min, max);
    }

    @Override
    public String toString() {
        return name + " (" + type.name().toLowerCase(Locale.ROOT) + (range().isEmpty() ? "" : " " + rangeWords())
                + ", default " + (defaultValue == null ? "derived" : defaultValue) + "): " + description;
    }
}
