package org.kpisdk.io;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;

import javax.annotation.Nullable;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import org.kpisdk.core.internal.Checks;

/**
 * The record loop shared by the readers: a leading byte order mark skipped, the header resolved against the
 * mapping, each record's field count checked, then each record handed to a {@link Sink}. Streams: one record at a
 * time from FastCSV's buffer, whose size the limits of {@link ObservationCsv#MAX_RECORD_LENGTH} bound.
 */
final class CsvRows {
    private static final char BOM = '\uFEFF';

    /** Receives the records of one file. */
    interface Sink {
        /** Receives the index in each record of every mapped column, in mapping order. */
        void header(int[] columnIndexes, List<String> header);

        /** Receives one record of the header's width; refuses it by throwing. */
        void row(long line, CsvRecord record) throws Reject;
    }

    private CsvRows() {
    }

    /**
     * Reads every record of {@code in} into {@code sink}. With {@code rejected} null (strict), the first refused row
     * throws; otherwise refused rows are added to {@code rejected} and reading goes on. Does not close {@code in}.
     */
    static void read(Reader in, Columns columns, Sink sink, @Nullable List<RejectedRow> rejected) throws IOException {
        CsvRecordHandler handler = CsvRecordHandler.builder()
                .maxFieldSize(ObservationCsv.MAX_FIELD_LENGTH)
                .maxRecordSize(ObservationCsv.MAX_RECORD_LENGTH)
                .maxFields(ObservationCsv.MAX_FIELDS)
                .build();
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .fieldSeparator(columns.separator)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false)
                .maxBufferSize(2 * ObservationCsv.MAX_RECORD_LENGTH)
                .build(handler, skipBom(in));
        long lastLine = 0;
        // The iterator is not closed: closing it would close the caller's reader.
        CloseableIterator<CsvRecord> records = csv.iterator();
        try {
            if (!records.hasNext()) {
                throw new CsvImportException(new RejectedRow(1, "", "",
                        "the file is empty: a header row naming the columns is expected"));
            }
            CsvRecord head = records.next();
            lastLine = head.getStartingLineNumber();
            List<String> header = head.getFields();
            sink.header(columns.resolve(header, lastLine), header);
            int width = header.size();
            while (records.hasNext()) {
                CsvRecord record = records.next();
                long line = record.getStartingLineNumber();
                lastLine = line;
                try {
                    if (record.getFieldCount() != width) {
                        throw new Reject("", Integer.toString(record.getFieldCount()), Checks.format(
                                "has %d fields, the header has %d", record.getFieldCount(), width));
                    }
                    sink.row(line, record);
                } catch (Reject r) {
                    if (rejected == null) {
                        throw new CsvImportException(r.toRow(line));
                    }
                    rejected.add(r.toRow(line));
                }
            }
        } catch (CsvParseException e) {
            String detail = e.getCause() == null ? e.getMessage() : e.getMessage() + ": " + e.getCause().getMessage();
            throw new CsvImportException(new RejectedRow(lastLine + 1, "", "",
                    "malformed CSV after line " + lastLine + ": " + detail), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Reader skipBom(Reader in) throws IOException {
        PushbackReader p = new PushbackReader(in, 1);
        int first = p.read();
        if (first >= 0 && first != BOM) {
            p.unread(first);
        }
        return p;
    }
}
