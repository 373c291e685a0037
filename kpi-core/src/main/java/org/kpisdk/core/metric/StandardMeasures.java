package org.kpisdk.core.metric;

import java.util.List;
import java.util.Optional;

import org.kpisdk.core.value.Unit;

/**
 * The standard base measures of marketing data (DOMAIN A.1), with their units and additivity.
 *
 * <pre>{@code
 * BaseMeasure m = StandardMeasures.IMPRESSIONS;          // additive count
 * StandardMeasures.byId("followers").orElseThrow();      // a gauge: last value of each period
 * }</pre>
 *
 * <p>Money measures ({@code cost}, {@code conversion_value}, {@code revenue_attributed}, {@code total_costs},
 * {@code sales_marketing_costs}) are stored as micros in the currency each observation table declares.
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class StandardMeasures {
    /** Times content or an ad was displayed. */
    public static final BaseMeasure IMPRESSIONS = BaseMeasure.additive("impressions", Unit.COUNT);

    /** Unique accounts that saw content: a distinct count, exact only at the grain the platform reports. */
    public static final BaseMeasure REACH = BaseMeasure.distinct("reach");

    /** Audience size on a day: a gauge, reduced to its last value of a period by default. */
    public static final BaseMeasure FOLLOWERS = BaseMeasure.gauge("followers", Unit.COUNT, GaugeReduction.LAST);

    /** New followers in the period. */
    public static final BaseMeasure FOLLOWERS_GAINED = BaseMeasure.additive("followers_gained", Unit.COUNT);

    /** Followers lost in the period. */
    public static final BaseMeasure FOLLOWERS_LOST = BaseMeasure.additive("followers_lost", Unit.COUNT);

    /** Items published. */
    public static final BaseMeasure POSTS = BaseMeasure.additive("posts", Unit.COUNT);

    /** Likes, reactions or favourites. */
    public static final BaseMeasure LIKES = BaseMeasure.additive("likes", Unit.COUNT);

    /** Comments or replies. */
    public static final BaseMeasure COMMENTS = BaseMeasure.additive("comments", Unit.COUNT);

    /** Shares, retweets or repins. */
    public static final BaseMeasure SHARES = BaseMeasure.additive("shares", Unit.COUNT);

    /** Saves or bookmarks. */
    public static final BaseMeasure SAVES = BaseMeasure.additive("saves", Unit.COUNT);

    /**
     * Engagements as reported per post by the platform (its own sum of actions): the per-row numerator of the
     * mean-of-rates metric {@code avg_engagement_rate_per_post}, which cannot be built from summed actions.
     * Named apart from the metric {@code engagements}, the configured sum of actions.
     */
    public static final BaseMeasure ENGAGEMENTS_REPORTED = BaseMeasure.additive("engagements_reported", Unit.COUNT);

    /** Clicks on links in organic posts. */
    public static final BaseMeasure LINK_CLICKS = BaseMeasure.additive("link_clicks", Unit.COUNT);

    /** Video views. */
    public static final BaseMeasure VIDEO_VIEWS = BaseMeasure.additive("video_views", Unit.COUNT);

    /** Mentions of the brand, tagged and untagged. */
    public static final BaseMeasure MENTIONS_BRAND = BaseMeasure.additive("mentions_brand", Unit.COUNT);

    /** Mentions of the tracked competitors, all together. */
    public static final BaseMeasure MENTIONS_COMPETITOR = BaseMeasure.additive("mentions_competitor", Unit.COUNT);

    /** Mentions classified as positive. */
    public static final BaseMeasure MENTIONS_POSITIVE = BaseMeasure.additive("mentions_positive", Unit.COUNT);

    /** Mentions classified as negative. */
    public static final BaseMeasure MENTIONS_NEGATIVE = BaseMeasure.additive("mentions_negative", Unit.COUNT);

    /** Mentions classified as neutral. */
    public static final BaseMeasure MENTIONS_NEUTRAL = BaseMeasure.additive("mentions_neutral", Unit.COUNT);

    /** Web sessions (visits). */
    public static final BaseMeasure SESSIONS = BaseMeasure.additive("sessions", Unit.COUNT);

    /** GA4 engaged sessions: longer than 10 s, with a key event, or with two or more page views. */
    public static final BaseMeasure ENGAGED_SESSIONS = BaseMeasure.additive("engaged_sessions", Unit.COUNT);

    /** Universal Analytics bounces: single-page sessions with no interaction. */
    public static final BaseMeasure BOUNCES = BaseMeasure.additive("bounces", Unit.COUNT);

    /** Sessions that entered on the page or site (Adobe's bounce-rate denominator). */
    public static final BaseMeasure ENTRIES = BaseMeasure.additive("entries", Unit.COUNT);

    /** Total session duration, in seconds. */
    public static final BaseMeasure SESSION_DURATION_S = BaseMeasure.additive("session_duration_s", Unit.DURATION);

    /** Total foreground engagement time (GA4), in seconds. */
    public static final BaseMeasure USER_ENGAGEMENT_S = BaseMeasure.additive("user_engagement_s", Unit.DURATION);

    /** Distinct users: a distinct count. */
    public static final BaseMeasure USERS = BaseMeasure.distinct("users");

    /** Distinct active users (GA4): a distinct count. */
    public static final BaseMeasure ACTIVE_USERS = BaseMeasure.distinct("active_users");

    /** Conversions (GA4 key events); Google Ads may count more than one per interaction. */
    public static final BaseMeasure CONVERSIONS = BaseMeasure.additive("conversions", Unit.COUNT);

    /** Sessions with at least one conversion. */
    public static final BaseMeasure SESSIONS_WITH_CONVERSION =
            BaseMeasure.additive("sessions_with_conversion", Unit.COUNT);

    /** Leads generated. */
    public static final BaseMeasure LEADS = BaseMeasure.additive("leads", Unit.COUNT);

    /** Orders placed. */
    public static final BaseMeasure ORDERS = BaseMeasure.additive("orders", Unit.COUNT);

    /** Customers acquired in the period. */
    public static final BaseMeasure NEW_CUSTOMERS = BaseMeasure.additive("new_customers", Unit.COUNT);

    /** Clicks on ads. */
    public static final BaseMeasure AD_CLICKS = BaseMeasure.additive("ad_clicks", Unit.COUNT);

    /** Ad interactions (clicks, views, engagements by ad format). */
    public static final BaseMeasure AD_INTERACTIONS = BaseMeasure.additive("ad_interactions", Unit.COUNT);

    /** Media and campaign cost. */
    public static final BaseMeasure COST = BaseMeasure.additive("cost", Unit.MONEY);

    /** Value of conversions as reported by the ad platform. */
    public static final BaseMeasure CONVERSION_VALUE = BaseMeasure.additive("conversion_value", Unit.MONEY);

    /** Revenue attributed to marketing by an attribution model. */
    public static final BaseMeasure REVENUE_ATTRIBUTED = BaseMeasure.additive("revenue_attributed", Unit.MONEY);

    /** Emails sent. */
    public static final BaseMeasure EMAILS_SENT = BaseMeasure.additive("emails_sent", Unit.COUNT);

    /** Emails that bounced (hard and soft). */
    public static final BaseMeasure EMAILS_BOUNCED = BaseMeasure.additive("emails_bounced", Unit.COUNT);

    /** Emails delivered (sent minus bounced). */
    public static final BaseMeasure EMAILS_DELIVERED = BaseMeasure.additive("emails_delivered", Unit.COUNT);

    /** Recipients who opened, counted once per campaign. */
    public static final BaseMeasure UNIQUE_OPENS = BaseMeasure.additive("unique_opens", Unit.COUNT);

    /** Total opens. */
    public static final BaseMeasure OPENS = BaseMeasure.additive("opens", Unit.COUNT);

    /** Recipients who clicked, counted once per campaign. */
    public static final BaseMeasure UNIQUE_CLICKS = BaseMeasure.additive("unique_clicks", Unit.COUNT);

    /** Unsubscribes. */
    public static final BaseMeasure UNSUBSCRIBES = BaseMeasure.additive("unsubscribes", Unit.COUNT);

    /** Survey answers of 9 or 10 on the 0-10 scale. */
    public static final BaseMeasure NPS_PROMOTERS = BaseMeasure.additive("nps_promoters", Unit.COUNT);

    /** Survey answers of 7 or 8 on the 0-10 scale. */
    public static final BaseMeasure NPS_PASSIVES = BaseMeasure.additive("nps_passives", Unit.COUNT);

    /** Survey answers of 0 to 6 on the 0-10 scale. */
    public static final BaseMeasure NPS_DETRACTORS = BaseMeasure.additive("nps_detractors", Unit.COUNT);

    /** CSAT answers of 4 or 5 on the 1-5 scale. */
    public static final BaseMeasure CSAT_SATISFIED = BaseMeasure.additive("csat_satisfied", Unit.COUNT);

    /** CSAT answers. */
    public static final BaseMeasure CSAT_RESPONSES = BaseMeasure.additive("csat_responses", Unit.COUNT);

    /** Sum of CSAT scores on the 1-5 scale (for the mean-score variant). */
    public static final BaseMeasure CSAT_SCORE_SUM = BaseMeasure.additive("csat_score_sum", Unit.COUNT);

    /** Actionable inbound messages. */
    public static final BaseMeasure INBOUND_MESSAGES = BaseMeasure.additive("inbound_messages", Unit.COUNT);

    /** Inbound messages that got a reply. */
    public static final BaseMeasure REPLIED_MESSAGES = BaseMeasure.additive("replied_messages", Unit.COUNT);

    /** Sum over replied messages of the time to first reply, in seconds. */
    public static final BaseMeasure FIRST_REPLY_TIME_S = BaseMeasure.additive("first_reply_time_s", Unit.DURATION);

    /** Customer-care requests handled. */
    public static final BaseMeasure REQUESTS_HANDLED = BaseMeasure.additive("requests_handled", Unit.COUNT);

    /** Agents on duty (FTE): a gauge, averaged over a period by default. */
    public static final BaseMeasure REPS = BaseMeasure.gauge("reps", Unit.COUNT, GaugeReduction.AVERAGE);

    /** All costs of the effort: staff time, tools, ad spend, refunds, training... */
    public static final BaseMeasure TOTAL_COSTS = BaseMeasure.additive("total_costs", Unit.MONEY);

    /** Sales and marketing costs (the numerator of CAC). */
    public static final BaseMeasure SALES_MARKETING_COSTS = BaseMeasure.additive("sales_marketing_costs", Unit.MONEY);

    private static final List<BaseMeasure> ALL = List.of(
            IMPRESSIONS, REACH, FOLLOWERS, FOLLOWERS_GAINED, FOLLOWERS_LOST, POSTS, LIKES, COMMENTS, SHARES, SAVES,
            ENGAGEMENTS_REPORTED, LINK_CLICKS, VIDEO_VIEWS, MENTIONS_BRAND, MENTIONS_COMPETITOR, MENTIONS_POSITIVE,
            MENTIONS_NEGATIVE, MENTIONS_NEUTRAL, SESSIONS, ENGAGED_SESSIONS, BOUNCES, ENTRIES, SESSION_DURATION_S,
            USER_ENGAGEMENT_S, USERS, ACTIVE_USERS, CONVERSIONS, SESSIONS_WITH_CONVERSION, LEADS, ORDERS, NEW_CUSTOMERS,
            AD_CLICKS, AD_INTERACTIONS, COST, CONVERSION_VALUE, REVENUE_ATTRIBUTED, EMAILS_SENT, EMAILS_BOUNCED,
            EMAILS_DELIVERED, UNIQUE_OPENS, OPENS, UNIQUE_CLICKS, UNSUBSCRIBES, NPS_PROMOTERS, NPS_PASSIVES,
            NPS_DETRACTORS, CSAT_SATISFIED, CSAT_RESPONSES, CSAT_SCORE_SUM, INBOUND_MESSAGES, REPLIED_MESSAGES,
            FIRST_REPLY_TIME_S, REQUESTS_HANDLED, REPS, TOTAL_COSTS, SALES_MARKETING_COSTS);

    private StandardMeasures() {
    }

    /** Returns every standard measure, in declaration order. */
    public static List<BaseMeasure> all() {
        return ALL;
    }

    /** Returns the standard measure with the given id, or empty. */
    public static Optional<BaseMeasure> byId(String id) {
        java.util.Objects.requireNonNull(id, "id");
        return ALL.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
