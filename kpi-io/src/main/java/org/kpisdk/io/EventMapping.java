package org.kpisdk.io;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.funnel.EventLog;

/**
 * How the columns of an events CSV file map onto an {@link EventLog}: the entity column (a whole number id), the
 * timestamp column and its format, the event type column, the property columns, and the columns to ignore.
 *
 * <pre>{@code
 * EventMapping mapping = EventMapping.builder()
 *         .entity("user_id").timestamp("time").type("event")   // time as 2026-03-01T10:15:30Z (the default)
 *         .property("channel")                                 // an event property, for step filters and breakdowns
 *         .ignore("notes")
 *         .build();
 * EventMapping local = EventMapping.builder()
 *         .entity("user_id").type("event")
 *         .timestamp("time").timestampFormat("uuuu-MM-dd HH:mm:ss", ZoneId.of("Europe/Paris"))
 *         .build();
 * EventMapping strict = EventMapping.builder()
 *         .entity("user_id").type("event")
 *         .timestamp("time").timestampFormat("uuuu-MM-dd HH:mm", ZoneId.of("Europe/Rome"), Overlap.REJECT)
 *         .build();                                         // 2026-10-25 02:30 happens twice: refused
 * }</pre>
 *
 * <p>Timestamps are read as an ISO-8601 instant with an offset ({@code 2026-03-01T10:15:30Z},
 * {@code 2026-03-01T11:15:30+01:00}) unless declared as epoch milliseconds ({@link Builder#timestampEpochMillis()})
 * or as a local date-time pattern in a zone. A local time that does not exist in the zone (a daylight saving gap)
 * refuses the row; an ambiguous one (an overlap, when clocks go back) is resolved by the declared {@link Overlap}
 * policy, {@link Overlap#EARLIER} unless declared otherwise. Timestamps finer than a millisecond or before
 * 1970-01-01T00:00:00Z refuse the row, since the log keeps non-negative epoch milliseconds.
 *
 * <p>A property column's cell becomes the row's value of that {@linkplain EventLog#property(int, String) event
 * property}; an empty cell means the row has no value for it. Every column of the file must be mapped or ignored,
 * unless {@link Builder#ignoreUnmappedColumns()}. Immutable and thread-safe.
 */
public final class EventMapping {
    /** How timestamps are written. */
    enum TimeFormat {
        ISO_INSTANT,
        EPOCH_MILLIS,
        LOCAL_PATTERN
    }

    /**
     * Which instant a local time that happens twice in the zone (a daylight saving overlap, when clocks go back)
     * stands for. In Europe/Rome, {@code 2026-10-25 02:30} is both {@code 00:30Z} (summer time, UTC+2) and
     * {@code 01:30Z} (standard time, UTC+1).
     */
    public enum Overlap {
        /**
         * The earlier instant, at the offset in force before the transition: the default, as in
         * {@link java.time.LocalDateTime#atZone} and RFC 5545 (iCalendar) section 3.3.5.
         */
        EARLIER,
        /** The later instant, at the offset in force after the transition. */
        LATER,
        /** Refuses the row, naming both instants it could stand for. */
        REJECT
    }

    private final String entityColumn;
    private final String timestampColumn;
    private final String typeColumn;
    private final TimeFormat timeFormat;
    @Nullable
    private final DateTimeFormatter pattern;
    private final String patternText;
    @Nullable
    private final ZoneId zone;
    private final Map<String, String> properties;
    private final Overlap overlap;
    private final Columns columns;

    private EventMapping(Builder b) {
        Checks.state(b.entity != null, "the entity column is not declared: call entity(column)");
        Checks.state(b.timestamp != null, "the timestamp column is not declared: call timestamp(column)");
        Checks.state(b.type != null, "the type column is not declared: call type(column)");
        this.entityColumn = b.entity;
        this.timestampColumn = b.timestamp;
        this.typeColumn = b.type;
        this.timeFormat = b.timeFormat;
        this.pattern = b.pattern;
        this.patternText = b.patternText;
        this.zone = b.zone;
        this.overlap = b.overlap;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(b.properties));
        List<String> mapped = new ArrayList<>(List.of(entityColumn, timestampColumn, typeColumn));
        mapped.addAll(properties.values());
        this.columns = new Columns(mapped, b.ignored, b.ignoreUnmapped, b.separator);
    }

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the entity column. */
    public String entityColumn() {
        return entityColumn;
    }

    /** Returns the timestamp column. */
    public String timestampColumn() {
        return timestampColumn;
    }

    /** Returns the event type column. */
    public String typeColumn() {
        return typeColumn;
    }

    /**
     * Returns the property columns: property name to column name, in declaration order; empty when the mapping
     * reads no property.
     */
    public Map<String, String> properties() {
        return properties;
    }

    /** Returns the zone of a local date-time timestamp format, or empty for instants and epoch milliseconds. */
    public Optional<ZoneId> zone() {
        return Optional.ofNullable(zone);
    }

    /**
     * Returns how an ambiguous local time is resolved: {@link Overlap#EARLIER} unless declared otherwise (it
     * matters only for a local date-time format in a zone with daylight saving).
     */
    public Overlap overlap() {
        return overlap;
    }

    /** Returns the ignored columns. */
    public Set<String> ignoredColumns() {
        return columns.ignored;
    }

    /** Returns the field separator. */
    public char fieldSeparator() {
        return columns.separator;
    }

    Columns columns() {
        return columns;
    }

    TimeFormat timeFormat() {
        return timeFormat;
    }

    @Nullable
    DateTimeFormatter pattern() {
        return pattern;
    }

    String formatText() {
        return timeFormat == TimeFormat.ISO_INSTANT ? "ISO-8601 instant such as 2026-03-01T10:15:30Z"
                : timeFormat == TimeFormat.EPOCH_MILLIS ? "epoch milliseconds" : patternText + " in " + zone;
    }

    /** Returns a summary of the mapping. */
    @Override
    public String toString() {
        return "EventMapping[entity " + entityColumn + ", timestamp " + timestampColumn + " (" + formatText()
                + (timeFormat == TimeFormat.LOCAL_PATTERN ? ", overlap " + overlap : "") + "), type " + typeColumn
                + (properties.isEmpty() ? "" : ", properties " + properties) + ", ignored " + columns.ignored
                + (columns.ignoreUnmapped ? " and unmapped" : "") + "]";
    }

    /** A single-threaded builder of an {@link EventMapping}. */
    public static final class Builder {
        @Nullable
        private String entity;
        @Nullable
        private String timestamp;
        @Nullable
        private String type;
        private TimeFormat timeFormat = TimeFormat.ISO_INSTANT;
        @Nullable
        private DateTimeFormatter pattern;
        private String patternText = "";
        @Nullable
        private ZoneId zone;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private Overlap overlap = Overlap.EARLIER;
        private final Set<String> ignored = new LinkedHashSet<>();
        private boolean ignoreUnmapped;
        private char separator = ',';

        private Builder() {
        }

        /** Declares the entity column: whole-number ids (users, carts, sessions…). */
        public Builder entity(String column) {
            this.entity = Columns.column(column);
            return this;
        }

        /** Declares the timestamp column. */
        public Builder timestamp(String column) {
            this.timestamp = Columns.column(column);
            return this;
        }

        /** Declares the event type column. */
        public Builder type(String column) {
            this.type = Columns.column(column);
            return this;
        }

        /**
         * Declares a property column whose cells become the event property of the same name; an empty cell means
         * the row has no value for it.
         *
         * @throws IllegalArgumentException if the column name is empty or already declared as a property
         */
        public Builder property(String column) {
            return property(column, column);
        }

        /**
         * Declares a property column whose cells become the event property {@code name} (such as
         * {@code property("channel", "utm_source")}); an empty cell means the row has no value for it.
         *
         * @throws IllegalArgumentException if the name is blank, the column name empty, or the name already declared
         */
        public Builder property(String name, String column) {
            Objects.requireNonNull(name, "name");
            Checks.argument(!name.isBlank(), "property name must not be blank, was '%s'", name);
            String c = Columns.column(column);
            Checks.argument(!properties.containsKey(name), "property '%s' is declared twice (columns '%s' and '%s')",
                    name, properties.get(name), c);
            properties.put(name, c);
            return this;
        }

        /** Declares timestamps as ISO-8601 instants with an offset (the default). */
        public Builder timestampIsoInstant() {
            this.timeFormat = TimeFormat.ISO_INSTANT;
            this.pattern = null;
            this.zone = null;
            return this;
        }

        /** Declares timestamps as whole epoch milliseconds. */
        public Builder timestampEpochMillis() {
            this.timeFormat = TimeFormat.EPOCH_MILLIS;
            this.pattern = null;
            this.zone = null;
            return this;
        }

        /**
         * Declares timestamps as local date-times in {@code pattern} ({@link DateTimeFormatter} letters, resolved
         * strictly; {@code yyyy} read as {@code uuuu}) observed in {@code zone}, an ambiguous time taking the
         * {@linkplain Overlap#EARLIER earlier} instant.
         */
        public Builder timestampFormat(String pattern, ZoneId zone) {
            return timestampFormat(pattern, zone, Overlap.EARLIER);
        }

        /**
         * Declares timestamps as local date-times in {@code pattern} observed in {@code zone}, as
         * {@link #timestampFormat(String, ZoneId)} does, an ambiguous time resolved by {@code overlap}.
         */
        public Builder timestampFormat(String pattern, ZoneId zone, Overlap overlap) {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(overlap, "overlap");
            String p = Columns.proleptic(pattern);
            try {
                this.pattern = DateTimeFormatter.ofPattern(p, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Checks.format("pattern must be a DateTimeFormatter pattern, "
                        + "was '%s': %s", pattern, e.getMessage()), e);
            }
            this.patternText = p;
            this.zone = zone;
            this.overlap = overlap;
            this.timeFormat = TimeFormat.LOCAL_PATTERN;
            return this;
        }

        /** Declares columns present in the file that are not imported. */
        public Builder ignore(String... columns) {
            for (String c : columns) {
                ignored.add(Columns.column(c));
            }
            return this;
        }

        /** Accepts and skips every column that is neither mapped nor ignored (by default such a column is refused). */
        public Builder ignoreUnmappedColumns() {
            this.ignoreUnmapped = true;
            return this;
        }

        /** Declares the field separator (default {@code ,}). */
        public Builder fieldSeparator(char separator) {
            this.separator = Columns.separator(separator);
            return this;
        }

        /**
         * Returns the mapping.
         *
         * @throws IllegalStateException    if the entity, timestamp or type column is not declared
         * @throws IllegalArgumentException if a column is mapped twice or both mapped and ignored
         */
        public EventMapping build() {
            return new EventMapping(this);
        }
    }
}
