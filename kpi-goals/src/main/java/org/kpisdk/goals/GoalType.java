package org.kpisdk.goals;

import static org.kpisdk.core.metric.StandardMetrics.AMPLIFICATION_RATE;
import static org.kpisdk.core.metric.StandardMetrics.APPLAUSE_RATE;
import static org.kpisdk.core.metric.StandardMetrics.AUDIENCE_GROWTH_RATE;
import static org.kpisdk.core.metric.StandardMetrics.AVG_CPC;
import static org.kpisdk.core.metric.StandardMetrics.AVG_RESPONSE_TIME;
import static org.kpisdk.core.metric.StandardMetrics.BOUNCE_RATE;
import static org.kpisdk.core.metric.StandardMetrics.BRAND_MENTIONS;
import static org.kpisdk.core.metric.StandardMetrics.CONVERSATION_RATE;
import static org.kpisdk.core.metric.StandardMetrics.CPL;
import static org.kpisdk.core.metric.StandardMetrics.CPM;
import static org.kpisdk.core.metric.StandardMetrics.CSAT;
import static org.kpisdk.core.metric.StandardMetrics.ENGAGEMENT_RATE;
import static org.kpisdk.core.metric.StandardMetrics.FOLLOWER_COUNT;
import static org.kpisdk.core.metric.StandardMetrics.IMPRESSIONS;
import static org.kpisdk.core.metric.StandardMetrics.NET_SENTIMENT;
import static org.kpisdk.core.metric.StandardMetrics.NPS;
import static org.kpisdk.core.metric.StandardMetrics.POST_REACH_RATE;
import static org.kpisdk.core.metric.StandardMetrics.REACH;
import static org.kpisdk.core.metric.StandardMetrics.REQUESTS_PER_REP;
import static org.kpisdk.core.metric.StandardMetrics.RESPONSE_RATE;
import static org.kpisdk.core.metric.StandardMetrics.SOCIAL_CTR;
import static org.kpisdk.core.metric.StandardMetrics.SOCIAL_MEDIA_CONVERSION_RATE;
import static org.kpisdk.core.metric.StandardMetrics.SOCIAL_SHARE_OF_VOICE;
import static org.kpisdk.core.metric.StandardMetrics.VIRALITY_RATE;
import static org.kpisdk.core.metric.StandardMetrics.WEB_CONVERSION_RATE;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.kpisdk.core.metric.MetricDefinition;

/**
 * The ten common types of social-media goal (Hootsuite's Social Media Barometer, seed 002 and DOMAIN Part 0), each
 * with the key metrics that measure it, so that a tool can suggest KPIs for an objective and check that a goal's
 * metric is relevant to it.
 *
 * <pre>{@code
 * GoalType.BRAND_AWARENESS.keyMetrics();            // [brand_mentions, reach, post_reach_rate, impressions, ...]
 * GoalType.BRAND_AWARENESS.recommends("reach");     // true
 * GoalType.COMMUNITY_ENGAGEMENT.recommends(StandardMetrics.ENGAGEMENT_RATE_BY_REACH);   // true: same family
 * GoalType.suggest("nps");                          // [BRAND_REPUTATION, COMMUNITY_ENGAGEMENT]
 * }</pre>
 *
 * <p>Key metrics are metrics of the standard catalog (DOMAIN Part A), and a type recommends every variant of their
 * {@linkplain org.kpisdk.core.metric.MetricInfo#family() family}: the seed's "engagement rate" is
 * {@code engagement_rate}, the catalog default, and {@code engagement_rate_by_reach} serves the objective as well.
 * The seed's "shares" and "post reach" map to
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
    BRAND_AWARENESS("Build brand awareness", BRAND_MENTIONS, REACH, POST_REACH_RATE, IMPRESSIONS, VIRALITY_RATE,
            AMPLIFICATION_RATE),
    /** Popularity and customer satisfaction (B2C), industry perception and thought leadership (B2B). */
    BRAND_REPUTATION("Manage brand reputation", CSAT, APPLAUSE_RATE, AMPLIFICATION_RATE, NET_SENTIMENT,
            SOCIAL_SHARE_OF_VOICE, NPS),
    /** An audience that wants to hear from the brand. */
    COMMUNITY_ENGAGEMENT("Build and manage an engaged community", AUDIENCE_GROWTH_RATE, ENGAGEMENT_RATE,
            AMPLIFICATION_RATE, APPLAUSE_RATE, SOCIAL_CTR, BOUNCE_RATE, CONVERSATION_RATE, NPS),
    /** Conversions (sign-ups, downloads) and sales; cost per click and CPM when running social ads. */
    CONVERSIONS_SALES("Increase conversions and sales", WEB_CONVERSION_RATE, SOCIAL_CTR, BOUNCE_RATE,
            SOCIAL_MEDIA_CONVERSION_RATE, AVG_CPC, CPM),
    /** Customer and market insight, measured by internal milestones rather than by metrics. */
    CUSTOMER_INSIGHT("Gain customer and market insight"),
    /** Leads brought in and nurtured. */
    LEAD_GENERATION("Identify and nurture leads", SOCIAL_MEDIA_CONVERSION_RATE, WEB_CONVERSION_RATE, CPL),
    /** Service and support delivered through social channels. */
    CUSTOMER_SERVICE("Deliver customer service and support", CSAT, REQUESTS_PER_REP, RESPONSE_RATE,
            AVG_RESPONSE_TIME),
    /** Candidates attracted (a form of conversion), followers and engagement on LinkedIn. */
    RECRUITING("Attract candidates", SOCIAL_MEDIA_CONVERSION_RATE, FOLLOWER_COUNT, ENGAGEMENT_RATE),
    /** Crises identified and communications managed; tied to reputation. */
    CRISIS_MANAGEMENT("Identify crises and manage communications", NET_SENTIMENT, BRAND_MENTIONS),
    /** Internal communication and employee advocacy. */
    INTERNAL_COMMUNICATION("Improve internal communications", ENGAGEMENT_RATE, AMPLIFICATION_RATE, SOCIAL_CTR,
            BOUNCE_RATE);

    private final String title;
    // List.of is unmodifiable and metric definitions are immutable by contract; Error Prone cannot tell either
    // from the declared types.
    @SuppressWarnings("ImmutableEnumChecker")
    private final List<MetricDefinition> keyMetrics;
    @SuppressWarnings("ImmutableEnumChecker")
    private final List<String> keyMetricIds;

    GoalType(String title, MetricDefinition... keyMetrics) {
        this.title = title;
        this.keyMetrics = List.of(keyMetrics);
        List<String> ids = new ArrayList<>();
        for (MetricDefinition m : keyMetrics) {
            ids.add(m.id());
        }
        this.keyMetricIds = List.copyOf(ids);
    }

    /** Returns the English title, such as {@code "Build brand awareness"}. */
    public String title() {
        return title;
    }

    /** Returns the ids of the key metrics of this goal type, most characteristic first; possibly empty. */
    public List<String> keyMetrics() {
        return keyMetricIds;
    }

    /** Returns the key metrics of this goal type, most characteristic first; possibly empty. */
    public List<MetricDefinition> keyMetricDefinitions() {
        return keyMetrics;
    }

    /**
     * Returns whether {@code metricId} is in the family of one of this type's key metrics; an id the standard
     * catalog lacks is its own family, so it is recommended only if listed.
     */
    public boolean recommends(String metricId) {
        return recommendsFamily(Identities.family(Objects.requireNonNull(metricId, "metricId")));
    }

    /** Returns whether {@code metric} is in the {@linkplain MetricDefinition#family() family} of a key metric. */
    public boolean recommends(MetricDefinition metric) {
        return recommendsFamily(Objects.requireNonNull(metric, "metric").family());
    }

    private boolean recommendsFamily(String family) {
        for (MetricDefinition m : keyMetrics) {
            if (m.family().equals(family)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the goal types that recommend {@code metricId} (by family), in declaration order. */
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

    /** Returns the goal types that recommend {@code metric} (by family), in declaration order. */
    public static List<GoalType> suggest(MetricDefinition metric) {
        Objects.requireNonNull(metric, "metric");
        List<GoalType> types = new ArrayList<>();
        for (GoalType t : values()) {
            if (t.recommends(metric)) {
                types.add(t);
            }
        }
        return List.copyOf(types);
    }
}
