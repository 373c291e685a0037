package org.kpisdk.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.metric.FunnelStage;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.StandardMetrics;

final class StageModelTest {
    @Test
    void defaultsAreTheSixSocialStagesWithTwoKpisEach() {
        StageModel m = StageModel.defaults();
        assertEquals(List.of("awareness", "engagement", "consideration", "conversion", "loyalty", "advocacy"),
                m.names());
        assertEquals(List.of(), m.lint());
        assertEquals(List.of("reach", "impressions"), m.stage("awareness").orElseThrow().kpis());
        assertTrue(m.stage("nope").isEmpty());
    }

    @Test
    void everyDefaultKpiIsACatalogMetricOfItsStage() {
        for (Stage s : StageModel.defaults().stages()) {
            for (String id : s.kpis()) {
                MetricDefinition metric = StandardMetrics.catalog().require(id);
                assertEquals(FunnelStage.parse(s.name()), metric.stage(), id + " at stage " + s.name());
            }
        }
        assertEquals(List.of("social_media_conversion_rate", "cpa"),
                StageModel.defaults().stage("conversion").orElseThrow().kpis());
        assertEquals(Stage.of("a", "reach", "cpa"), Stage.ofMetrics("a", StandardMetrics.REACH, StandardMetrics.CPA));
        assertThrows(NullPointerException.class, () -> Stage.ofMetrics("a", (MetricDefinition) null));
    }

    @Test
    void lintReportsStagesWithoutKpiOrWithTooMany() {
        StageModel m = StageModel.of(Stage.of("see"), Stage.of("think", "ctr"),
                Stage.of("do", "conversion_rate", "cpa", "revenue"));
        List<StageFinding> f = m.lint();
        assertEquals(2, f.size());
        assertEquals(new StageFinding("see", StageFinding.Kind.NO_KPI, f.get(0).message()), f.get(0));
        assertEquals(StageFinding.Kind.TOO_MANY_KPIS, f.get(1).kind());
        assertEquals("do", f.get(1).stage());
        assertTrue(f.get(1).message().contains("3 KPIs"), f.get(1).message());
    }

    @Test
    void countsFollowTheModel() {
        // 1000 aware, 200 engaged: step conversion 200/1000.
        FunnelCounts c = StageModel.of(Stage.of("aware", "reach"), Stage.of("engaged", "er")).counts(1000, 200);
        assertEquals("200/1000", c.stepConversion(1).toString());
        assertEquals(List.of("aware", "engaged"), c.names());
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of((Executable) () -> Stage.of(" "), "stage name must not be blank"),
                Arguments.of((Executable) () -> Stage.of("a", "reach", "reach"), "must be distinct, 'reach'"),
                Arguments.of((Executable) () -> Stage.of("a", ""), "kpis[0] of stage 'a' must not be blank"),
                Arguments.of((Executable) () -> StageModel.of(List.of()), "stages must not be empty"),
                Arguments.of((Executable) () -> StageModel.of(Stage.of("a"), Stage.of("a")),
                        "stage names must be distinct, 'a'"),
                Arguments.of((Executable) () -> StageModel.defaults().counts(1, 2), "one value per stage (6), had 2"),
                Arguments.of((Executable) () -> StageModel.of(Stage.of("a")).counts(-3), "must be >= 0, was -3"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputIsRefusedWithAMessageNamingFieldValueAndRule(Executable call, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void nullsAreRefusedByName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Stage(null, List.of()));
        assertEquals("name", e.getMessage());
        assertThrows(NullPointerException.class, () -> new Stage("a", null));
        assertThrows(NullPointerException.class, () -> StageModel.of((List<Stage>) null));
    }

    @Test
    void equalsHashCodeToString() {
        assertEquals(StageModel.of(Stage.of("a", "x")), StageModel.of(Stage.of("a", "x")));
        assertEquals(StageModel.of(Stage.of("a", "x")).hashCode(), StageModel.of(Stage.of("a", "x")).hashCode());
        assertTrue(StageModel.of(Stage.of("a", "x")).toString().contains("a"));
        assertTrue(!StageModel.of(Stage.of("a", "x")).equals(StageModel.of(Stage.of("a", "y"))));
    }
}
