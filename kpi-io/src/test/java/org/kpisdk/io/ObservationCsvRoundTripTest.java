package org.kpisdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;
import org.kpisdk.testkit.ObservationSet;

/**
 * Round-trip law: a generated table written as CSV in a generated format (separator, number style, date pattern,
 * line ending, quoting, column order, currency codes, a free-text column with separators, quotes and line breaks,
 * a byte order mark) reads back, strictly, into an equal table.
 */
final class ObservationCsvRoundTripTest {
    /** A CSV dialect and layout to write in. */
    record Format(char separator, NumberStyle style, String datePattern, LineDelimiter eol, QuoteStrategies quotes,
            boolean codes, boolean bom, long layoutSeed) {
        @Override
        public String toString() {
            return "sep '" + separator + "' " + style + " " + datePattern + " " + eol + " " + quotes
                    + (codes ? " codes" : "") + (bom ? " bom" : "") + " layout " + layoutSeed;
        }
    }

    private static final Format DEFAULT = new Format(',', NumberStyle.plain(), "uuuu-MM-dd", LineDelimiter.LF,
            QuoteStrategies.REQUIRED, false, false, 0);

    static Gen<Format> formats() {
        NumberStyle[] styles = {NumberStyle.plain(), NumberStyle.of('.', ','), NumberStyle.of(',', '.'),
            NumberStyle.decimalComma(), NumberStyle.of(',', ' ')};
        String[] dates = {"uuuu-MM-dd", "dd/MM/yyyy", "MM/dd/uuuu", "d.M.uuuu", "uuuuMMdd"};
        char[] separators = {',', ';', '\t', '|'};
        return Gen.of(r -> new Format(separators[r.nextInt(separators.length)], styles[r.nextInt(styles.length)],
                dates[r.nextInt(dates.length)], r.nextBoolean() ? LineDelimiter.LF : LineDelimiter.CRLF,
                r.nextBoolean() ? QuoteStrategies.REQUIRED : QuoteStrategies.ALWAYS, r.nextBoolean(),
                r.nextInt(4) == 0, r.nextLong()), List.of(DEFAULT));
    }

    static Stream<Arguments> cases() {
        return Cases.of(ObservationSet.sets(25), formats());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void writeThenReadGivesAnEqualTable(ObservationSet set, Format format) throws IOException {
        ObservationTable expected = set.table();
        List<String> columns = new ArrayList<>(List.of("date", "channel", "region", "note"));
        ObservationMapping.Builder mapping = ObservationMapping.builder().date("date").dateFormat(format.datePattern())
                .dimension("channel").dimension("region").numberStyle(format.style()).fieldSeparator(format.separator())
                .ignore("note");
        for (BaseMeasure m : ObservationSet.MEASURES) {
            columns.add(m.id());
            if (m.isMoney()) {
                mapping.money(m.id(), m, ObservationSet.CURRENCY);
            } else {
                mapping.measure(m.id(), m);
            }
        }
        SplittableRandom layout = new SplittableRandom(format.layoutSeed());
        Collections.shuffle(columns, new Random(format.layoutSeed()));
        String csv = write(expected, columns, format, layout);

        ObservationTable actual = ObservationCsv.readStrict(new StringReader(csv), mapping.build());
        assertTablesEqual(expected, actual);
        assertTrue(ObservationCsv.readLenient(new StringReader(csv), mapping.build()).isClean());
    }

    private static String write(ObservationTable t, List<String> columns, Format f, SplittableRandom r)
            throws IOException {
        StringWriter out = new StringWriter();
        if (f.bom()) {
            out.write('\uFEFF');
        }
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(Columns.proleptic(f.datePattern()), Locale.ROOT);
        CsvWriter csv = CsvWriter.builder().fieldSeparator(f.separator()).lineDelimiter(f.eol())
                .quoteStrategy(f.quotes()).build(out);
        csv.writeRecord(columns);
        for (int row = 0; row < t.size(); row++) {
            List<String> fields = new ArrayList<>();
            for (String c : columns) {
                switch (c) {
                    case "date" -> fields.add(dates.format(t.date(row)));
                    case "channel", "region" -> fields.add(t.dimension(row, c));
                    case "note" -> fields.add(note(r, f.separator()));
                    default -> {
                        BaseMeasure m = ObservationSet.MEASURES.stream().filter(x -> x.id().equals(c)).findFirst()
                                .orElseThrow();
                        OptionalLong v = t.value(row, m);
                        fields.add(v.isEmpty() ? "" : m.isMoney() ? money(v.getAsLong(), f, r)
                                : number(BigDecimal.valueOf(v.getAsLong()), f.style(), r));
                    }
                }
            }
            csv.writeRecord(fields);
        }
        csv.flush();
        return out.toString();
    }

    /** Free text that needs quoting: separators, quotes, LF, CRLF. */
    private static String note(SplittableRandom r, char separator) {
        String[] parts = {"a", "b c", String.valueOf(separator), "\"", "\n", "\r\n", ",", ";", "é"};
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(5); i > 0; i--) {
            sb.append(parts[r.nextInt(parts.length)]);
        }
        return sb.toString();
    }

    private static String money(long micros, Format f, SplittableRandom r) {
        // Written with BigDecimal, independently of the parser: micros / 10^6, trailing zeros sometimes kept.
        BigDecimal amount = BigDecimal.valueOf(micros, 6);
        if (r.nextBoolean()) {
            amount = amount.stripTrailingZeros();
            if (amount.scale() < 0) {
                amount = amount.setScale(0);
            }
        }
        String text = number(amount, f.style(), r);
        if (f.codes()) {
            text = r.nextBoolean() ? text + " EUR" : "EUR " + text;
        }
        return text;
    }

    /** Formats a non-negative decimal in the style, grouping the integer part by threes when the style groups. */
    private static String number(BigDecimal value, NumberStyle style, SplittableRandom r) {
        String plain = value.toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        if (style.groupingSeparator().isPresent() && r.nextBoolean()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < integer.length(); i++) {
                if (i > 0 && (integer.length() - i) % 3 == 0) {
                    sb.append(style.groupingSeparator().get());
                }
                sb.append(integer.charAt(i));
            }
            integer = sb.toString();
        }
        return fraction.isEmpty() ? integer : integer + style.decimalSeparator() + fraction;
    }

    static void assertTablesEqual(ObservationTable expected, ObservationTable actual) {
        assertEquals(expected.size(), actual.size(), "size");
        assertEquals(expected.dimensions(), actual.dimensions());
        assertEquals(expected.measures(), actual.measures());
        for (BaseMeasure m : expected.measures()) {
            assertEquals(expected.currency(m), actual.currency(m));
        }
        for (int row = 0; row < expected.size(); row++) {
            assertEquals(expected.date(row), actual.date(row), "date of row " + row);
            for (String d : expected.dimensions()) {
                assertEquals(expected.dimension(row, d), actual.dimension(row, d), d + " of row " + row);
            }
            for (BaseMeasure m : expected.measures()) {
                assertEquals(expected.value(row, m), actual.value(row, m), m + " of row " + row);
            }
        }
    }
}
