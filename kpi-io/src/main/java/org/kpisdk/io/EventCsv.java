package org.kpisdk.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.annotation.Nullable;

import de.siegmar.fastcsv.reader.CsvRecord;
import org.kpisdk.funnel.EventLog;

/**
 * Reads events from CSV into an {@link EventLog}, through an {@link EventMapping}.
 *
 * <pre>{@code
 * // user_id,time,event,channel
 * // 17,2026-03-01T10:15:30Z,view,instagram
 * EventMapping mapping = EventMapping.builder().entity("user_id").timestamp("time").type("event")
 *         .property("channel").build();
 * EventLog log = EventCsv.readStrict(Path.of("events.csv"), mapping);
 * ImportResult<EventLog> result = EventCsv.readLenient(Path.of("events.csv"), mapping);
 * }</pre>
 *
 * <p>The same reading rules as {@link ObservationCsv} (header first, blank lines skipped, byte order mark ignored,
 * LF or CRLF, quoted fields across lines, streamed record by record, the same size limits such as
 * {@link ObservationCsv#MAX_FIELD_LENGTH}). A row is refused, with its line, column,
 * value and rule, when it has a different number of fields from the header, an entity that is not a whole number,
 * a timestamp that does not parse, is finer than a millisecond, is before the epoch, falls in a daylight saving
 * gap, or falls in an overlap under {@link EventMapping.Overlap#REJECT} (otherwise the mapping's
 * {@link EventMapping#overlap()} picks the instant), or an empty event type. {@code readStrict} throws
 * {@link CsvImportException} at the first; {@code readLenient}
 * returns the good rows and all refused ones.
 *
 * <p>Files are read as UTF-8; the {@code Reader} overloads do not close the reader. Stateless and thread-safe.
 */
public final class EventCsv {
    private EventCsv() {
    }

    /**
     * Reads a UTF-8 file, stopping at the first bad row.
     *
     * @throws CsvImportException naming the line, column, value and rule of the first problem
     * @throws IOException        if the file cannot be read or is not UTF-8
     */
    public static EventLog readStrict(Path file, EventMapping mapping) throws IOException {
        Objects.requireNonNull(file, "file");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readStrict(in, mapping);
        }
    }

    /**
     * Reads characters, stopping at the first bad row.
     *
     * @throws CsvImportException naming the line, column, value and rule of the first problem
     * @throws IOException        if the reader fails
     */
    public static EventLog readStrict(Reader reader, EventMapping mapping) throws IOException {
        return read(reader, mapping, null);
    }

    /**
     * Reads a UTF-8 file, keeping the good rows and reporting every bad one.
     *
     * @throws CsvImportException for an empty file, a header that does not fit the mapping, or malformed CSV
     * @throws IOException        if the file cannot be read or is not UTF-8
     */
    public static ImportResult<EventLog> readLenient(Path file, EventMapping mapping) throws IOException {
        Objects.requireNonNull(file, "file");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readLenient(in, mapping);
        }
    }

    /**
     * Reads characters, keeping the good rows and reporting every bad one.
     *
     * @throws CsvImportException for an empty file, a header that does not fit the mapping, or malformed CSV
     * @throws IOException        if the reader fails
     */
    public static ImportResult<EventLog> readLenient(Reader reader, EventMapping mapping) throws IOException {
        List<RejectedRow> rejected = new ArrayList<>();
        EventLog log = read(reader, mapping, rejected);
        return new ImportResult<>(log, rejected);
    }

    private static EventLog read(Reader reader, EventMapping mapping, @Nullable List<RejectedRow> rejected)
            throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(mapping, "mapping");
        EventSink sink = new EventSink(mapping);
        CsvRows.read(reader, mapping.columns(), sink, rejected);
        return sink.log.build();
    }

    private static final class EventSink implements CsvRows.Sink {
        final EventLog.Builder log = EventLog.builder();
        private final EventMapping mapping;
        private int entityIndex;
        private int timeIndex;
        private int typeIndex;
        private final String[] propertyNames;
        private final int[] propertyIndexes;
        /** Reused for every row: {@link EventLog.Builder#add} copies what it keeps. */
        private final Map<String, String> rowProperties = new HashMap<>();

        EventSink(EventMapping mapping) {
            this.mapping = mapping;
            this.propertyNames = mapping.properties().keySet().toArray(new String[0]);
            this.propertyIndexes = new int[propertyNames.length];
        }

        @Override
        public void header(int[] columnIndexes, List<String> header) {
            entityIndex = columnIndexes[0];
            timeIndex = columnIndexes[1];
            typeIndex = columnIndexes[2];
            System.arraycopy(columnIndexes, 3, propertyIndexes, 0, propertyIndexes.length);
        }

        @Override
        public void row(long line, CsvRecord record) throws Reject {
            String entityText = record.getField(entityIndex);
            long entity;
            try {
                entity = NumberStyle.plain().parse(entityText, 0);
            } catch (Reject r) {
                throw new Reject(mapping.entityColumn(), entityText, "entity id must be a whole number: " + r.rule());
            }
            String timeText = record.getField(timeIndex);
            long millis = millis(timeText);
            String type = record.getField(typeIndex);
            if (type.isBlank()) {
                throw new Reject(mapping.typeColumn(), type, "event type must not be blank");
            }
            if (propertyNames.length == 0) {
                log.add(entity, millis, type);
                return;
            }
            rowProperties.clear();
            for (int p = 0; p < propertyNames.length; p++) {
                String value = record.getField(propertyIndexes[p]);
                if (!value.isEmpty()) {
                    rowProperties.put(propertyNames[p], value);
                }
            }
            log.add(entity, millis, type, rowProperties);
        }

        private Instant resolve(LocalDateTime local, ZoneId zone, String text) throws Reject {
            String column = mapping.timestampColumn();
            List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
            if (offsets.isEmpty()) {
                throw new Reject(column, text, "local time does not exist in " + zone + " (daylight saving gap)");
            }
            if (offsets.size() == 1) {
                return local.atOffset(offsets.get(0)).toInstant();
            }
            ZonedDateTime earlier = local.atZone(zone).withEarlierOffsetAtOverlap();
            ZonedDateTime later = earlier.withLaterOffsetAtOverlap();
            EventMapping.Overlap overlap = mapping.overlap();
            if (overlap == EventMapping.Overlap.REJECT) {
                throw new Reject(column, text, "local time is ambiguous in " + zone + " (daylight saving overlap): "
                        + earlier.toOffsetDateTime() + " or " + later.toOffsetDateTime()
                        + "; declare Overlap.EARLIER or LATER to accept it");
            }
            return (overlap == EventMapping.Overlap.EARLIER ? earlier : later).toInstant();
        }

        // getNano() alone is meant: only the fraction of the second decides "finer than a millisecond".
        @SuppressWarnings("JavaInstantGetSecondsGetNano")
        private long millis(String text) throws Reject {
            String column = mapping.timestampColumn();
            if (text.isEmpty()) {
                throw new Reject(column, text, "timestamp is missing");
            }
            long millis;
            if (mapping.timeFormat() == EventMapping.TimeFormat.EPOCH_MILLIS) {
                try {
                    millis = NumberStyle.plain().parse(text, 0);
                } catch (Reject r) {
                    throw r.at(column, text);
                }
            } else {
                Instant instant;
                try {
                    if (mapping.timeFormat() == EventMapping.TimeFormat.ISO_INSTANT) {
                        instant = DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
                    } else {
                        LocalDateTime local = LocalDateTime.parse(text, Objects.requireNonNull(mapping.pattern()));
                        instant = resolve(local, mapping.zone().orElseThrow(), text);
                    }
                } catch (DateTimeException e) {
                    throw new Reject(column, text, "is not a timestamp in format " + mapping.formatText());
                }
                if (instant.getNano() % 1_000_000 != 0) {
                    throw new Reject(column, text, "is finer than a millisecond");
                }
                try {
                    millis = instant.toEpochMilli();
                } catch (ArithmeticException e) {
                    throw new Reject(column, text, "is out of range of epoch milliseconds");
                }
            }
            if (millis < 0) {
                throw new Reject(column, text, "timestamp must be >= 1970-01-01T00:00:00Z (epoch millisecond 0)");
            }
            return millis;
        }
    }
}
