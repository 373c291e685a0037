package org.kpisdk.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Unit;

final class MetricCatalogTest {
    private static ClassLoader loader() {
        return MetricCatalogTest.class.getClassLoader();
    }

    @Test
    void looksUpByIdInRegistrationOrder() {
        MetricCatalog c = MetricCatalog.builder().add(StandardMetrics.CTR).add(StandardMetrics.CPA).build();
        assertSame(StandardMetrics.CTR, c.require("ctr"));
        assertEquals(List.of(StandardMetrics.CTR, StandardMetrics.CPA), c.metrics());
        assertTrue(c.metric("cpm").isEmpty());
        assertEquals(2, c.size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.require("cpm"));
        assertTrue(e.getMessage().contains("'cpm'"), e.getMessage());
        assertEquals("explicit registration", c.source("ctr").orElseThrow());
    }

    @Test
    void duplicateIdIsRefusedNamingBothSources() {
        MetricCatalog.Builder b = MetricCatalog.builder().add(StandardMetrics.CTR, "team A catalog");
        MetricDefinition other = MetricDefinition.builder("ctr").expression("link_clicks / impressions",
                MetricCatalog.empty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.add(other, "team B jar"));
        assertEquals("duplicate metric id 'ctr': registered by team A catalog and again by team B jar", e.getMessage());
    }

    @Test
    void measuresMayNotRedefineStandardOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MetricCatalog.builder().measure(BaseMeasure.distinct("impressions")));
        assertTrue(e.getMessage().contains("conflicts with the standard measure"), e.getMessage());
        MetricCatalog same = MetricCatalog.builder().measure(StandardMeasures.IMPRESSIONS).build();
        assertTrue(same.measures().isEmpty(), "a standard measure is already known");
        assertEquals(StandardMeasures.IMPRESSIONS, same.measure("impressions").orElseThrow());
    }

    @Test
    void serviceLoaderDiscoveryIsOptInAndSortedByName() {
        assertFalse(StandardMetrics.catalog().contains("signup_rate"), "no discovery without asking");
        MetricCatalog c = StandardMetrics.catalog().toBuilder().loadProviders(loader()).build();
        // Zeta is listed first in META-INF/services but sorts after Alpha, so it can refer to signup_rate
        MetricDefinition pct = c.require("signup_rate_pct");
        InputValues v = InputValues.builder().put(Input.of(AlphaTestProvider.SIGNUPS), 3)
                .put(Input.of(StandardMeasures.SESSIONS), 60).build();
        assertEquals(0, new BigDecimal("5").compareTo(pct.evaluate(v).value().orElseThrow()));   // 3/60 x 100
        assertEquals(Unit.COUNT, c.measure("signups").orElseThrow().unit());
        assertTrue(c.source("signup_rate").orElseThrow().contains(AlphaTestProvider.class.getName()));
        int n = StandardMetrics.catalog().size();
        assertEquals(List.of("signup_rate", "signup_rate_pct"),
                c.metrics().subList(n, n + 2).stream().map(MetricDefinition::id).toList());
    }

    @Test
    void providerClashIsRefusedNamingBothProviders() {
        MetricProvider clash = new MetricProvider() {
            @Override
            public List<MetricDefinition> metrics(MetricCatalog available) {
                return List.of(MetricDefinition.builder("signup_rate").expression("likes / sessions", available));
            }

            @Override
            public String name() {
                return "zz-clash";
            }
        };
        MetricCatalog.Builder b = MetricCatalog.builder().loadProviders(loader());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.addProviders(List.of(clash)));
        assertTrue(e.getMessage().contains("provider " + AlphaTestProvider.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains("provider zz-clash"), e.getMessage());
    }

    @Test
    void catalogIsImmutable() {
        MetricCatalog.Builder b = MetricCatalog.builder().add(StandardMetrics.CTR);
        MetricCatalog before = b.build();
        b.add(StandardMetrics.CPA);
        assertEquals(1, before.size());
        assertThrows(UnsupportedOperationException.class, () -> before.metrics().add(StandardMetrics.CPM));
    }
}
