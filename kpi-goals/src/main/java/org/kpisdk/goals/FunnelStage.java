package org.kpisdk.goals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The stages of the social-media funnel ("tunnel") that KPIs are grouped by: awareness, engagement, consideration,
 * conversion, loyalty and advocacy (DOMAIN Part D.6), plus {@link #UNASSIGNED} for a metric whose stage is unknown.
 *
 * <pre>{@code
 * FunnelStage.of("reach");                       // Optional[AWARENESS]
 * FunnelStage.of("cpa");                         // Optional[CONVERSION]
 * FunnelStage.AWARENESS.typicalMetrics();        // [reach, impressions, audience_growth_rate, ...]
 * }</pre>
 *
 * <p>The stage of each standard metric follows the typical KPIs per stage of the social funnel: awareness (reach,
 * impressions, audience growth, share of voice), engagement (engagement rate, amplification), consideration
 * (click-through rate, site visits, leads), conversion (conversion rate, cost per acquisition, revenue),
 * loyalty (retention, satisfaction, care) and advocacy (NPS, sentiment).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum FunnelStage {
    /** People learn that the brand exists. */
    AWARENESS("reach", "impressions", "audience_growth_rate", "social_share_of_voice", "follower_count",
            "post_reach_rate", "brand_mentions", "virality_rate"),
    /** People interact with the content. */
    ENGAGEMENT("engagement_rate_by_impressions", "engagement_rate_by_reach", "engagement_rate_by_followers",
            "daily_engagement_rate", "engagement_rate_by_views", "avg_engagement_rate_per_post", "amplification_rate",
            "amplification_per_post", "applause_rate", "conversation_rate", "comment_conversation_score",
            "cost_per_engagement", "web_engagement_rate"),
    /** People consider buying: they click, visit, read and leave their details. */
    CONSIDERATION("social_ctr", "ctr", "sessions", "bounce_rate", "bounce_rate_ua", "bounce_rate_per_entry",
            "avg_session_duration", "avg_engagement_time", "avg_engagement_time_per_session",
            "engaged_sessions_per_user", "email_open_rate", "email_open_rate_per_sent", "email_click_rate",
            "click_to_open_rate", "avg_cpc", "cpm", "cpl"),
    /** People act: they sign up or buy. */
    CONVERSION("web_conversion_rate", "social_media_conversion_rate", "ads_conversion_rate", "cpa", "cac", "roas",
            "roi", "value_of_actions", "total_costs"),
    /** Customers stay and are served well. */
    LOYALTY("csat", "csat_mean", "response_rate", "avg_response_time", "median_response_time", "requests_per_rep",
            "clv", "clv_margin", "ltv_to_cac", "unsubscribe_rate", "email_bounce_rate"),
    /** Customers recommend the brand. */
    ADVOCACY("nps", "net_sentiment", "positive_sentiment_share", "positive_sentiment_share_excl_neutral"),
    /** The metric's stage is not known; assign one explicitly. */
    UNASSIGNED;

    private static final Map<String, FunnelStage> BY_METRIC = new HashMap<>();

    static {
        for (FunnelStage stage : values()) {
            for (String id : stage.metrics) {
                FunnelStage previous = BY_METRIC.put(id, stage);
                if (previous != null) {
                    throw new AssertionError(id + " is listed at " + previous + " and " + stage);
                }
            }
        }
    }

    // List.of is unmodifiable; Error Prone cannot tell that from the declared List type.
    @SuppressWarnings("ImmutableEnumChecker")
    private final List<String> metrics;

    FunnelStage(String... metrics) {
        this.metrics = List.of(metrics);
    }

    /** Returns the ids of the standard metrics that belong to this stage, in catalog order. */
    public List<String> typicalMetrics() {
        return metrics;
    }

    /** Returns the stage of a standard metric id, or empty when the id is not one of them. */
    public static Optional<FunnelStage> of(String metricId) {
        Objects.requireNonNull(metricId, "metricId");
        return Optional.ofNullable(BY_METRIC.get(metricId));
    }
}
