package org.kpisdk.goals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Ratio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class ReferenceTest {
    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void seedCompetitorOnInstagram() {
        List<Reference> rival = References.instagramCompetitor("Rival Co");
        Reference video = rival.get(1);
        assertEquals(Reference.Kind.COMPETITOR, video.kind());
        assertEquals(Dimensions.of("channel", "instagram", "content_type", "video"), video.scope());
        assertEquals(0, bd("0.05").compareTo(video.value()));
        // We are at 4 %: gap 0.04 − 0.05 = −0.01; index 100 × 0.04 / 0.05 = 80.
        assertEquals(0, bd("-0.01").compareTo(video.gap(bd("0.04"))));
        assertEquals(0, bd("80").compareTo(video.index(bd("0.04")).orElseThrow()));
        assertEquals("competitor Rival Co: 0.05, gap -0.01, index 80", video.describe(bd("0.04")));
        // Images: 3 %; at 4 % the index is 133.3.
        assertEquals("competitor Rival Co: 0.03, gap 0.01, index 133.3", rival.get(0).describe(bd("0.04")));
    }

    @Test
    void referencesApplyToTheirScopeAndNarrowerOnes() {
        Reference video = References.instagramCompetitor("Rival Co").get(1);
        assertTrue(video.appliesTo("engagement_rate_by_impressions",
                Dimensions.of("channel", "instagram", "content_type", "video", "region", "UK")));
        assertFalse(video.appliesTo("engagement_rate_by_impressions", Dimensions.of("channel", "instagram")));
        assertFalse(video.appliesTo("reach", video.scope()));
    }

    @Test
    void mailchimpBenchmarks() {
        List<Reference> m = References.mailchimp2019();
        assertEquals(5, m.size());
        assertEquals("email_open_rate", m.get(0).metricId());
        assertEquals(0, bd("0.2271").compareTo(m.get(0).value()));
        assertEquals(Reference.Kind.INDUSTRY_BENCHMARK, m.get(0).kind());
        assertEquals(Dimensions.of("bounce_type", "hard"), m.get(2).scope());
        assertEquals(0, bd("0.2109").compareTo(References.mailchimp2018().get(0).value()));
    }

    @Test
    void zeroReferenceHasNoIndex() {
        Reference zero = Reference.benchmark("b", "reach", Dimensions.empty(), BigDecimal.ZERO);
        assertEquals(Optional.empty(), zero.index(bd("5")));
        assertEquals("benchmark b: 0, gap 5, index undefined (reference is 0)", zero.describe(bd("5")));
        assertThrows(IllegalArgumentException.class,
                () -> Reference.competitor(" ", "reach", Dimensions.empty(), BigDecimal.ONE));
    }

    @Test
    void shareOfVoiceAgainstNamedCompetitors() {
        ShareOfVoice sov = ShareOfVoice.of("Us", 300, Map.of("Rival Co", 500, "Other Inc", 200));
        assertTrue(sov.brandShare().hasSameValueAs(Ratio.of(3, 10)));
        assertEquals(Ratio.of(300, 1000), sov.brandShare());
        assertEquals(Ratio.of(500, 1000), sov.shareOf("Rival Co"));
        assertEquals(1000, sov.totalMentions());
        assertFalse(ShareOfVoice.of("Us", 0, Map.of("Rival Co", 0)).brandShare().isDefined());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShareOfVoice.of("Us", 1, Map.of("Rival Co", -2)));
        assertEquals("mentions of competitor 'Rival Co' must be >= 0, was -2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sov.shareOf("Nobody"));
        assertThrows(IllegalArgumentException.class, () -> ShareOfVoice.of("Us", 1, Map.of("Us", 2)));
        assertThrows(ArithmeticException.class,
                () -> ShareOfVoice.of("Us", Long.MAX_VALUE, Map.of("Rival Co", 1L)));
    }

    static Stream<Arguments> fractionalMentions() {
        return Stream.of(
                Arguments.of(2.9, "mentions of competitor 'Rival Co' must be a whole number, was 2.9"),
                Arguments.of(0.5f, "mentions of competitor 'Rival Co' must be a whole number, was 0.5"),
                Arguments.of(new BigDecimal("7.01"), "mentions of competitor 'Rival Co' must be a whole number, "
                        + "was 7.01"),
                Arguments.of(Double.NaN, "mentions of competitor 'Rival Co' must be a whole number, was NaN"),
                Arguments.of(Double.POSITIVE_INFINITY,
                        "mentions of competitor 'Rival Co' must be a whole number, was Infinity"),
                Arguments.of(1e19, "mentions of competitor 'Rival Co' must be <= 9223372036854775807, was 1.0E19"),
                Arguments.of(BigInteger.ONE.shiftLeft(63),
                        "mentions of competitor 'Rival Co' must be <= 9223372036854775807, was 9223372036854775808"));
    }

    @ParameterizedTest
    @MethodSource("fractionalMentions")
    void shareOfVoiceRefusesMentionsThatAreNotWholeCountsInsteadOfTruncatingThem(Number mentions, String message) {
        // Issue 18: 2.9 mentions used to become 2 through Number.longValue().
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShareOfVoice.of("Us", 1, Map.of("Rival Co", mentions)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void shareOfVoiceTakesWholeCountsOfAnyNumberTypeExactly() {
        // 3 of 3 + 2 + 4 + 1 = 10 mentions, whatever the Number type of each whole count.
        Map<String, Number> rivals = new LinkedHashMap<>();
        rivals.put("A", 2.0);
        rivals.put("B", new BigDecimal("4.000"));
        rivals.put("C", BigInteger.ONE);
        ShareOfVoice sov = ShareOfVoice.of("Us", 3, rivals);
        assertEquals(10, sov.totalMentions());
        assertEquals(Map.of("A", 2L, "B", 4L, "C", 1L), sov.competitorMentions());
        assertEquals(Ratio.of(3, 10), sov.brandShare());
    }
}
