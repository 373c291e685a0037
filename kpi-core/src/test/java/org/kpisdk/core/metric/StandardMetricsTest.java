package org.kpisdk.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.Unit;

/**
 * One hand-computed example per standard metric. Expected values are worked out in the comments from the published
 * formula (DOMAIN Part A), not taken from the code: "a/b" means the exact fraction, "EUR x" an amount of money.
 */
final class StandardMetricsTest {
    static Stream<Arguments> examples() {
        return Stream.of(
                // A.2 social awareness
                Arguments.of("follower_count", "followers=1200", "1200"),
                Arguments.of("net_new_followers", "followers_gained=50; followers_lost=20", "30"),           // 50-20
                Arguments.of("audience_growth_rate",
                        "followers_gained=50; followers_lost=20; first(followers)=1000", "0.03"),             // 30/1000
                Arguments.of("reach", "reach=800", "800"),
                Arguments.of("post_reach_rate", "reach=800; followers=1000", "0.8"),
                Arguments.of("impressions", "impressions=5000", "5000"),
                Arguments.of("brand_mentions", "mentions_brand=40", "40"),
                Arguments.of("social_share_of_voice", "mentions_brand=40; mentions_competitor=60", "0.4"),   // 40/100
                Arguments.of("virality_rate", "shares=25; impressions=5000", "0.005"),
                Arguments.of("amplification_rate", "shares=25; followers=1000", "0.025"),
                Arguments.of("amplification_per_post", "shares=25; posts=10", "2.5"),
                // A.3 engagement: likes 100 + comments 20 + shares 30 = 150 engagements
                Arguments.of("engagements", "likes=100; comments=20; shares=30", "150"),
                Arguments.of("engagement_rate", "likes=100; comments=20; shares=30; impressions=5000", "0.03"),
                Arguments.of("engagement_rate_by_impressions",
                        "likes=100; comments=20; shares=30; impressions=5000", "0.03"),   // 150/5000
                Arguments.of("engagement_rate_by_reach", "likes=100; comments=20; shares=30; reach=600", "0.25"),
                Arguments.of("engagement_rate_by_followers",
                        "likes=100; comments=20; shares=30; followers=3000", "0.05"),
                // 1,000 followers on each of 30 days = 30,000 follower-days; 150/30000
                Arguments.of("daily_engagement_rate",
                        "likes=100; comments=20; shares=30; sum_over_time(followers)=30000", "0.005"),
                Arguments.of("engagement_rate_by_views", "likes=100; comments=20; shares=30; video_views=1500", "0.1"),
                // posts 10/100 = 0.10 and 30/200 = 0.15: rate sum 0.25, 2 rates, mean 0.125
                // (the ratio of sums 40/300 would be 0.1333...)
                Arguments.of("avg_engagement_rate_per_post",
                        "rate_sum(engagements_reported, reach)=0.25; rate_count(engagements_reported, reach)=2",
                        "0.125"),
                Arguments.of("applause_rate", "likes=100; followers=1000", "0.1"),
                Arguments.of("applause_per_post", "likes=100; posts=8", "12.5"),
                Arguments.of("conversation_rate", "comments=20; followers=1000", "0.02"),
                Arguments.of("conversation_per_post", "comments=20; posts=8", "2.5"),
                Arguments.of("social_ctr", "link_clicks=45; impressions=3000", "0.015"),
                Arguments.of("cost_per_engagement", "cost=30; likes=100; comments=20; shares=30", "EUR 0.2"),
                // A.4 reputation: 100 x (60 - 15) / (60 + 25 + 15) = 45
                Arguments.of("nps", "nps_promoters=60; nps_passives=25; nps_detractors=15", "45"),
                Arguments.of("csat", "csat_satisfied=42; csat_responses=50", "84"),                           // 4200/50
                Arguments.of("csat_mean", "csat_score_sum=205; csat_responses=50", "4.1"),
                // 100 x (50 - 20) / (50 + 20 + 30) = 30
                Arguments.of("net_sentiment", "mentions_positive=50; mentions_negative=20; mentions_neutral=30", "30"),
                Arguments.of("positive_sentiment_share",
                        "mentions_positive=50; mentions_negative=20; mentions_neutral=30", "0.5"),
                Arguments.of("positive_sentiment_share_excl_neutral", "mentions_positive=50; mentions_negative=20",
                        "5/7"),                                                                                 // 50/70
                // A.5 web
                Arguments.of("sessions", "sessions=1000", "1000"),
                Arguments.of("web_engagement_rate", "engaged_sessions=620; sessions=1000", "0.62"),
                Arguments.of("bounce_rate", "engaged_sessions=620; sessions=1000", "0.38"),   // 380/1000
                Arguments.of("bounce_rate_ua", "bounces=450; sessions=1000", "0.45"),
                Arguments.of("bounce_rate_per_entry", "bounces=450; entries=900", "0.5"),
                Arguments.of("avg_session_duration", "session_duration_s=150000; sessions=1000", "150"),
                Arguments.of("avg_engagement_time", "user_engagement_s=90000; active_users=600", "150"),
                Arguments.of("avg_engagement_time_per_session", "user_engagement_s=90000; sessions=1000", "90"),
                Arguments.of("engaged_sessions_per_user", "engaged_sessions=620; users=400", "1.55"),
                Arguments.of("web_conversion_rate", "conversions=25; sessions=1000", "0.025"),
                Arguments.of("web_session_conversion_rate", "sessions_with_conversion=20; sessions=1000", "0.02"),
                Arguments.of("social_media_conversion_rate", "conversions=25; link_clicks=500", "0.05"),
                Arguments.of("social_media_conversion_rate_by_reach", "conversions=25; reach=10000", "0.0025"),
                // A.6 email: 10,000 sent, 100 bounced
                Arguments.of("emails_delivered", "emails_sent=10000; emails_bounced=100", "9900"),
                Arguments.of("email_open_rate", "unique_opens=2475; emails_delivered=9900", "0.25"),
                Arguments.of("email_open_rate_per_sent", "opens=3000; emails_sent=10000", "0.3"),
                Arguments.of("email_click_rate", "unique_clicks=297; emails_delivered=9900", "0.03"),
                Arguments.of("click_to_open_rate", "unique_clicks=297; unique_opens=2475", "0.12"),
                Arguments.of("unsubscribe_rate", "unsubscribes=33; emails_delivered=9900", "1/300"),   // 33/9900
                Arguments.of("email_bounce_rate", "emails_bounced=100; emails_sent=10000", "0.01"),
                // A.7 paid media: EUR 120 spent, 4,000 impressions, 40 clicks
                Arguments.of("ctr", "ad_clicks=40; impressions=4000", "0.01"),
                Arguments.of("avg_cpc", "cost=120; ad_clicks=40", "EUR 3"),
                Arguments.of("cpm", "cost=120; impressions=4000", "EUR 30"),                          // 1000 x 120/4000
                Arguments.of("ads_conversion_rate", "conversions=8; ad_interactions=50", "0.16"),
                Arguments.of("cpa", "cost=120; conversions=8", "EUR 15"),
                Arguments.of("cpl", "cost=120; leads=12", "EUR 10"),
                Arguments.of("roas", "conversion_value=600; cost=120", "5"),
                // A.8 ROI: (7500 - 5000) x 100 / 5000 = 50
                Arguments.of("total_costs", "total_costs=5000", "EUR 5000"),
                Arguments.of("roi", "revenue_attributed=7500; total_costs=5000", "50"),
                Arguments.of("cac", "sales_marketing_costs=9000; new_customers=30", "EUR 300"),
                // A.9 care
                Arguments.of("response_rate", "replied_messages=45; inbound_messages=50", "0.9"),
                Arguments.of("avg_response_time", "first_reply_time_s=27000; replied_messages=45", "600"),
                Arguments.of("requests_per_rep", "requests_handled=300; reps=7.5", "40"));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("examples")
    void handComputedExample(String id, String inputs, String expected) {
        MetricValue value = StandardMetrics.catalog().require(id).evaluate(TestInputs.of(inputs));
        assertTrue(value.isDefined(), () -> id + " is undefined");
        if (expected.startsWith("EUR ")) {
            assertEquals(0, Money.of(new BigDecimal(expected.substring(4)), TestInputs.EUR)
                    .compareTo(value.money().orElseThrow()), () -> id + " = " + value);
            return;
        }
        BigDecimal want = expected.contains("/")
                ? new BigDecimal(expected.split("/", -1)[0]).divide(new BigDecimal(expected.split("/", -1)[1]),
                        MetricValue.CONTEXT)
                : new BigDecimal(expected);
        assertEquals(0, want.compareTo(value.value().orElseThrow()), () -> id + " = " + value + ", expected " + want);
    }

    @Test
    void everyStandardMetricHasAnExample() {
        Set<String> covered = examples().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        Set<String> all = StandardMetrics.all().stream().map(MetricDefinition::id).collect(Collectors.toSet());
        assertEquals(all, covered);
        assertTrue(all.size() >= 50, "about fifty standard metrics, was " + all.size());
    }

    @Test
    void catalogHasUniqueIdsDocumentedSourcesAndDeclaredUnits() {
        Set<String> ids = new HashSet<>();
        for (MetricDefinition m : StandardMetrics.all()) {
            assertTrue(ids.add(m.id()), m.id());
            assertFalse(m.info().source().isBlank(), () -> m.id() + " has no source");
            assertFalse(m.info().description().isBlank(), () -> m.id() + " has no description");
            assertFalse(m.inputs().isEmpty(), m.id());
        }
        assertEquals(Unit.MONEY, StandardMetrics.CPA.unit());
        assertEquals(Unit.SCORE, StandardMetrics.NPS.unit());
        assertEquals(Unit.DURATION, StandardMetrics.AVG_SESSION_DURATION.unit());
        assertEquals(Unit.RATIO, StandardMetrics.CTR.unit());
    }

    @Test
    void defaultEngagementRateIsByImpressions() {
        InputValues v = TestInputs.of("likes=7; comments=2; shares=1; impressions=400; reach=100");
        assertEquals(StandardMetrics.ENGAGEMENT_RATE_BY_IMPRESSIONS.evaluate(v),
                StandardMetrics.ENGAGEMENT_RATE.evaluate(v));
        assertEquals("likes + comments + shares", StandardMetrics.ENGAGEMENTS.formula());
    }

    @Test
    void engagementActionSetIsConfigurable() {
        MetricCatalog withSaves = StandardMetrics.catalog(List.of(StandardMeasures.LIKES, StandardMeasures.COMMENTS,
                StandardMeasures.SHARES, StandardMeasures.SAVES));
        InputValues v = TestInputs.of("likes=7; comments=2; shares=1; saves=10; impressions=400");
        // (7 + 2 + 1 + 10) / 400 = 0.05, while the default set gives 10/400 = 0.025
        assertEquals(0, new BigDecimal("0.05").compareTo(
                withSaves.require("engagement_rate").evaluate(v).value().orElseThrow()));
        assertEquals(0, new BigDecimal("0.025").compareTo(
                StandardMetrics.ENGAGEMENT_RATE.evaluate(v).value().orElseThrow()));
        assertEquals("likes + comments + shares + saves", withSaves.require("engagements").formula());
        assertThrows(IllegalArgumentException.class, () -> StandardMetrics.catalog(List.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StandardMetrics.catalog(List.of(StandardMeasures.COST)));
        assertTrue(e.getMessage().contains("cost"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> StandardMetrics.catalog(List.of(StandardMeasures.LIKES, StandardMeasures.LIKES)));
    }

    @Test
    void zeroDenominatorsAndMissingInputsAreUndefined() {
        assertFalse(StandardMetrics.CTR.evaluate(TestInputs.of("ad_clicks=0; impressions=0")).isDefined());
        assertFalse(StandardMetrics.CTR.evaluate(TestInputs.of("ad_clicks=5; impressions=0")).isDefined());
        assertFalse(StandardMetrics.CTR.evaluate(TestInputs.of("impressions=10")).isDefined());
        assertFalse(StandardMetrics.CPA.evaluate(TestInputs.of("cost=10; conversions=0")).isDefined());
        assertFalse(StandardMetrics.ROI.evaluate(TestInputs.of("revenue_attributed=10; total_costs=0")).isDefined());
        assertFalse(StandardMetrics.NPS.evaluate(
                TestInputs.of("nps_promoters=0; nps_passives=0; nps_detractors=0")).isDefined());
    }

    @Test
    void distinctCountMetricsSayTheyAreNotMergeable() {
        assertFalse(StandardMetrics.REACH.isMergeable());
        assertFalse(StandardMetrics.ENGAGEMENT_RATE_BY_REACH.isMergeable());
        assertFalse(StandardMetrics.AVG_ENGAGEMENT_TIME.isMergeable());
        assertTrue(StandardMetrics.ENGAGEMENT_RATE_BY_IMPRESSIONS.isMergeable());
        assertTrue(StandardMetrics.AVG_ENGAGEMENT_RATE_PER_POST.isMergeable());
    }
}
