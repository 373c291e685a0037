package org.kpisdk.funnel;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;

/**
 * A column-wise log of events: for every row the entity id (a user, or any entity such as a cart or a session),
 * the timestamp in epoch milliseconds and the event type, dictionary-encoded. A million rows cost three primitive
 * arrays, not a million objects.
 *
 * <pre>{@code
 * EventLog log = EventLog.builder()
 *         .add(1, 1_000, "view")
 *         .add(1, 2_000, "cart")
 *         .add(2, 1_500, "view")
 *         .build();
 * log.size();                 // 3
 * log.type(1);                // "cart"
 * // or from columns:
 * EventLog same = EventLog.of(new long[] {1, 1, 2}, new long[] {1_000, 2_000, 1_500},
 *         new String[] {"view", "cart", "view"});
 * }</pre>
 *
 * <p>Events may carry optional string <em>properties</em> (plan, cart id, channel…), stored per property as one
 * dictionary-encoded column in which a row without the property has no value. Funnel steps filter on them
 * ({@link Step#where}), a funnel can hold one constant across its steps or break its counts down by one.
 *
 * <pre>{@code
 * EventLog withProps = EventLog.builder()
 *         .add(1, 1_000, "view", Map.of("plan", "pro", "cart", "c7"))
 *         .add(1, 2_000, "buy", Map.of("cart", "c7"))
 *         .build();
 * withProps.property(0, "plan");  // Optional[pro]
 * withProps.property(1, "plan");  // Optional.empty
 * // or from columns, null meaning "no value":
 * EventLog cols = EventLog.of(new long[] {1, 1}, new long[] {1_000, 2_000}, new String[] {"view", "buy"},
 *         Map.of("plan", new String[] {"pro", null}));
 * }</pre>
 *
 * <p>Rows need not be sorted; timestamps must be {@code >= 0} so that window arithmetic cannot overflow. A bad row
 * is refused with its index. Immutable and thread-safe (the arrays are copied in and never handed out).
 */
public final class EventLog {
    private final long[] entities;
    private final long[] timestamps;
    private final int[] types;
    private final List<String> dictionary;
    private final Map<String, PropertyColumn> properties;

    /** One property column: a code per row into {@code values}, {@code -1} where the row has no value. */
    // Internal columnar storage: the array is the point, and no caller compares or prints a column.
    @SuppressWarnings("ArrayRecordComponent")
    record PropertyColumn(int[] codes, List<String> values) {
        /** Returns the code of {@code value}, or -1 if no row has it. */
        int codeOf(String value) {
            return values.indexOf(value);
        }
    }

    private EventLog(long[] entities, long[] timestamps, int[] types, List<String> dictionary,
            Map<String, PropertyColumn> properties) {
        this.entities = entities;
        this.timestamps = timestamps;
        this.types = types;
        this.dictionary = dictionary;
        this.properties = properties;
    }

    /**
     * Returns a log of the given columns, row {@code i} being ({@code entities[i]}, {@code timestamps[i]},
     * {@code types[i]}).
     *
     * @throws IllegalArgumentException if the columns differ in length, a timestamp is negative or a type is blank,
     *                                  naming the row
     * @throws NullPointerException     if a type is null, naming the row
     */
    public static EventLog of(long[] entities, long[] timestamps, String[] types) {
        Objects.requireNonNull(types, "types");
        checkLengths(entities, timestamps, types.length);
        Map<String, Integer> codes = new HashMap<>();
        String[] dict = new String[Math.min(types.length, 16)];
        int[] encoded = new int[types.length];
        for (int i = 0; i < types.length; i++) {
            String t = types[i];
            checkType(t, i);
            Integer c = codes.get(t);
            if (c == null) {
                c = codes.size();
                codes.put(t, c);
                if (c == dict.length) {
                    dict = Arrays.copyOf(dict, dict.length * 2);
                }
                dict[c] = t;
            }
            encoded[i] = c;
        }
        return fromTrusted(entities.clone(), timestamps.clone(), encoded,
                List.of(Arrays.copyOf(dict, codes.size())));
    }

    /**
     * Returns a log of dictionary-encoded columns: row {@code i} has type {@code dictionary.get(typeCodes[i])}.
     *
     * @throws IllegalArgumentException if the columns differ in length, a timestamp is negative, a code is out of
     *                                  the dictionary's range (naming the row), or the dictionary has blank or
     *                                  repeated types
     */
    public static EventLog of(long[] entities, long[] timestamps, int[] typeCodes, List<String> dictionary) {
        Objects.requireNonNull(typeCodes, "typeCodes");
        Objects.requireNonNull(dictionary, "dictionary");
        List<String> dict = List.copyOf(dictionary);
        for (int i = 0; i < dict.size(); i++) {
            checkType(dict.get(i), i);
            Checks.argument(dict.indexOf(dict.get(i)) == i, "dictionary types must be distinct, '%s' appears twice",
                    dict.get(i));
        }
        checkLengths(entities, timestamps, typeCodes.length);
        for (int i = 0; i < typeCodes.length; i++) {
            if (typeCodes[i] < 0 || typeCodes[i] >= dict.size()) {
                throw new IllegalArgumentException(Checks.format(
                        "typeCodes[%d] must be in [0, %d), was %d", i, dict.size(), typeCodes[i]));
            }
        }
        return fromTrusted(entities.clone(), timestamps.clone(), typeCodes.clone(), dict);
    }

    /**
     * Returns a log of the given columns with property columns: {@code properties.get(name)[i]} is the value of
     * property {@code name} on row {@code i}, or null if the row has none.
     *
     * @throws IllegalArgumentException as {@link #of(long[], long[], String[])}, or if a property name is blank or a
     *                                  property column's length differs from the rows', naming the property
     * @throws NullPointerException     if a type, a property name or a property column is null
     */
    public static EventLog of(long[] entities, long[] timestamps, String[] types, Map<String, String[]> properties) {
        Objects.requireNonNull(properties, "properties");
        EventLog base = of(entities, timestamps, types);
        Map<String, PropertyColumn> cols = new LinkedHashMap<>();
        for (String name : new java.util.TreeSet<>(properties.keySet())) {
            checkPropertyName(name);
            String[] values = Objects.requireNonNull(properties.get(name), "properties column " + name);
            Checks.argument(values.length == base.size(), "property '%s' must have one value per row (%d), had %d",
                    name, base.size(), values.length);
            Map<String, Integer> codes = new HashMap<>();
            List<String> dict = new ArrayList<>();
            int[] encoded = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                encoded[i] = values[i] == null ? -1 : encode(values[i], codes, dict);
            }
            cols.put(name, new PropertyColumn(encoded, List.copyOf(dict)));
        }
        return new EventLog(base.entities, base.timestamps, base.types, base.dictionary,
                Collections.unmodifiableMap(cols));
    }

    private static int encode(String value, Map<String, Integer> codes, List<String> dict) {
        Integer c = codes.get(value);
        if (c == null) {
            c = dict.size();
            codes.put(value, c);
            dict.add(value);
        }
        return c;
    }

    private static void checkPropertyName(@Nullable String name) {
        Objects.requireNonNull(name, "property name");
        Checks.argument(!name.isBlank(), "property name must not be blank, was '%s'", name);
    }

    private static void checkLengths(long[] entities, long[] timestamps, int types) {
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(timestamps, "timestamps");
        Checks.argument(entities.length == timestamps.length && entities.length == types,
                "columns must have equal lengths, were entities %d, timestamps %d, types %d", entities.length,
                timestamps.length, types);
        for (int i = 0; i < timestamps.length; i++) {
            if (timestamps[i] < 0) {
                throw new IllegalArgumentException(
                        Checks.format("timestamps[%d] must be >= 0, was %d", i, timestamps[i]));
            }
        }
    }

    private static void checkType(String type, int index) {
        if (type == null) {
            throw new NullPointerException(Checks.format("types[%d] must not be null", index));
        }
        if (type.isBlank()) {
            throw new IllegalArgumentException(Checks.format("types[%d] must not be blank, was '%s'", index, type));
        }
    }

    static EventLog fromTrusted(long[] entities, long[] timestamps, int[] types, List<String> dictionary) {
        return new EventLog(entities, timestamps, types, dictionary, Map.of());
    }

    /** Returns a single-threaded builder that adds one row at a time. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the number of rows. */
    public int size() {
        return entities.length;
    }

    /** Returns the entity id of row {@code i}. */
    public long entity(int i) {
        return entities[i];
    }

    /** Returns the timestamp (epoch milliseconds) of row {@code i}. */
    public long timestamp(int i) {
        return timestamps[i];
    }

    /** Returns the event type of row {@code i}. */
    public String type(int i) {
        return dictionary.get(types[i]);
    }

    /** Returns the dictionary code of row {@code i}'s event type, an index into {@link #eventTypes()}. */
    public int typeCode(int i) {
        return types[i];
    }

    /** Returns the distinct event types, in order of first appearance (the dictionary). */
    public List<String> eventTypes() {
        return dictionary;
    }

    /** Returns the dictionary code of {@code type}, or empty if no row has that type. */
    public OptionalInt codeOf(String type) {
        int c = dictionary.indexOf(Objects.requireNonNull(type, "type"));
        return c < 0 ? OptionalInt.empty() : OptionalInt.of(c);
    }

    /** Returns the names of the properties that have a column, sorted. */
    public Set<String> propertyNames() {
        return Collections.unmodifiableSet(new java.util.TreeSet<>(properties.keySet()));
    }

    /** Returns the value of property {@code name} on row {@code i}, or empty if the row has none. */
    public Optional<String> property(int i, String name) {
        Objects.checkIndex(i, entities.length);
        PropertyColumn c = properties.get(Objects.requireNonNull(name, "name"));
        return c == null || c.codes()[i] < 0 ? Optional.empty() : Optional.of(c.values().get(c.codes()[i]));
    }

    /** Returns the column of property {@code name}, or null if no row has it. */
    @Nullable
    PropertyColumn propertyColumn(String name) {
        return properties.get(name);
    }

    long[] entityColumn() {
        return entities;
    }

    long[] timestampColumn() {
        return timestamps;
    }

    int[] typeColumn() {
        return types;
    }

    @Override
    public String toString() {
        return "EventLog[" + entities.length + " rows, " + dictionary.size() + " event types"
                + (properties.isEmpty() ? "" : ", properties " + properties.keySet()) + "]";
    }

    /** A single-threaded builder of an {@link EventLog}, one row at a time, into growing primitive arrays. */
    public static final class Builder {
        private long[] entities = new long[64];
        private long[] timestamps = new long[64];
        private int[] types = new int[64];
        private int size;
        private final Map<String, Integer> codes = new HashMap<>();
        private final java.util.ArrayList<String> dictionary = new java.util.ArrayList<>();
        private final Map<String, int[]> propertyCodes = new HashMap<>();
        private final Map<String, Map<String, Integer>> propertyIndex = new HashMap<>();
        private final Map<String, List<String>> propertyValues = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds a row with properties (name to value); a property not named has no value on this row.
         *
         * @throws IllegalArgumentException if the timestamp is negative, the type blank or a property name blank,
         *                                  naming the row index
         * @throws NullPointerException     if a property name or value is null
         */
        public Builder add(long entity, long timestamp, String type, Map<String, String> properties) {
            Objects.requireNonNull(properties, "properties");
            for (Map.Entry<String, String> p : properties.entrySet()) {
                checkPropertyName(p.getKey());
                if (p.getValue() == null) {
                    throw new NullPointerException(Checks.format("property '%s' of row %d must not be null",
                            p.getKey(), size));
                }
            }
            add(entity, timestamp, type);
            int row = size - 1;
            for (Map.Entry<String, String> p : properties.entrySet()) {
                String name = p.getKey();
                int[] codes = propertyCodes.get(name);
                if (codes == null) {
                    codes = new int[entities.length];
                    Arrays.fill(codes, -1);
                    propertyIndex.put(name, new HashMap<>());
                    propertyValues.put(name, new ArrayList<>());
                } else if (codes.length < entities.length) {
                    int old = codes.length;
                    codes = Arrays.copyOf(codes, entities.length);
                    Arrays.fill(codes, old, codes.length, -1);
                }
                propertyCodes.put(name, codes);
                codes[row] = encode(p.getValue(), propertyIndex.get(name), propertyValues.get(name));
            }
            return this;
        }

        /**
         * Adds a row.
         *
         * @throws IllegalArgumentException if the timestamp is negative or the type blank, naming the row index
         */
        public Builder add(long entity, long timestamp, String type) {
            if (timestamp < 0) {
                throw new IllegalArgumentException(
                        Checks.format("timestamps[%d] must be >= 0, was %d", size, timestamp));
            }
            checkType(type, size);
            if (size == entities.length) {
                int n = Math.multiplyExact(size, 2);
                entities = Arrays.copyOf(entities, n);
                timestamps = Arrays.copyOf(timestamps, n);
                types = Arrays.copyOf(types, n);
            }
            Integer c = codes.get(type);
            if (c == null) {
                c = dictionary.size();
                codes.put(type, c);
                dictionary.add(type);
            }
            entities[size] = entity;
            timestamps[size] = timestamp;
            types[size] = c;
            size++;
            return this;
        }

        /** Returns a log of the rows added so far; the builder may go on adding. */
        public EventLog build() {
            Map<String, PropertyColumn> cols = new LinkedHashMap<>();
            for (String name : new java.util.TreeSet<>(propertyCodes.keySet())) {
                int[] codes = propertyCodes.get(name);
                int[] copy = Arrays.copyOf(codes, size);
                if (codes.length < size) {
                    Arrays.fill(copy, codes.length, size, -1);
                }
                cols.put(name, new PropertyColumn(copy, List.copyOf(propertyValues.get(name))));
            }
            return new EventLog(Arrays.copyOf(entities, size), Arrays.copyOf(timestamps, size),
                    Arrays.copyOf(types, size), List.copyOf(dictionary), Collections.unmodifiableMap(cols));
        }
    }
}
