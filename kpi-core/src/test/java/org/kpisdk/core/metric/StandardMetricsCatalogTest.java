package org.kpisdk.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.value.Direction;
import org.kpisdk.core.value.Unit;

/**
 * Checks the metadata of every standard metric against its documentation: each row below is the id, name, formula,
 * unit, direction, range and source stated in the Javadoc of the matching {@link StandardMetrics} constant (which
 * follows DOMAIN Part A), typed in from that Javadoc, not read back from the catalog. The checks run on the shared
 * catalog and on a catalog freshly built by {@link StandardMetrics#catalog(List)}, so that a metric missing from a
 * newly built catalog is caught too.
 */
final class StandardMetricsCatalogTest {
    /**
     * Builds the catalog again in every test, not once in a static field: the shared catalog is built once per JVM,
     * so only a fresh build shows a change to the code that builds it (PIT swaps such changes into a running JVM).
     */
    private static MetricCatalog fresh() {
        return StandardMetrics.catalog(StandardMetrics.DEFAULT_ENGAGEMENT_ACTIONS);
    }

    static Stream<Arguments> documented() {
        return Stream.of(
                row("follower_count", "Follower count",
                        "followers",
                        Unit.COUNT, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Hootsuite; seed 'Fan base = N° di follower'"),
                row("net_new_followers", "Net new followers (follower growth)",
                        "followers_gained - followers_lost",
                        Unit.COUNT, Direction.HIGHER_IS_BETTER, "(-∞, ∞)",
                        "DOMAIN A.1; https://blog.hootsuite.com/social-media-metrics/"),
                row("audience_growth_rate", "Audience growth rate",
                        "net_new_followers / first(followers)",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[-1, ∞)",
                        "Hootsuite (net new ÷ total audience); start-of-period denominator:" +
                        " https://www.shno.co/startup-metrics/audience-growth-rate"),
                row("reach", "Reach",
                        "reach",
                        Unit.COUNT, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Hootsuite, Sprout Social"),
                row("post_reach_rate", "Post reach rate",
                        "reach / followers",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Hootsuite '19 metrics' (copy: https://allpaperwriters.com/?p=70554)"),
                row("impressions", "Impressions",
                        "impressions",
                        Unit.COUNT, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Hootsuite 2023 https://blog.hootsuite.com/social-media-metrics/"),
                row("brand_mentions", "Brand mentions",
                        "mentions_brand",
                        Unit.COUNT, Direction.NEUTRAL, "[0, ∞)",
                        "Hootsuite goals (seed 002); uberVU via Hootsuite"),
                row("social_share_of_voice", "Social share of voice",
                        "mentions_brand / (mentions_brand + mentions_competitor)",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, 1]",
                        "Hootsuite; https://shno.co/startup-metrics/social-share-of-voice"),
                row("virality_rate", "Virality rate",
                        "shares / impressions",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, 1]",
                        "Hootsuite; https://socialk.it/en/blog/virality-rate-and-amplification-explained"),
                row("amplification_rate", "Amplification rate",
                        "shares / followers",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Hootsuite, coined by Kaushik (https://academy.hsmai.org/glossary/amplification-rate/)"),
                row("amplification_per_post", "Amplification per post (Kaushik)",
                        "shares / posts",
                        Unit.PER_UNIT, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Kaushik https://www.kaushik.net/avinash/best-social-media-metrics-conversation-amplifica" +
                        "tion-applause-economic-value/"),
                row("engagements", "Engagements",
                        "likes + comments + shares",
                        Unit.COUNT, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Hootsuite https://blog.hootsuite.com/calculate-engagement-rate/ ; DOMAIN A.10"),
                row("engagement_rate", "Engagement rate",
                        "engagements / impressions",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, 1]",
                        "DOMAIN A.10; Sprout Social default 'engagement rate per impression'"),
                row("engagement_rate_by_impressions", "Engagement rate by impressions",
                        "engagements / impressions",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, 1]",
                        "Sprout Social; Hootsuite 'ER impressions'; LinkedIn and Twitter analytics"),
                row("engagement_rate_by_reach", "Engagement rate by reach (ERR)",
                        "engagements / reach",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Hootsuite 'the most common way' https://blog.hootsuite.com/calculate-engagement-rate/"),
                row("engagement_rate_by_followers", "Engagement rate by followers",
                        "engagements / followers",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Hootsuite (ER post);" +
                        " https://brain.napoleoncat.com/en/articles/1096078-what-is-engagement-rate-or-er"),
                row("daily_engagement_rate", "Daily engagement rate",
                        "engagements / sum_over_time(followers)",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Hootsuite (summary: https://it-benchmarking-journal.com/2019/05/how-good-is-your-social-" +
                        "media-engagement-rate-6-ways-to-find-out/)"),
                row("engagement_rate_by_views", "Engagement rate by views (video)",
                        "engagements / video_views",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Hootsuite (copy: https://buildmyplays.com/calculate-the-engagement-rate-2-2/)"),
                row("avg_engagement_rate_per_post", "Average engagement rate per post (mean of rates)",
                        "mean_of_rates(engagements_reported, reach)",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Hootsuite 'Average ERR = Total ERR / Total posts'"),
                row("applause_rate", "Applause rate",
                        "likes / followers",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Hootsuite (copy: https://hsmaiacademy.org/glossary/applause-rate/)"),
                row("applause_per_post", "Applause per post (Kaushik)",
                        "likes / posts",
                        Unit.PER_UNIT, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Kaushik (per-post variant)"),
                row("conversation_rate", "Conversation rate",
                        "comments / followers",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Kaushik, normalised by followers:" +
                        " https://blog.interactiveschools.com/blog/social-metrics-conversation-rate"),
                row("conversation_per_post", "Conversation per post (Kaushik)",
                        "comments / posts",
                        Unit.PER_UNIT, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Kaushik https://www.kaushik.net/avinash/best-social-media-metrics-conversation-amplifica" +
                        "tion-applause-economic-value/"),
                row("social_ctr", "Click-through rate (post)",
                        "link_clicks / impressions",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, 1]",
                        "Hootsuite-format steps" +
                        " (https://teamcowboykeith.com/blockchain/how-does-social-media-measure-share-of-voice.ht" +
                        "ml)"),
                row("cost_per_engagement", "Cost per engagement (CPE)",
                        "cost / engagements",
                        Unit.MONEY, Direction.LOWER_IS_BETTER, "[0, ∞)",
                        "https://support.grin.co/en/articles/2362662-how-do-i-calculate-cost-per-engagement"),
                row("nps", "Net Promoter Score",
                        "100 * (nps_promoters - nps_detractors) / (nps_promoters + nps_passives + nps_detractors)",
                        Unit.SCORE, Direction.HIGHER_IS_BETTER, "[-100, 100]",
                        "Bain https://nps.bain.com/about/measuring-your-net-promoter-score/"),
                row("csat", "Customer satisfaction (top-2-box)",
                        "100 * csat_satisfied / csat_responses",
                        Unit.PERCENT, Direction.HIGHER_IS_BETTER, "[0, 100]",
                        "https://help.delighted.com/article/240-how-is-csat-calculated"),
                row("csat_mean", "CSAT mean score",
                        "csat_score_sum / csat_responses",
                        Unit.SCORE, Direction.HIGHER_IS_BETTER, "[1, 5]",
                        "https://www.mindmesh.com/glossary/what-is-customer-satisfaction-score"),
                row("net_sentiment", "Net sentiment score",
                        "100 * (mentions_positive - mentions_negative) / (mentions_positive + mentions_negative" +
                        " + mentions_neutral)",
                        Unit.SCORE, Direction.HIGHER_IS_BETTER, "[-100, 100]",
                        "https://help.blackboxintelligence.com/hc/en-us/articles/360003715274 ;" +
                        " https://help.symanto.com/knowledge/what-is-net-sentiment"),
                row("positive_sentiment_share", "Positive sentiment share",
                        "mentions_positive / (mentions_positive + mentions_negative + mentions_neutral)",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, 1]",
                        "Black Box Intelligence (above)"),
                row("positive_sentiment_share_excl_neutral", "Positive sentiment share (opinionated only)",
                        "mentions_positive / (mentions_positive + mentions_negative)",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, 1]",
                        "Keyhole http://help.keyhole.co/en/articles/3137129-does-keyhole-provide-sentiment-analys" +
                        "is"),
                row("sessions", "Sessions",
                        "sessions",
                        Unit.COUNT, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "https://support.google.com/analytics/answer/12798876"),
                row("web_engagement_rate", "Engagement rate (GA4)",
                        "engaged_sessions / sessions",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, 1]",
                        "https://support.google.com/analytics/answer/11109416"),
                row("bounce_rate", "Bounce rate (GA4)",
                        "(sessions - engaged_sessions) / sessions",
                        Unit.RATIO, Direction.LOWER_IS_BETTER, "[0, 1]",
                        "GA4 via https://nickbaker.digital/blog/google-analytics-4-engagement-rate"),
                row("bounce_rate_ua", "Bounce rate (Universal Analytics)",
                        "bounces / sessions",
                        Unit.RATIO, Direction.LOWER_IS_BETTER, "[0, 1]",
                        "UA definition quoted at https://webmarketingworkshop.com.au/?p=2001"),
                row("bounce_rate_per_entry", "Bounce rate (Adobe)",
                        "bounces / entries",
                        Unit.RATIO, Direction.LOWER_IS_BETTER, "[0, 1]",
                        "https://marketing.adobe.com/resources/help/en_US/reference/metrics_bounce_rate.html"),
                row("avg_session_duration", "Average session duration",
                        "session_duration_s / sessions",
                        Unit.DURATION, Direction.NEUTRAL, "[0, ∞)",
                        "UA export pattern https://gist.github.com/jhnvdw/3d70ea00d2514f227356c62a154b4bd4"),
                row("avg_engagement_time", "Average engagement time (GA4)",
                        "user_engagement_s / active_users",
                        Unit.DURATION, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "https://support.google.com/analytics/answer/11109416"),
                row("avg_engagement_time_per_session", "Average engagement time per session",
                        "user_engagement_s / sessions",
                        Unit.DURATION, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "GA4 (derived; https://support.google.com/analytics/answer/11109416)"),
                row("engaged_sessions_per_user", "Engaged sessions per user",
                        "engaged_sessions / users",
                        Unit.PER_UNIT, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "https://support.google.com/analytics/answer/11109416"),
                row("web_conversion_rate", "Conversion rate (site)",
                        "conversions / sessions",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "seed 003; https://mnz.keyhole.co/blog/how-do-i-calculate-social-media-conversions"),
                row("web_session_conversion_rate", "Session conversion rate (GA4)",
                        "sessions_with_conversion / sessions",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, 1]",
                        "GA4 session-scoped variant"),
                row("social_media_conversion_rate", "Social media conversion rate",
                        "conversions / link_clicks",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "https://supedia.io/glossary/social-media/conversion-rate"),
                row("social_media_conversion_rate_by_reach", "Social media conversion rate by reach",
                        "conversions / reach",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Sprout Social via https://ukdatabase.store/viewtopic.php?p=6220"),
                row("emails_delivered", "Emails delivered",
                        "emails_sent - emails_bounced",
                        Unit.COUNT, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "https://costcalculator.calculator.city/?p=47197"),
                row("email_open_rate", "Open rate",
                        "unique_opens / emails_delivered",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, 1]",
                        "Mailchimp https://mailchimp.com/help/about-open-tracking"),
                row("email_open_rate_per_sent", "Open rate per sent (legacy)",
                        "opens / emails_sent",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "https://www.getresponse.com/help/glossary/open-rate.html"),
                row("email_click_rate", "Click rate",
                        "unique_clicks / emails_delivered",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, 1]",
                        "Mailchimp; https://help.rasa.io/opens-clicks-report"),
                row("click_to_open_rate", "Click-to-open rate (CTOR)",
                        "unique_clicks / unique_opens",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, 1]",
                        "https://www.campaignmonitor.com/resources/glossary/click-to-open-rate-ctor/"),
                row("unsubscribe_rate", "Unsubscribe rate",
                        "unsubscribes / emails_delivered",
                        Unit.RATIO, Direction.LOWER_IS_BETTER, "[0, 1]",
                        "https://bettermerge.com/glossary/unsubscribe-rate"),
                row("email_bounce_rate", "Email bounce rate",
                        "emails_bounced / emails_sent",
                        Unit.RATIO, Direction.LOWER_IS_BETTER, "[0, 1]",
                        "Mailchimp benchmarks https://mailchimp.com/resources/email-marketing-benchmarks/"),
                row("ctr", "Click-through rate",
                        "ad_clicks / impressions",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, 1]",
                        "https://support.google.com/adsense/answer/32720"),
                row("avg_cpc", "Average cost per click",
                        "cost / ad_clicks",
                        Unit.MONEY, Direction.LOWER_IS_BETTER, "[0, ∞)",
                        "https://support.google.com/adwords/answer/14074"),
                row("cpm", "Cost per mille",
                        "1000 * cost / impressions",
                        Unit.MONEY, Direction.LOWER_IS_BETTER, "[0, ∞)",
                        "https://raptor-dmt.com/ppc/average-cpm/"),
                row("ads_conversion_rate", "Conversion rate (ads)",
                        "conversions / ad_interactions",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Google Ads help 2684489"),
                row("cpa", "Cost per acquisition",
                        "cost / conversions",
                        Unit.MONEY, Direction.LOWER_IS_BETTER, "[0, ∞)",
                        "https://kpitree.co/integrations/google-ads/cost-per-acquisition"),
                row("cpl", "Cost per lead",
                        "cost / leads",
                        Unit.MONEY, Direction.LOWER_IS_BETTER, "[0, ∞)",
                        "same pattern as CPA"),
                row("roas", "Return on ad spend",
                        "conversion_value / cost",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "https://support.google.com/sa360/answer/6268637"),
                row("total_costs", "Total costs",
                        "total_costs",
                        Unit.MONEY, Direction.LOWER_IS_BETTER, "[0, ∞)",
                        "seed 004 https://martech.zone/social-media-roi/"),
                row("roi", "Return on investment",
                        "(revenue_attributed - total_costs) * 100 / total_costs",
                        Unit.PERCENT, Direction.HIGHER_IS_BETTER, "[-100, ∞)",
                        "MDG four-step method, https://martech.zone/social-media-roi/"),
                row("cac", "Customer acquisition cost",
                        "sales_marketing_costs / new_customers",
                        Unit.MONEY, Direction.LOWER_IS_BETTER, "[0, ∞)",
                        "HubSpot via https://kpitree.co/integrations/hubspot/customer-acquisition-cost"),
                row("response_rate", "Response rate",
                        "replied_messages / inbound_messages",
                        Unit.RATIO, Direction.HIGHER_IS_BETTER, "[0, 1]",
                        "https://sproutsocial.com/insights/social-customer-care-metrics/"),
                row("avg_response_time", "Average first reply time",
                        "first_reply_time_s / replied_messages",
                        Unit.DURATION, Direction.LOWER_IS_BETTER, "[0, ∞)",
                        "Sprout Team Report https://support.sproutsocial.com/hc/en-us/articles/208762436-Team-Rep" +
                        "ort"),
                row("requests_per_rep", "Requests handled per rep",
                        "requests_handled / reps",
                        Unit.PER_UNIT, Direction.HIGHER_IS_BETTER, "[0, ∞)",
                        "Hootsuite goals article (seed 002)"));
    }

    private static Arguments row(String id, String name, String formula, Unit unit, Direction direction, String range,
            String source) {
        return Arguments.of(id, name, formula, unit, direction, range, source);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documented")
    void sharedCatalogMatchesTheJavadoc(String id, String name, String formula, Unit unit, Direction direction,
            String range, String source) {
        assertDocumented(StandardMetrics.catalog(), id, name, formula, unit, direction, range, source);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documented")
    void freshlyBuiltCatalogMatchesTheJavadoc(String id, String name, String formula, Unit unit, Direction direction,
            String range, String source) {
        assertDocumented(fresh(), id, name, formula, unit, direction, range, source);
    }

    private static void assertDocumented(MetricCatalog catalog, String id, String name, String formula, Unit unit,
            Direction direction, String range, String source) {
        MetricDefinition m = catalog.require(id);
        MetricInfo info = m.info();
        assertEquals(id, info.id());
        assertEquals(name, info.name(), id);
        assertEquals(formula, m.formula(), id);
        assertEquals(unit, info.unit(), id);
        assertEquals(direction, info.direction(), id);
        assertEquals(range, info.range().toString(), id);
        assertEquals(source, info.source(), id);
        assertTrue(!info.description().isBlank(), id);
    }

    @Test
    void bothCatalogsHoldExactlyTheDocumentedMetricsInDocumentedOrder() {
        List<String> documented = documented().map(a -> (String) a.get()[0]).toList();
        assertEquals(64, documented.size(), "64 constants are documented in StandardMetrics");
        assertEquals(documented, StandardMetrics.all().stream().map(MetricDefinition::id).toList());
        assertEquals(documented, fresh().metrics().stream().map(MetricDefinition::id).toList());
    }

    /** The hand-computed examples of {@link StandardMetricsTest} give the same values on a freshly built catalog. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("org.kpisdk.core.metric.StandardMetricsTest#examples")
    void freshlyBuiltCatalogEvaluatesLikeTheSharedOne(String id, String inputs, String expected) {
        InputValues values = TestInputs.of(inputs);
        MetricValue shared = StandardMetrics.catalog().require(id).evaluate(values);
        assertTrue(shared.isDefined(), () -> id + " expected " + expected);
        assertEquals(shared, fresh().require(id).evaluate(values), id);
    }

    @Test
    void emptyActionListIsRefusedWithItsRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StandardMetrics.catalog(List.of()));
        assertEquals("engagement actions must not be empty, was []", e.getMessage());
    }
}
