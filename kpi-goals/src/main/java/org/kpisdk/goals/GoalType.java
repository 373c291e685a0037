package org.kpisdk.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ten common types of social-media goal (Hootsuite's Social Media Barometer, seed 002 and DOMAIN Part 0), each
 * with the key metrics that measure it, so that a tool can suggest KPIs for an objective and check that a goal's
 * metric is relevant to it.
 *
 * <pre>{@code
 * GoalType.BRAND_AWARENESS.keyMetrics();            // [brand_mentions, reach, post_reach_rate, impressions, ...]
 * GoalType.BRAND_AWARENESS.recommends("reach");     // true
 * GoalType.suggest("nps");                          // [BRAND_REPUTATION, COMMUNITY_ENGAGEMENT]
 * }</pre>
 *
 * <p>Key metrics are metric ids of the standard catalog (DOMAIN Part A). The seed's "shares" and "post reach" map to
 * {@code virality_rate}/{@code amplification_rate} and {@code reach}/{@code post_reach_rate}; its "comment
 * conversation score" has no published formula, so {@code conversation_rate} stands in. Two types have no metric
 * list in the seed: {@link #CUSTOMER_INSIGHT} is measured by internal milestones (such as updated buyer personas),
 * and {@link #CRISIS_MANAGEMENT} by concrete internal steps; the latter lists the reputation metrics it is tied to.
 * A goal that serves another objective leaves its type empty and states a justification instead.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum GoalType {
    /** How many people know the brand and understand what it offers. */
    BRAND_AWARENESS("Build brand awareness", "brand_mentions", "reach", "post_reach_rate", "impressions",
            "virality_rate", "amplification_rate"),
    /** Popularity and customer satisfaction (B2C), industry perception and thought leadership (B2B). */
    BRAND_REPUTATION("Manage brand reputation", "csat", "applause_rate", "amplification_rate", "net_sentiment",
            "social_share_of_voice", "nps"),
    /** An audience that wants to hear from the brand. */
    COMMUNITY_ENGAGEMENT("Build and manage an engaged community", "audience_growth_rate",
            "engagement_rate_by_impressions", "amplification_rate", "applause_rate", "social_ctr", "bounce_rate",
            "conversation_rate", "nps"),
    /** Conversions (sign-ups, downloads) and sales; cost per click and CPM when running social ads. */
    CONVERSIONS_SALES("Increase conversions and sales", "web_conversion_rate", "social_ctr", "bounce_rate",
            "social_media_conversion_rate", "avg_cpc", "cpm"),
    /** Customer and market insight, measured by internal milestones rather than by metrics. */
    CUSTOMER_INSIGHT("Gain customer and market insight"),
    /** Leads brought in and nurtured. */
    LEAD_GENERATION("Identify and nurture leads", "social_media_conversion_rate", "web_conversion_rate", "cpl"),
    /** Service and support delivered through social channels. */
    CUSTOMER_SERVICE("Deliver customer service and support", "csat", "requests_per_rep", "response_rate",
            "avg_response_time"),
    /** Candidates attracted (a form of conversion), followers and engagement on LinkedIn. */
    RECRUITING("Attract candidates", "social_media_conversion_rate", "follower_count",
            "engagement_rate_by_impressions"),
    /** Crises identified and communications managed; tied to reputation. */
    CRISIS_MANAGEMENT("Identify crises and manage communications", "net_sentiment", "brand_mentions"),
    /** Internal communication and employee advocacy. */
    INTERNAL_COMMUNICATION("Improve internal communications", "engagement_rate_by_impressions",
            "amplification_rate", "social_ctr", "bounce_rate");

    private final String title;
    // List.of is unmodifiable; Error Prone cannot tell that from the declared List type.
    @SuppressWarnings("ImmutableEnumChecker")
    private final List<String> keyMetrics;

    GoalType(String title, String... keyMetrics) {
        this.title = title;
        this.keyMetrics = List.of(keyMetrics);
    }

    /** Returns the English title, such as {@code "Build brand awareness"}. */
    public String title() {
        return title;
    }

    /** Returns the ids of the key metrics of this goal type, most characteristic first; possibly empty. */
    public List<String> keyMetrics() {
        return keyMetrics;
    }

    /** Returns whether {@code metricId} is one of this type's key metrics. */
    public boolean recommends(String metricId) {
        return keyMetrics.contains(Objects.requireNonNull(metricId, "metricId"));
    }

    /** Returns the goal types that list {@code metricId} as a key metric, in declaration order. */
    public static List<GoalType> suggest(String metricId) {
        Objects.requireNonNull(metricId, "metricId");
        List<GoalType> types = new ArrayList<>();
        for (GoalType t : values()) {
            if (t.recommends(metricId)) {
                types.add(t);
            }
        }
        return List.copyOf(types);
    }
}
