package org.kpisdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.metric.StandardMeasures;

final class MappingTest {
    @Test
    void anUnknownCurrencyCodeIsRefusedWhenDeclared() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ObservationMapping.builder().money("cost", StandardMeasures.COST, "XYZ"));
        assertEquals("currencyCode must be an ISO 4217 currency code, was 'XYZ'", e.getMessage());
    }

    @Test
    void measuresNeedTheRightDeclaration() {
        assertEquals("money measure 'cost' needs a currency: use money(column, measure, currency)",
                assertThrows(IllegalArgumentException.class,
                        () -> ObservationMapping.builder().measure("c", StandardMeasures.COST)).getMessage());
        assertEquals("measure 'impressions' is COUNT, not money: use measure(column, measure)",
                assertThrows(IllegalArgumentException.class, () -> ObservationMapping.builder()
                        .money("i", StandardMeasures.IMPRESSIONS, Currency.getInstance("EUR"))).getMessage());
    }

    @Test
    void aColumnOrMeasureOrDimensionIsMappedOnce() {
        assertEquals("column 'x' is mapped twice", assertThrows(IllegalArgumentException.class,
                () -> ObservationMapping.builder().dimension("x", "a").measure("x", StandardMeasures.LIKES))
                .getMessage());
        assertEquals("measure 'likes' is mapped twice", assertThrows(IllegalArgumentException.class,
                () -> ObservationMapping.builder().measure("a", StandardMeasures.LIKES)
                        .measure("b", StandardMeasures.LIKES)).getMessage());
        assertEquals("dimension 'channel' is mapped twice", assertThrows(IllegalArgumentException.class,
                () -> ObservationMapping.builder().dimension("a", "channel").dimension("b", "channel"))
                .getMessage());
        assertEquals("column 'day' is mapped twice", assertThrows(IllegalArgumentException.class,
                () -> ObservationMapping.builder().date("day").dimension("day", "d").build()).getMessage());
        assertEquals("column 'a' is both mapped and ignored", assertThrows(IllegalArgumentException.class,
                () -> ObservationMapping.builder().date("d").dimension("a").ignore("a").build()).getMessage());
    }

    @Test
    void requiredColumnsAreChecked() {
        assertEquals("the date column is not declared: call date(column)",
                assertThrows(IllegalStateException.class, () -> ObservationMapping.builder().build()).getMessage());
        assertEquals("the type column is not declared: call type(column)", assertThrows(IllegalStateException.class,
                () -> EventMapping.builder().entity("u").timestamp("t").build()).getMessage());
        assertEquals("the entity column is not declared: call entity(column)",
                assertThrows(IllegalStateException.class,
                        () -> EventMapping.builder().timestamp("t").type("e").build()).getMessage());
        assertEquals("the timestamp column is not declared: call timestamp(column)",
                assertThrows(IllegalStateException.class,
                        () -> EventMapping.builder().entity("u").type("e").build()).getMessage());
        assertEquals("column name must not be empty",
                assertThrows(IllegalArgumentException.class, () -> EventMapping.builder().entity("")).getMessage());
    }

    @Test
    void patternsAndSeparatorsAreChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ObservationMapping.builder().dateFormat("dd/MM/uuuu {"));
        assertEquals(true, e.getMessage().startsWith("dateFormat must be a DateTimeFormatter pattern, was "
                + "'dd/MM/uuuu {'"), e.getMessage());
        assertEquals("fieldSeparator must not be a quote or a line break, was '\"'",
                assertThrows(IllegalArgumentException.class,
                        () -> EventMapping.builder().fieldSeparator('"')).getMessage());
        assertEquals("fieldSeparator must not be a quote or a line break, was '\\n'",
                assertThrows(IllegalArgumentException.class,
                        () -> ObservationMapping.builder().fieldSeparator('\n')).getMessage());
        assertEquals('\t', EventMapping.builder().entity("u").timestamp("t").type("e").fieldSeparator('\t').build()
                .fieldSeparator());
    }

    @Test
    void eventMappingAccessorsReturnTheDeclaration() {
        EventMapping e = EventMapping.builder().entity("u").timestamp("t").type("e").ignore("campaign", "page")
                .timestampIsoInstant().build();
        assertEquals(Set.of("campaign", "page"), e.ignoredColumns());
        assertEquals(',', e.fieldSeparator());
        EventMapping lax = EventMapping.builder().entity("u").timestamp("t").type("e").ignoreUnmappedColumns()
                .build();
        assertEquals(Set.of(), lax.ignoredColumns());
    }

    @Test
    void observationMappingIgnoringUnmappedColumnsSaysSo() {
        ObservationMapping m = ObservationMapping.builder().date("day").dateFormat("dd/MM/yyyy")
                .ignoreUnmappedColumns().build();
        assertEquals(true, m.ignoresUnmappedColumns());
        assertEquals(true, m.toString().contains("dd/MM/uuuu"), m::toString);
    }

    @Test
    void accessorsReturnTheDeclaration() {
        ObservationMapping m = ObservationMapping.builder().date("day").dimension("Channel", "channel")
                .measure("impr", StandardMeasures.IMPRESSIONS).money("cost", StandardMeasures.COST, "GBP")
                .ignore("note").fieldSeparator(';').build();
        assertEquals("day", m.dateColumn());
        assertEquals(Map.of("Channel", "channel"), m.dimensionColumns());
        assertEquals(List.of("impr", "cost"), List.copyOf(m.measureColumns().keySet()));
        assertEquals(Optional.of(Currency.getInstance("GBP")), m.currency("cost"));
        assertEquals(Optional.empty(), m.currency("impr"));
        assertEquals(Set.of("note"), m.ignoredColumns());
        assertEquals(';', m.fieldSeparator());
        assertEquals(false, m.ignoresUnmappedColumns());

        EventMapping e = EventMapping.builder().entity("u").timestamp("t").type("e")
                .timestampFormat("yyyy-MM-dd HH:mm", ZoneId.of("UTC")).build();
        assertEquals(List.of("u", "t", "e"), List.of(e.entityColumn(), e.timestampColumn(), e.typeColumn()));
        assertEquals(Optional.of(ZoneId.of("UTC")), e.zone());
        assertEquals(EventMapping.Overlap.EARLIER, e.overlap());
        assertEquals("EventMapping[entity u, timestamp t (uuuu-MM-dd HH:mm in UTC, overlap EARLIER), type e, "
                + "ignored []]", e.toString());
    }

    @Test
    void rejectedRowsPrintWhereAndWhy() {
        assertEquals("line 4, column 'cost', value '1.2.3': is not a number",
                new RejectedRow(4, "cost", "1.2.3", "is not a number").toString());
        assertEquals("line 2: has 3 fields, the header has 4",
                new RejectedRow(2, "", "3", "has 3 fields, the header has 4").toString());
        assertEquals("line must be >= 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> new RejectedRow(0, "", "", "x")).getMessage());
    }
}
