package org.kpisdk.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.MetricValue;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;

/**
 * A query refuses a table that lacks a measure its metrics need (CPL without a {@code leads} column), unless the
 * caller opts in to undefined values that say {@code table has no measure 'leads'}.
 */
final class UndeclaredMeasureTest {
    private static final String EXPECTED = "metric 'cpl' needs [leads], which the table does not declare (it declares "
            + "[impressions, ad_clicks, cost]); add the measures, or build the query with allowUndeclaredMeasures() "
            + "to get values undefined with the reason \"table has no measure '...'\"";

    /** Impressions, clicks and cost per channel; no leads column. */
    private static ObservationTable withoutLeads() {
        ObservationTable.Builder b = ObservationTable.builder().dimensions("channel")
                .measure(StandardMeasures.IMPRESSIONS).measure(StandardMeasures.AD_CLICKS)
                .measure(StandardMeasures.COST, java.util.Currency.getInstance("EUR"));
        for (int i = 0; i < 6; i++) {
            b.row(LocalDate.of(2026, 1, 1 + i)).dimension("channel", i % 2 == 0 ? "search" : "social")
                    .value(StandardMeasures.IMPRESSIONS, 100L * (i + 1)).value(StandardMeasures.AD_CLICKS, i)
                    .money(StandardMeasures.COST, Money.of("2.50", "EUR")).add();
        }
        return b.build();
    }

    /** The same kind of rows with a leads column: 3 leads on search. */
    private static ObservationTable withLeads() {
        ObservationTable.Builder b = ObservationTable.builder().dimensions("channel")
                .measure(StandardMeasures.IMPRESSIONS).measure(StandardMeasures.AD_CLICKS)
                .measure(StandardMeasures.COST, java.util.Currency.getInstance("EUR"))
                .measure(StandardMeasures.LEADS);
        b.row(LocalDate.of(2026, 2, 1)).dimension("channel", "search").value(StandardMeasures.IMPRESSIONS, 10)
                .value(StandardMeasures.AD_CLICKS, 1).money(StandardMeasures.COST, Money.of("6.00", "EUR"))
                .value(StandardMeasures.LEADS, 3).add();
        return b.build();
    }

    private static Query.Builder cplByChannel() {
        return Query.builder().metric(StandardMetrics.CTR).metric(StandardMetrics.CPL).groupBy("channel");
    }

    @Test
    void executeRefusesNamingTheMetricTheMissingMeasureAndTheTablesMeasures() {
        Query q = cplByChannel().build();
        ObservationTable t = withoutLeads();
        assertEquals(EXPECTED, assertThrows(IllegalArgumentException.class, () -> q.execute(t)).getMessage());
        assertEquals(EXPECTED, assertThrows(IllegalArgumentException.class, () -> q.execute(t, 2)).getMessage());
        assertEquals(EXPECTED, assertThrows(IllegalArgumentException.class, () -> q.partial(t)).getMessage());
        assertEquals(EXPECTED, assertThrows(IllegalArgumentException.class, () -> q.partial(t, 0, 1)).getMessage());
    }

    @Test
    void everyMetricWithAMissingMeasureIsNamed() {
        MetricDefinition leadRate = MetricDefinition.builder("lead_rate")
                .expression("leads / sessions", StandardMetrics.catalog());
        Query q = Query.builder().metric(StandardMetrics.CPL).metric(leadRate).build();
        String message = assertThrows(IllegalArgumentException.class, () -> q.execute(withoutLeads()))
                .getMessage();
        assertTrue(message.startsWith("metric 'cpl' needs [leads]; metric 'lead_rate' needs [leads, sessions], "
                + "which the table does not declare"), message);
    }

    @Test
    void optInGivesUndefinedValuesThatSayWhy() {
        Query q = cplByChannel().allowUndeclaredMeasures().build();
        assertTrue(q.allowsUndeclaredMeasures());
        QueryResult r = q.execute(withoutLeads());
        assertEquals(2, r.size());
        for (QueryResult.Row row : r.rows()) {
            MetricValue cpl = row.value("cpl");
            assertFalse(cpl.isDefined());
            assertEquals(Optional.of("table has no measure 'leads'"), cpl.undefinedReason());
            assertTrue(row.value("ctr").isDefined(), "the declared measures still give values");
        }
        assertEquals(r, q.execute(withoutLeads(), 3), "parallel execution gives the same values and reasons");
        PartialAggregate p = q.partial(withoutLeads());
        PartialAggregate back = PartialAggregate.fromBytes(q, p.toBytes());
        assertEquals(p, back);
        assertEquals(r, back.result(), "the undeclared measure survives the bytes");
    }

    @Test
    void mergingATableThatDeclaresTheMeasureTurnsTheReasonIntoNoObservation() {
        Query q = cplByChannel().allowUndeclaredMeasures().build();
        PartialAggregate merged = q.partial(withoutLeads()).plus(q.partial(withLeads()));
        assertEquals(merged, q.partial(withLeads()).plus(q.partial(withoutLeads())), "merge is commutative");
        QueryResult r = merged.result();
        MetricValue search = r.find(Dimensions.of("channel", "search"), Optional.empty()).orElseThrow().value("cpl");
        // search: cost 3 x 2.50 + 6.00 = 13.50 over 3 leads = 4.50
        assertEquals(0, new BigDecimal("4.5").compareTo(search.money().orElseThrow().amount()));
        MetricValue social = r.find(Dimensions.of("channel", "social"), Optional.empty()).orElseThrow().value("cpl");
        assertEquals(Optional.of("no observation of 'leads'"), social.undefinedReason());
    }

    @Test
    void coalescedMeasuresAreNotNeeded() {
        MetricDefinition leadsPerClick = MetricDefinition.builder("leads_per_click")
                .expression("coalesce(leads, 0) / ad_clicks", StandardMetrics.catalog());
        QueryResult r = Query.builder().metric(leadsPerClick).build().execute(withoutLeads());
        // no leads column: leads read as 0 over 0 + 1 + ... + 5 = 15 clicks
        assertEquals(Optional.of(org.kpisdk.core.value.Ratio.of(0, 15)), r.rows().get(0).value("leads_per_click")
                .ratio());
        assertEquals(Set.of(StandardMeasures.AD_CLICKS),
                Query.builder().metric(leadsPerClick).build().requiredMeasures(leadsPerClick));
    }

    @Test
    void requiredMeasuresIncludeMeanOfRatesDenominators() {
        MetricDefinition avg = MetricDefinition.builder("avg_ctr")
                .meanOfRates(StandardMeasures.AD_CLICKS, StandardMeasures.IMPRESSIONS);
        Query q = Query.builder().metric(avg).build();
        assertEquals(List.of(StandardMeasures.AD_CLICKS, StandardMeasures.IMPRESSIONS),
                List.copyOf(q.requiredMeasures(avg)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> q.requiredMeasures(StandardMetrics.CTR));
        assertTrue(e.getMessage().startsWith("metric 'ctr' is not a metric of Query["), e.getMessage());
        q.requireDeclared(List.of(StandardMeasures.AD_CLICKS, StandardMeasures.IMPRESSIONS), "the mapping");
        assertEquals("metric 'avg_ctr' needs [impressions], which the mapping does not declare (it declares "
                + "[ad_clicks]); add the measures, or build the query with allowUndeclaredMeasures() to get values "
                + "undefined with the reason \"table has no measure '...'\"",
                assertThrows(IllegalArgumentException.class,
                        () -> q.requireDeclared(List.of(StandardMeasures.AD_CLICKS), "the mapping")).getMessage());
    }

    @Test
    void theOptInIsPartOfTheQuery() {
        Query strict = cplByChannel().build();
        Query lenient = cplByChannel().allowUndeclaredMeasures().build();
        assertNotEquals(strict, lenient);
        assertTrue(lenient.toString().endsWith(", allowUndeclaredMeasures]"), lenient.toString());
        assertEquals(lenient, cplByChannel().allowUndeclaredMeasures().build());
        assertEquals(lenient.hashCode(), cplByChannel().allowUndeclaredMeasures().build().hashCode());
        // bytes that name an undeclared measure do not fit a query that refuses undeclared measures
        byte[] bytes = lenient.partial(withoutLeads()).toBytes();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PartialAggregate.fromBytes(strict, bytes));
        assertTrue(e.getMessage().contains("does not allow undeclared measures"), e.getMessage());
    }
}
