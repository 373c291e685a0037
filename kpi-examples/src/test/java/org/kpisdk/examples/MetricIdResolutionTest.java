package org.kpisdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpisdk.core.metric.StandardMetrics;

/**
 * DESIGN rule 6: every metric id written in the library's main code resolves in {@link StandardMetrics#catalog()}.
 * {@link MetricIdScanner} finds the literal ids where an API expects one; this test resolves each. It lives in
 * kpi-examples because this module sees the sources of every other.
 */
final class MetricIdResolutionTest {
    /** The modules whose main code is scanned. */
    static final List<String> MODULES = List.of("kpi-core", "kpi-funnel", "kpi-goals", "kpi-io", "kpi-spark",
            "kpi-examples");

    @Test
    void everyMetricIdInMainCodeIsInTheCatalog() {
        List<MetricIdScanner.Hit> hits = MetricIdScanner.scan(BadInputCatalogueTest.repoRoot(), MODULES);
        assertEquals(List.of(), MetricIdScanner.unresolved(hits, StandardMetrics.catalog(), Set.of()),
                "metric ids in main code that StandardMetrics.catalog() lacks");
        // The scan sees the places that matter: the catalog's own lookups, the goal types' and references' ids
        // (Javadoc), the demo's goals and rows.
        Set<String> files = hits.stream().map(h -> h.file().getFileName().toString()).collect(Collectors.toSet());
        assertTrue(files.containsAll(Set.of("StandardMetrics.java", "Demo.java", "Goal.java", "GoalType.java",
                "Stage.java")), files::toString);
        assertTrue(hits.size() >= 80, () -> "only " + hits.size() + " ids found: " + hits);
    }

    @Test
    void aPlantedUnknownIdIsReported(@TempDir Path root) throws IOException {
        Path dir = root.resolve("kpi-goals/src/main/java/org/kpisdk/goals");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("Planted.java"), """
                package org.kpisdk.goals;
                final class Planted {
                    /** {@code GoalType.suggest("engagement_rate")} */
                    static Object a = StandardMetrics.catalog().require("engagement_rate_by_vibes");
                    static Object b = Goal.builder("x").metric("cpa").metric("cost_per_acquisition");
                    static Object c = Stage.of("loyalty", "csat",
                            "customer_lifetime_value");
                    static Object d = KpiSelection.lint(List.of("reach", "ltv_to_cac"));
                    static Object e = Reference.competitor("Rival", "engagment_rate", scope, value);
                }
                """, StandardCharsets.UTF_8);
        Path other = root.resolve("kpi-funnel/src/main/java/org/kpisdk/funnel");
        Files.createDirectories(other);
        Files.writeString(other.resolve("Fine.java"), "class Fine { Object s = Stage.of(\"awareness\", \"reach\"); }",
                StandardCharsets.UTF_8);
        List<MetricIdScanner.Hit> hits = MetricIdScanner.scan(root, List.of("kpi-goals", "kpi-funnel"));
        List<String> bad = MetricIdScanner.unresolved(hits, StandardMetrics.catalog(), Set.of()).stream()
                .map(MetricIdScanner.Hit::toString).sorted().collect(Collectors.toList());
        Path planted = Path.of("kpi-goals/src/main/java/org/kpisdk/goals/Planted.java");
        assertEquals(List.of(planted + ":4: 'engagement_rate_by_vibes'", planted + ":5: 'cost_per_acquisition'",
                planted + ":7: 'customer_lifetime_value'", planted + ":8: 'ltv_to_cac'",
                planted + ":9: 'engagment_rate'"), bad);
        // The known ids were found too: the scan did not just miss everything.
        assertEquals(Set.of("engagement_rate", "engagement_rate_by_vibes", "cpa", "cost_per_acquisition", "csat",
                "customer_lifetime_value", "reach", "ltv_to_cac", "engagment_rate"),
                hits.stream().map(MetricIdScanner.Hit::id).collect(Collectors.toSet()));
        // A custom id that a team declares resolves when listed.
        assertEquals(List.of(), MetricIdScanner.unresolved(List.of(new MetricIdScanner.Hit(planted, 1, "my_kpi")),
                StandardMetrics.catalog(), Set.of("my_kpi")));
    }
}
