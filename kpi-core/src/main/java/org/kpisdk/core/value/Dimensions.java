package org.kpisdk.core.value;

import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.internal.NameText;

/**
 * An immutable set of dimension values keyed by dimension name, sorted by key, such as
 * {@code {channel=instagram, region=UK}}: the scope of an observation, a group of a query or a goal.
 *
 * <pre>{@code
 * Dimensions d = Dimensions.of("channel", "instagram").and("region", "UK");
 * d.get("channel");                          // Optional[instagram]
 * d.and("channel", "facebook");              // {channel=facebook, region=UK}: last write wins
 * Dimensions.parse(d.toString()).equals(d);  // true
 * }</pre>
 *
 * <p>Keys are lowercase snake case ({@code [a-z][a-z0-9_]*}, at most 64 characters): {@code channel},
 * {@code campaign}, {@code region}, {@code segment}, {@code product} or any custom name. Values are non-empty text
 * of at most 256 characters without control characters, invisible format characters (zero-width spaces and
 * joiners, bidi marks, embeddings and isolates: Unicode category Cf) or unpaired surrogates. In the text form, {@code \}, {@code ,}, {@code =},
 * {@code {}} and {@code }} inside a value are escaped with a backslash.
 *
 * <p>Immutable, thread-safe and value-based, like Micrometer's {@code Tags}.
 */
public final class Dimensions implements Iterable<Map.Entry<String, String>> {
    /** The maximum length of a key. */
    public static final int MAX_KEY_LENGTH = 64;
    /** The maximum length of a value. */
    public static final int MAX_VALUE_LENGTH = 256;

    private static final Dimensions EMPTY = new Dimensions(new String[0], new String[0]);

    private final String[] keys;
    private final String[] values;

    private Dimensions(String[] keys, String[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** Returns the empty set of dimensions. */
    public static Dimensions empty() {
        return EMPTY;
    }

    /** Returns the dimensions with the single pair {@code key=value}. */
    public static Dimensions of(String key, String value) {
        return EMPTY.and(key, value);
    }

    /**
     * Returns the dimensions of alternating keys and values, {@code of("channel", "x", "region", "UK")}.
     *
     * @throws IllegalArgumentException if a key is repeated (use {@link #and} to replace a value)
     */
    public static Dimensions of(String... keysAndValues) {
        Objects.requireNonNull(keysAndValues, "keysAndValues");
        Checks.argument(keysAndValues.length % 2 == 0,
                "keysAndValues must alternate keys and values, got an odd count %d", keysAndValues.length);
        SortedMap<String, String> map = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = checkKey(keysAndValues[i]);
            String previous = map.put(key, checkValue(keysAndValues[i], keysAndValues[i + 1]));
            Checks.argument(previous == null, "dimension key '%s' must appear once, was given the values '%s' and '%s'",
                    key, previous, keysAndValues[i + 1]);
        }
        return fromSorted(map);
    }

    /** Returns the dimensions of a map's entries. */
    public static Dimensions of(Map<String, String> map) {
        Objects.requireNonNull(map, "map");
        SortedMap<String, String> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(checkKey(k), checkValue(k, v)));
        return fromSorted(sorted);
    }

    private static Dimensions fromSorted(SortedMap<String, String> map) {
        if (map.isEmpty()) {
            return EMPTY;
        }
        return new Dimensions(map.keySet().toArray(new String[0]), map.values().toArray(new String[0]));
    }

    /**
     * Parses the text printed by {@link #toString()}, such as {@code {channel=instagram, region=UK}}.
     *
     * @throws IllegalArgumentException naming the text and the position of the first error
     */
    public static Dimensions parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        if (s.length() < 2 || s.charAt(0) != '{' || s.charAt(s.length() - 1) != '}') {
            throw new IllegalArgumentException(
                    Checks.format("Dimensions text must be enclosed in braces like {channel=x}, was '%s'", s));
        }
        SortedMap<String, String> map = new TreeMap<>();
        int end = s.length() - 1;
        int i = 1;
        while (i < end) {
            int eq = s.indexOf('=', i);
            if (eq < 0 || eq >= end) {
                throw parseError(s, i, "expected key=value");
            }
            String key = s.substring(i, eq);
            StringBuilder value = new StringBuilder();
            int j = eq + 1;
            while (j < end && s.charAt(j) != ',') {
                char c = s.charAt(j);
                if (c == '\\') {
                    if (j + 1 >= end) {
                        throw parseError(s, j, "dangling escape");
                    }
                    c = s.charAt(++j);
                } else if (c == '=' || c == '{' || c == '}') {
                    throw parseError(s, j, "unescaped '" + c + "' in a value");
                }
                value.append(c);
                j++;
            }
            try {
                String checkedKey = checkKey(key);
                if (map.containsKey(checkedKey)) {
                    throw parseError(s, i, "duplicate key '" + key + "'");
                }
                map.put(checkedKey, checkValue(key, value.toString()));
            } catch (IllegalArgumentException e) {
                if (e.getMessage().startsWith("Dimensions text")) {
                    throw e;
                }
                throw new IllegalArgumentException(
                        Checks.format("Dimensions text '%s' is invalid at position %d: %s", s, i, e.getMessage()), e);
            }
            i = j;
            if (i < end) {
                if (!s.startsWith(", ", i)) {
                    throw parseError(s, i, "expected ', ' between pairs");
                }
                i += 2;
                if (i >= end) {
                    throw parseError(s, i, "expected key=value after ', '");
                }
            }
        }
        return fromSorted(map);
    }

    private static IllegalArgumentException parseError(String s, int position, String rule) {
        return new IllegalArgumentException(
                Checks.format("Dimensions text '%s' is invalid at position %d: %s", s, position, rule));
    }

    private static String checkKey(@Nullable String key) {
        Objects.requireNonNull(key, "key");
        boolean valid = !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && key.charAt(0) >= 'a'
                && key.charAt(0) <= 'z';
        for (int i = 1; valid && i < key.length(); i++) {
            char c = key.charAt(i);
            valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        }
        Checks.argument(valid,
                "dimension key must be lowercase snake case [a-z][a-z0-9_]* of at most %d characters, was '%s'",
                MAX_KEY_LENGTH, key);
        return key;
    }

    private static String checkValue(String key, @Nullable String value) {
        Objects.requireNonNull(value, "value");
        Checks.argument(!value.isEmpty(), "value of dimension '%s' must not be empty", key);
        Checks.argument(value.length() <= MAX_VALUE_LENGTH,
                "value of dimension '%s' must have at most %d characters, had %d", key, MAX_VALUE_LENGTH,
                value.length());
        int bad = NameText.forbiddenIndex(value);
        if (bad >= 0) {
            throw new IllegalArgumentException(Checks.format(
                    "value of dimension '%s' must not contain %s, found %s at %d", key, NameText.rule(value, bad),
                    NameText.codePoint(value, bad), bad));
        }
        return value;
    }

    /** Returns these dimensions with {@code key=value} added, replacing any earlier value of {@code key}. */
    public Dimensions and(String key, String value) {
        checkValue(checkKey(key), value);
        int at = Arrays.binarySearch(keys, key);
        if (at >= 0) {
            if (values[at].equals(value)) {
                return this;
            }
            String[] newValues = values.clone();
            newValues[at] = value;
            return new Dimensions(keys, newValues);
        }
        int insert = -at - 1;
        String[] newKeys = new String[keys.length + 1];
        String[] newValues = new String[keys.length + 1];
        System.arraycopy(keys, 0, newKeys, 0, insert);
        System.arraycopy(values, 0, newValues, 0, insert);
        newKeys[insert] = key;
        newValues[insert] = value;
        System.arraycopy(keys, insert, newKeys, insert + 1, keys.length - insert);
        System.arraycopy(values, insert, newValues, insert + 1, keys.length - insert);
        return new Dimensions(newKeys, newValues);
    }

    /** Returns these dimensions with every pair of {@code other} added; {@code other} wins on shared keys. */
    public Dimensions and(Dimensions other) {
        Objects.requireNonNull(other, "other");
        Dimensions result = this;
        for (int i = 0; i < other.keys.length; i++) {
            result = result.and(other.keys[i], other.values[i]);
        }
        return result;
    }

    /** Returns these dimensions without {@code key}. */
    public Dimensions without(String key) {
        Objects.requireNonNull(key, "key");
        int at = Arrays.binarySearch(keys, key);
        if (at < 0) {
            return this;
        }
        SortedMap<String, String> map = new TreeMap<>(asMap());
        map.remove(key);
        return fromSorted(map);
    }

    /** Returns the value of {@code key}, or empty if absent. */
    public Optional<String> get(String key) {
        Objects.requireNonNull(key, "key");
        int at = Arrays.binarySearch(keys, key);
        return at >= 0 ? Optional.of(values[at]) : Optional.empty();
    }

    /** Returns whether every pair of {@code other} is also in these dimensions. */
    public boolean containsAll(Dimensions other) {
        Objects.requireNonNull(other, "other");
        for (int i = 0; i < other.keys.length; i++) {
            int at = Arrays.binarySearch(keys, other.keys[i]);
            if (at < 0 || !values[at].equals(other.values[i])) {
                return false;
            }
        }
        return true;
    }

    /** Returns the keys in ascending order. */
    public Set<String> keys() {
        return asMap().keySet();
    }

    /** Returns the number of pairs. */
    public int size() {
        return keys.length;
    }

    /** Returns whether there are no pairs. */
    public boolean isEmpty() {
        return keys.length == 0;
    }

    /** Returns an unmodifiable sorted map view of the pairs. */
    public SortedMap<String, String> asMap() {
        SortedMap<String, String> map = new TreeMap<>();
        for (int i = 0; i < keys.length; i++) {
            map.put(keys[i], values[i]);
        }
        return Collections.unmodifiableSortedMap(map);
    }

    /** Iterates the pairs in key order. */
    @Override
    public Iterator<Map.Entry<String, String>> iterator() {
        return asMap().entrySet().iterator();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Dimensions dimensions && Arrays.equals(keys, dimensions.keys)
                && Arrays.equals(values, dimensions.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(keys) + Arrays.hashCode(values);
    }

    /** Returns {@code {key=value, key=value}} in key order, with escaped values; {@link #parse} reads it back. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(keys[i]).append('=');
            String v = values[i];
            for (int j = 0; j < v.length(); j++) {
                char c = v.charAt(j);
                if (c == '\\' || c == ',' || c == '=' || c == '{' || c == '}') {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        return sb.append('}').toString();
    }
}
