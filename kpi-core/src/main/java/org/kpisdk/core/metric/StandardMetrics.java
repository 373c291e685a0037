package org.kpisdk.core.metric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Direction;
import org.kpisdk.core.value.Unit;

/**
 * The catalog of standard marketing KPIs (social awareness and engagement, reputation, web, email, paid media, ROI,
 * customer care), each with its formula, unit, direction, valid range and source; where sources disagree the
 * default follows DOMAIN A.10 and the other variants are separate, named metrics.
 *
 * <pre>{@code
 * MetricValue ctr = StandardMetrics.CTR.evaluate(values);        // ad_clicks / impressions
 * StandardMetrics.catalog().require("engagement_rate_by_reach");
 * MetricCatalog withSaves = StandardMetrics.catalog(List.of(LIKES, COMMENTS, SHARES, SAVES));
 * }</pre>
 *
 * <p>Every metric is an expression over {@link StandardMeasures}; its {@link MetricDefinition#formula()} prints
 * the formula. {@code engagements} is the configured sum of engagement actions (by default
 * {@code likes + comments + shares}); {@link #catalog(List)} builds the catalog for another action set, and every
 * engagement-based metric of that catalog follows it. Metrics over reach, users or active users read a distinct
 * count and are not mergeable from sums ({@link MetricDefinition#isMergeable()} is false).
 *
 * <p>Not included: CLV, LTV:CAC, CAC payback and value of actions need parameters that are not base measures
 * (lifespan, margin, value per action) and belong to {@code org.kpisdk.core.roi}; the median reply time needs
 * raw values; DOMAIN finds no published formula for the comment conversation score.
 *
 * <p>Every metric names its {@linkplain MetricInfo#family() family} (the variants of one KPI share one, such as
 * {@code engagement_rate}, {@code engagement_rate_by_reach} and {@code daily_engagement_rate}; DOMAIN A.10) and
 * its {@linkplain FunnelStage funnel stage} (DOMAIN D.6); none is {@link FunnelStage#UNASSIGNED}.
 *
 * <p>Values of percent and score metrics (NPS, CSAT, net sentiment, ROI) include the factor 100 of their
 * published formula; ratios are plain fractions (0.01 is 1%); the averages per thing (shares, likes and comments
 * per post, engaged sessions per user, requests per rep) are {@link Unit#PER_UNIT}, plain numbers.
 *
 * <p>A static utility: stateless and thread-safe; the catalog it returns is immutable.
 */
public final class StandardMetrics {
    /** The default engagement actions: likes, comments and shares (DOMAIN A.10). */
    public static final List<BaseMeasure> DEFAULT_ENGAGEMENT_ACTIONS = List.of(StandardMeasures.LIKES,
            StandardMeasures.COMMENTS, StandardMeasures.SHARES);

    private static final String SOURCE = "StandardMetrics";

    /**
     * The funnel stage of each standard metric, after the typical KPIs per stage of the social funnel (DOMAIN D.6):
     * awareness (reach, impressions, audience growth, share of voice), engagement (engagement rate,
     * amplification), consideration (click-through rate, site visits, leads), conversion (conversion rate, cost per
     * acquisition, revenue), loyalty (retention, satisfaction, care) and advocacy (NPS, sentiment).
     */
    private static final Map<String, FunnelStage> STAGES = stages(
            FunnelStage.AWARENESS, "follower_count net_new_followers audience_growth_rate reach post_reach_rate "
                    + "impressions brand_mentions social_share_of_voice virality_rate emails_delivered",
            FunnelStage.ENGAGEMENT, "amplification_rate amplification_per_post engagements engagement_rate "
                    + "engagement_rate_by_impressions engagement_rate_by_reach engagement_rate_by_followers "
                    + "daily_engagement_rate engagement_rate_by_views avg_engagement_rate_per_post applause_rate "
                    + "applause_per_post conversation_rate conversation_per_post cost_per_engagement "
                    + "web_engagement_rate",
            FunnelStage.CONSIDERATION, "social_ctr sessions bounce_rate bounce_rate_ua bounce_rate_per_entry "
                    + "avg_session_duration avg_engagement_time avg_engagement_time_per_session "
                    + "engaged_sessions_per_user email_open_rate email_open_rate_per_sent email_click_rate "
                    + "click_to_open_rate ctr avg_cpc cpm cpl",
            FunnelStage.CONVERSION, "web_conversion_rate web_session_conversion_rate social_media_conversion_rate "
                    + "social_media_conversion_rate_by_reach ads_conversion_rate cpa roas total_costs roi cac",
            FunnelStage.LOYALTY, "csat csat_mean unsubscribe_rate email_bounce_rate response_rate avg_response_time "
                    + "requests_per_rep",
            FunnelStage.ADVOCACY, "nps net_sentiment positive_sentiment_share positive_sentiment_share_excl_neutral");

    /**
     * The variants of one KPI (DOMAIN A.10), family id first (the default variant); a metric listed nowhere is its
     * own family. Conversion rates of different funnels (site, social, ads) are separate KPIs, as A.10 says.
     */
    private static final Map<String, String> FAMILIES = families(
            "engagement_rate engagement_rate_by_impressions engagement_rate_by_reach engagement_rate_by_followers "
                    + "daily_engagement_rate engagement_rate_by_views avg_engagement_rate_per_post",
            "amplification_rate amplification_per_post",
            "applause_rate applause_per_post",
            "conversation_rate conversation_per_post",
            "net_sentiment positive_sentiment_share positive_sentiment_share_excl_neutral",
            "bounce_rate bounce_rate_ua bounce_rate_per_entry",
            "avg_engagement_time avg_engagement_time_per_session",
            "web_conversion_rate web_session_conversion_rate",
            "social_media_conversion_rate social_media_conversion_rate_by_reach",
            "email_open_rate email_open_rate_per_sent",
            "csat csat_mean");

    private static final MetricCatalog CATALOG = catalog(DEFAULT_ENGAGEMENT_ACTIONS);

    /**
     * Follower count: Audience size at period end (the last daily value), summed across channels.
     *
     * <p>Id {@code follower_count}; formula <code>followers</code>; unit COUNT; direction HIGHER_IS_BETTER; range
     * [0, ∞). Source: Hootsuite; seed 'Fan base = N° di follower'.
     */
    public static final MetricDefinition FOLLOWER_COUNT = CATALOG.require("follower_count");

    /**
     * Net new followers (follower growth): Followers gained minus followers lost in the period.
     *
     * <p>Id {@code net_new_followers}; formula <code>followers_gained - followers_lost</code>; unit COUNT;
     * direction HIGHER_IS_BETTER; range (-∞, ∞). Source: DOMAIN A.1;
     * https://blog.hootsuite.com/social-media-metrics/.
     */
    public static final MetricDefinition NET_NEW_FOLLOWERS = CATALOG.require("net_new_followers");

    /**
     * Audience growth rate: Net new followers over followers at period start; undefined when the start is 0.
     *
     * <p>Id {@code audience_growth_rate}; formula <code>net_new_followers / first(followers)</code>; unit RATIO;
     * direction HIGHER_IS_BETTER; range [-1, ∞). Source: Hootsuite (net new ÷ total audience); start-of-period
     * denominator: https://www.shno.co/startup-metrics/audience-growth-rate.
     */
    public static final MetricDefinition AUDIENCE_GROWTH_RATE = CATALOG.require("audience_growth_rate");

    /**
     * Reach: Unique accounts that saw content, as reported: a distinct count, not mergeable from sums.
     *
     * <p>Id {@code reach}; formula <code>reach</code>; unit COUNT; direction HIGHER_IS_BETTER; range [0, ∞).
     * Source: Hootsuite, Sprout Social.
     */
    public static final MetricDefinition REACH = CATALOG.require("reach");

    /**
     * Post reach rate: Reach over followers; can exceed 100%. Not mergeable (reach is a distinct count).
     *
     * <p>Id {@code post_reach_rate}; formula <code>reach / followers</code>; unit RATIO; direction
     * HIGHER_IS_BETTER; range [0, ∞). Source: Hootsuite '19 metrics' (copy:
     * https://allpaperwriters.com/?p=70554).
     */
    public static final MetricDefinition POST_REACH_RATE = CATALOG.require("post_reach_rate");

    /**
     * Impressions: Times content was displayed.
     *
     * <p>Id {@code impressions}; formula <code>impressions</code>; unit COUNT; direction HIGHER_IS_BETTER; range
     * [0, ∞). Source: Hootsuite 2023 https://blog.hootsuite.com/social-media-metrics/.
     */
    public static final MetricDefinition IMPRESSIONS = CATALOG.require("impressions");

    /**
     * Brand mentions: Tagged and untagged mentions of the brand.
     *
     * <p>Id {@code brand_mentions}; formula <code>mentions_brand</code>; unit COUNT; direction NEUTRAL; range [0,
     * ∞). Source: Hootsuite goals (seed 002); uberVU via Hootsuite.
     */
    public static final MetricDefinition BRAND_MENTIONS = CATALOG.require("brand_mentions");

    /**
     * Social share of voice: Brand mentions over all mentions of the brand and its tracked competitors.
     *
     * <p>Id {@code social_share_of_voice}; formula <code>mentions_brand / (mentions_brand +
     * mentions_competitor)</code>; unit RATIO; direction HIGHER_IS_BETTER; range [0, 1]. Source: Hootsuite;
     * https://shno.co/startup-metrics/social-share-of-voice.
     */
    public static final MetricDefinition SOCIAL_SHARE_OF_VOICE = CATALOG.require("social_share_of_voice");

    /**
     * Virality rate: Shares per impression (default denominator: impressions, which are additive).
     *
     * <p>Id {@code virality_rate}; formula <code>shares / impressions</code>; unit RATIO; direction
     * HIGHER_IS_BETTER; range [0, 1]. Source: Hootsuite;
     * https://socialk.it/en/blog/virality-rate-and-amplification-explained.
     */
    public static final MetricDefinition VIRALITY_RATE = CATALOG.require("virality_rate");

    /**
     * Amplification rate: Shares per follower.
     *
     * <p>Id {@code amplification_rate}; formula <code>shares / followers</code>; unit RATIO; direction
     * HIGHER_IS_BETTER; range [0, ∞). Source: Hootsuite, coined by Kaushik
     * (https://academy.hsmai.org/glossary/amplification-rate/).
     */
    public static final MetricDefinition AMPLIFICATION_RATE = CATALOG.require("amplification_rate");

    /**
     * Amplification per post (Kaushik): Shares per post.
     *
     * <p>Id {@code amplification_per_post}; formula <code>shares / posts</code>; unit PER_UNIT; direction
     * HIGHER_IS_BETTER; range [0, ∞). Source: Kaushik
     * https://www.kaushik.net/avinash/best-social-media-metrics-conversation-amplification-applause-economic-value/.
     */
    public static final MetricDefinition AMPLIFICATION_PER_POST = CATALOG.require("amplification_per_post");

    /**
     * Engagements: The configured sum of engagement actions; default likes + comments + shares (see
     * catalog(List)).
     *
     * <p>Id {@code engagements}; formula <code>likes + comments + shares</code>; unit COUNT; direction
     * HIGHER_IS_BETTER; range [0, ∞). Source: Hootsuite https://blog.hootsuite.com/calculate-engagement-rate/ ;
     * DOMAIN A.10.
     */
    public static final MetricDefinition ENGAGEMENTS = CATALOG.require("engagements");

    /**
     * Engagement rate: The default engagement rate: by impressions, exact at every grain because impressions are
     * additive.
     *
     * <p>Id {@code engagement_rate}; formula <code>engagements / impressions</code>; unit RATIO; direction
     * HIGHER_IS_BETTER; range [0, 1]. Source: DOMAIN A.10; Sprout Social default 'engagement rate per
     * impression'.
     */
    public static final MetricDefinition ENGAGEMENT_RATE = CATALOG.require("engagement_rate");

    /**
     * Engagement rate by impressions: Engagements per impression.
     *
     * <p>Id {@code engagement_rate_by_impressions}; formula <code>engagements / impressions</code>; unit RATIO;
     * direction HIGHER_IS_BETTER; range [0, 1]. Source: Sprout Social; Hootsuite 'ER impressions'; LinkedIn and
     * Twitter analytics.
     */
    public static final MetricDefinition ENGAGEMENT_RATE_BY_IMPRESSIONS = 
            CATALOG.require("engagement_rate_by_impressions");

    /**
     * Engagement rate by reach (ERR): Engagements per account reached; not mergeable (reach is a distinct
     * count).
     *
     * <p>Id {@code engagement_rate_by_reach}; formula <code>engagements / reach</code>; unit RATIO; direction
     * HIGHER_IS_BETTER; range [0, ∞). Source: Hootsuite 'the most common way'
     * https://blog.hootsuite.com/calculate-engagement-rate/.
     */
    public static final MetricDefinition ENGAGEMENT_RATE_BY_REACH = CATALOG.require("engagement_rate_by_reach");

    /**
     * Engagement rate by followers: Engagements per follower (followers at period end).
     *
     * <p>Id {@code engagement_rate_by_followers}; formula <code>engagements / followers</code>; unit RATIO;
     * direction HIGHER_IS_BETTER; range [0, ∞). Source: Hootsuite (ER post);
     * https://brain.napoleoncat.com/en/articles/1096078-what-is-engagement-rate-or-er.
     */
    public static final MetricDefinition ENGAGEMENT_RATE_BY_FOLLOWERS = CATALOG.require("engagement_rate_by_followers");

    /**
     * Daily engagement rate: Engagements over follower-days (days × followers).
     *
     * <p>Id {@code daily_engagement_rate}; formula <code>engagements / sum_over_time(followers)</code>; unit RATIO;
     * direction HIGHER_IS_BETTER; range [0, ∞). Source: Hootsuite (summary:
     * https://it-benchmarking-journal.com/2019/05/how-good-is-your-social-media-engagement-rate-6-ways-to-find-out/).
     */
    public static final MetricDefinition DAILY_ENGAGEMENT_RATE = CATALOG.require("daily_engagement_rate");

    /**
     * Engagement rate by views (video): Engagements per video view.
     *
     * <p>Id {@code engagement_rate_by_views}; formula <code>engagements / video_views</code>; unit RATIO; direction
     * HIGHER_IS_BETTER; range [0, ∞). Source: Hootsuite (copy:
     * https://buildmyplays.com/calculate-the-engagement-rate-2-2/).
     */
    public static final MetricDefinition ENGAGEMENT_RATE_BY_VIEWS = CATALOG.require("engagement_rate_by_views");

    /**
     * Average engagement rate per post (mean of rates): The mean over posts of engagements / reach: an explicit
     * mean of rates, merged through its sum of rates and count.
     *
     * <p>Id {@code avg_engagement_rate_per_post}; formula <code>mean_of_rates(engagements_reported, reach)</code>;
     * unit RATIO; direction HIGHER_IS_BETTER; range [0, ∞). Source: Hootsuite 'Average ERR = Total ERR / Total
     * posts'.
     */
    public static final MetricDefinition AVG_ENGAGEMENT_RATE_PER_POST = CATALOG.require("avg_engagement_rate_per_post");

    /**
     * Applause rate: Likes per follower.
     *
     * <p>Id {@code applause_rate}; formula <code>likes / followers</code>; unit RATIO; direction HIGHER_IS_BETTER;
     * range [0, ∞). Source: Hootsuite (copy: https://hsmaiacademy.org/glossary/applause-rate/).
     */
    public static final MetricDefinition APPLAUSE_RATE = CATALOG.require("applause_rate");

    /**
     * Applause per post (Kaushik): Likes per post.
     *
     * <p>Id {@code applause_per_post}; formula <code>likes / posts</code>; unit PER_UNIT; direction HIGHER_IS_BETTER;
     * range [0, ∞). Source: Kaushik (per-post variant).
     */
    public static final MetricDefinition APPLAUSE_PER_POST = CATALOG.require("applause_per_post");

    /**
     * Conversation rate: Comments per follower.
     *
     * <p>Id {@code conversation_rate}; formula <code>comments / followers</code>; unit RATIO; direction
     * HIGHER_IS_BETTER; range [0, ∞). Source: Kaushik, normalised by followers:
     * https://blog.interactiveschools.com/blog/social-metrics-conversation-rate.
     */
    public static final MetricDefinition CONVERSATION_RATE = CATALOG.require("conversation_rate");

    /**
     * Conversation per post (Kaushik): Comments per post.
     *
     * <p>Id {@code conversation_per_post}; formula <code>comments / posts</code>; unit PER_UNIT; direction
     * HIGHER_IS_BETTER; range [0, ∞). Source: Kaushik
     * https://www.kaushik.net/avinash/best-social-media-metrics-conversation-amplification-applause-economic-value/.
     */
    public static final MetricDefinition CONVERSATION_PER_POST = CATALOG.require("conversation_per_post");

    /**
     * Click-through rate (post): Link clicks per impression of organic posts.
     *
     * <p>Id {@code social_ctr}; formula <code>link_clicks / impressions</code>; unit RATIO; direction
     * HIGHER_IS_BETTER; range [0, 1]. Source: Hootsuite-format steps
     * (https://teamcowboykeith.com/blockchain/how-does-social-media-measure-share-of-voice.html).
     */
    public static final MetricDefinition SOCIAL_CTR = CATALOG.require("social_ctr");

    /**
     * Cost per engagement (CPE): Cost over engagements.
     *
     * <p>Id {@code cost_per_engagement}; formula <code>cost / engagements</code>; unit MONEY; direction
     * LOWER_IS_BETTER; range [0, ∞). Source:
     * https://support.grin.co/en/articles/2362662-how-do-i-calculate-cost-per-engagement.
     */
    public static final MetricDefinition COST_PER_ENGAGEMENT = CATALOG.require("cost_per_engagement");

    /**
     * Net Promoter Score: 100 × (promoters − detractors) / responses; promoters 9–10, passives 7–8 (in the
     * denominator), detractors 0–6.
     *
     * <p>Id {@code nps}; formula <code>100 * (nps_promoters - nps_detractors) / (nps_promoters + nps_passives +
     * nps_detractors)</code>; unit SCORE; direction HIGHER_IS_BETTER; range [-100, 100]. Source: Bain
     * https://nps.bain.com/about/measuring-your-net-promoter-score/.
     */
    public static final MetricDefinition NPS = CATALOG.require("nps");

    /**
     * Customer satisfaction (top-2-box): Percent of answers rated 4 or 5 on a 1–5 scale.
     *
     * <p>Id {@code csat}; formula <code>100 * csat_satisfied / csat_responses</code>; unit PERCENT; direction
     * HIGHER_IS_BETTER; range [0, 100]. Source: https://help.delighted.com/article/240-how-is-csat-calculated.
     */
    public static final MetricDefinition CSAT = CATALOG.require("csat");

    /**
     * CSAT mean score: Mean answer on the 1–5 scale.
     *
     * <p>Id {@code csat_mean}; formula <code>csat_score_sum / csat_responses</code>; unit SCORE; direction
     * HIGHER_IS_BETTER; range [1, 5]. Source:
     * https://www.mindmesh.com/glossary/what-is-customer-satisfaction-score.
     */
    public static final MetricDefinition CSAT_MEAN = CATALOG.require("csat_mean");

    /**
     * Net sentiment score: 100 × (positive − negative) / all classified mentions.
     *
     * <p>Id {@code net_sentiment}; formula <code>100 * (mentions_positive - mentions_negative) / (mentions_positive
     * + mentions_negative + mentions_neutral)</code>; unit SCORE; direction HIGHER_IS_BETTER; range [-100, 100].
     * Source: https://help.blackboxintelligence.com/hc/en-us/articles/360003715274 ;
     * https://help.symanto.com/knowledge/what-is-net-sentiment.
     */
    public static final MetricDefinition NET_SENTIMENT = CATALOG.require("net_sentiment");

    /**
     * Positive sentiment share: Positive over all classified mentions.
     *
     * <p>Id {@code positive_sentiment_share}; formula <code>mentions_positive / (mentions_positive +
     * mentions_negative + mentions_neutral)</code>; unit RATIO; direction HIGHER_IS_BETTER; range [0, 1].
     * Source: Black Box Intelligence (above).
     */
    public static final MetricDefinition POSITIVE_SENTIMENT_SHARE = CATALOG.require("positive_sentiment_share");

    /**
     * Positive sentiment share (opinionated only): Positive over positive and negative mentions.
     *
     * <p>Id {@code positive_sentiment_share_excl_neutral}; formula <code>mentions_positive / (mentions_positive +
     * mentions_negative)</code>; unit RATIO; direction HIGHER_IS_BETTER; range [0, 1]. Source: Keyhole
     * http://help.keyhole.co/en/articles/3137129-does-keyhole-provide-sentiment-analysis.
     */
    public static final MetricDefinition POSITIVE_SENTIMENT_SHARE_EXCL_NEUTRAL = 
            CATALOG.require("positive_sentiment_share_excl_neutral");

    /**
     * Sessions: Sessions (visits); GA4 times a session out after 30 minutes of inactivity.
     *
     * <p>Id {@code sessions}; formula <code>sessions</code>; unit COUNT; direction HIGHER_IS_BETTER; range [0, ∞).
     * Source: https://support.google.com/analytics/answer/12798876.
     */
    public static final MetricDefinition SESSIONS = CATALOG.require("sessions");

    /**
     * Engagement rate (GA4): Engaged sessions over sessions.
     *
     * <p>Id {@code web_engagement_rate}; formula <code>engaged_sessions / sessions</code>; unit RATIO; direction
     * HIGHER_IS_BETTER; range [0, 1]. Source: https://support.google.com/analytics/answer/11109416.
     */
    public static final MetricDefinition WEB_ENGAGEMENT_RATE = CATALOG.require("web_engagement_rate");

    /**
     * Bounce rate (GA4): Sessions that were not engaged, over sessions: 1 − engagement rate.
     *
     * <p>Id {@code bounce_rate}; formula <code>(sessions - engaged_sessions) / sessions</code>; unit RATIO;
     * direction LOWER_IS_BETTER; range [0, 1]. Source: GA4 via
     * https://nickbaker.digital/blog/google-analytics-4-engagement-rate.
     */
    public static final MetricDefinition BOUNCE_RATE = CATALOG.require("bounce_rate");

    /**
     * Bounce rate (Universal Analytics): Single-page sessions with no interaction, over sessions.
     *
     * <p>Id {@code bounce_rate_ua}; formula <code>bounces / sessions</code>; unit RATIO; direction LOWER_IS_BETTER;
     * range [0, 1]. Source: UA definition quoted at https://webmarketingworkshop.com.au/?p=2001.
     */
    public static final MetricDefinition BOUNCE_RATE_UA = CATALOG.require("bounce_rate_ua");

    /**
     * Bounce rate (Adobe): Bounces over entries.
     *
     * <p>Id {@code bounce_rate_per_entry}; formula <code>bounces / entries</code>; unit RATIO; direction
     * LOWER_IS_BETTER; range [0, 1]. Source:
     * https://marketing.adobe.com/resources/help/en_US/reference/metrics_bounce_rate.html.
     */
    public static final MetricDefinition BOUNCE_RATE_PER_ENTRY = CATALOG.require("bounce_rate_per_entry");

    /**
     * Average session duration: Seconds per session (UA counts bounced sessions as 0 s).
     *
     * <p>Id {@code avg_session_duration}; formula <code>session_duration_s / sessions</code>; unit DURATION;
     * direction NEUTRAL; range [0, ∞). Source: UA export pattern
     * https://gist.github.com/jhnvdw/3d70ea00d2514f227356c62a154b4bd4.
     */
    public static final MetricDefinition AVG_SESSION_DURATION = CATALOG.require("avg_session_duration");

    /**
     * Average engagement time (GA4): Foreground seconds per active user; not mergeable (active users are a
     * distinct count).
     *
     * <p>Id {@code avg_engagement_time}; formula <code>user_engagement_s / active_users</code>; unit DURATION;
     * direction HIGHER_IS_BETTER; range [0, ∞). Source: https://support.google.com/analytics/answer/11109416.
     */
    public static final MetricDefinition AVG_ENGAGEMENT_TIME = CATALOG.require("avg_engagement_time");

    /**
     * Average engagement time per session: Foreground seconds per session.
     *
     * <p>Id {@code avg_engagement_time_per_session}; formula <code>user_engagement_s / sessions</code>; unit
     * DURATION; direction HIGHER_IS_BETTER; range [0, ∞). Source: GA4 (derived;
     * https://support.google.com/analytics/answer/11109416).
     */
    public static final MetricDefinition AVG_ENGAGEMENT_TIME_PER_SESSION = 
            CATALOG.require("avg_engagement_time_per_session");

    /**
     * Engaged sessions per user: Engaged sessions per user; not mergeable (users are a distinct count).
     *
     * <p>Id {@code engaged_sessions_per_user}; formula <code>engaged_sessions / users</code>; unit PER_UNIT; direction
     * HIGHER_IS_BETTER; range [0, ∞). Source: https://support.google.com/analytics/answer/11109416.
     */
    public static final MetricDefinition ENGAGED_SESSIONS_PER_USER = CATALOG.require("engaged_sessions_per_user");

    /**
     * Conversion rate (site): Conversions per session (may exceed 100% when a session converts twice).
     *
     * <p>Id {@code web_conversion_rate}; formula <code>conversions / sessions</code>; unit RATIO; direction
     * HIGHER_IS_BETTER; range [0, ∞). Source: seed 003;
     * https://mnz.keyhole.co/blog/how-do-i-calculate-social-media-conversions.
     */
    public static final MetricDefinition WEB_CONVERSION_RATE = CATALOG.require("web_conversion_rate");

    /**
     * Session conversion rate (GA4): Sessions with a conversion over sessions.
     *
     * <p>Id {@code web_session_conversion_rate}; formula <code>sessions_with_conversion / sessions</code>; unit
     * RATIO; direction HIGHER_IS_BETTER; range [0, 1]. Source: GA4 session-scoped variant.
     */
    public static final MetricDefinition WEB_SESSION_CONVERSION_RATE = CATALOG.require("web_session_conversion_rate");

    /**
     * Social media conversion rate: Conversions per link click (filter the channel to social).
     *
     * <p>Id {@code social_media_conversion_rate}; formula <code>conversions / link_clicks</code>; unit RATIO;
     * direction HIGHER_IS_BETTER; range [0, ∞). Source:
     * https://supedia.io/glossary/social-media/conversion-rate.
     */
    public static final MetricDefinition SOCIAL_MEDIA_CONVERSION_RATE = CATALOG.require("social_media_conversion_rate");

    /**
     * Social media conversion rate by reach: Conversions per account reached (Sprout's variant); not mergeable.
     *
     * <p>Id {@code social_media_conversion_rate_by_reach}; formula <code>conversions / reach</code>; unit RATIO;
     * direction HIGHER_IS_BETTER; range [0, ∞). Source: Sprout Social via
     * https://ukdatabase.store/viewtopic.php?p=6220.
     */
    public static final MetricDefinition SOCIAL_MEDIA_CONVERSION_RATE_BY_REACH = 
            CATALOG.require("social_media_conversion_rate_by_reach");

    /**
     * Emails delivered: Sent minus bounced. (In formulas the name emails_delivered is the base measure.)
     *
     * <p>Id {@code emails_delivered}; formula <code>emails_sent - emails_bounced</code>; unit COUNT; direction
     * HIGHER_IS_BETTER; range [0, ∞). Source: https://costcalculator.calculator.city/?p=47197.
     */
    public static final MetricDefinition EMAILS_DELIVERED = CATALOG.require("emails_delivered");

    /**
     * Open rate: Unique opens over delivered emails (Apple MPP inflates opens).
     *
     * <p>Id {@code email_open_rate}; formula <code>unique_opens / emails_delivered</code>; unit RATIO; direction
     * HIGHER_IS_BETTER; range [0, 1]. Source: Mailchimp https://mailchimp.com/help/about-open-tracking.
     */
    public static final MetricDefinition EMAIL_OPEN_RATE = CATALOG.require("email_open_rate");

    /**
     * Open rate per sent (legacy): Opens over sent emails.
     *
     * <p>Id {@code email_open_rate_per_sent}; formula <code>opens / emails_sent</code>; unit RATIO; direction
     * HIGHER_IS_BETTER; range [0, ∞). Source: https://www.getresponse.com/help/glossary/open-rate.html.
     */
    public static final MetricDefinition EMAIL_OPEN_RATE_PER_SENT = CATALOG.require("email_open_rate_per_sent");

    /**
     * Click rate: Unique clicks over delivered emails.
     *
     * <p>Id {@code email_click_rate}; formula <code>unique_clicks / emails_delivered</code>; unit RATIO; direction
     * HIGHER_IS_BETTER; range [0, 1]. Source: Mailchimp; https://help.rasa.io/opens-clicks-report.
     */
    public static final MetricDefinition EMAIL_CLICK_RATE = CATALOG.require("email_click_rate");

    /**
     * Click-to-open rate (CTOR): Unique clicks over unique opens.
     *
     * <p>Id {@code click_to_open_rate}; formula <code>unique_clicks / unique_opens</code>; unit RATIO; direction
     * HIGHER_IS_BETTER; range [0, 1]. Source:
     * https://www.campaignmonitor.com/resources/glossary/click-to-open-rate-ctor/.
     */
    public static final MetricDefinition CLICK_TO_OPEN_RATE = CATALOG.require("click_to_open_rate");

    /**
     * Unsubscribe rate: Unsubscribes over delivered emails.
     *
     * <p>Id {@code unsubscribe_rate}; formula <code>unsubscribes / emails_delivered</code>; unit RATIO; direction
     * LOWER_IS_BETTER; range [0, 1]. Source: https://bettermerge.com/glossary/unsubscribe-rate.
     */
    public static final MetricDefinition UNSUBSCRIBE_RATE = CATALOG.require("unsubscribe_rate");

    /**
     * Email bounce rate: Bounced over sent emails.
     *
     * <p>Id {@code email_bounce_rate}; formula <code>emails_bounced / emails_sent</code>; unit RATIO; direction
     * LOWER_IS_BETTER; range [0, 1]. Source: Mailchimp benchmarks
     * https://mailchimp.com/resources/email-marketing-benchmarks/.
     */
    public static final MetricDefinition EMAIL_BOUNCE_RATE = CATALOG.require("email_bounce_rate");

    /**
     * Click-through rate: Ad clicks per impression.
     *
     * <p>Id {@code ctr}; formula <code>ad_clicks / impressions</code>; unit RATIO; direction HIGHER_IS_BETTER;
     * range [0, 1]. Source: https://support.google.com/adsense/answer/32720.
     */
    public static final MetricDefinition CTR = CATALOG.require("ctr");

    /**
     * Average cost per click: Cost over ad clicks.
     *
     * <p>Id {@code avg_cpc}; formula <code>cost / ad_clicks</code>; unit MONEY; direction LOWER_IS_BETTER; range
     * [0, ∞). Source: https://support.google.com/adwords/answer/14074.
     */
    public static final MetricDefinition AVG_CPC = CATALOG.require("avg_cpc");

    /**
     * Cost per mille: Cost per thousand impressions.
     *
     * <p>Id {@code cpm}; formula <code>1000 * cost / impressions</code>; unit MONEY; direction LOWER_IS_BETTER;
     * range [0, ∞). Source: https://raptor-dmt.com/ppc/average-cpm/.
     */
    public static final MetricDefinition CPM = CATALOG.require("cpm");

    /**
     * Conversion rate (ads): Conversions per ad interaction (may exceed 100%).
     *
     * <p>Id {@code ads_conversion_rate}; formula <code>conversions / ad_interactions</code>; unit RATIO; direction
     * HIGHER_IS_BETTER; range [0, ∞). Source: Google Ads help 2684489.
     */
    public static final MetricDefinition ADS_CONVERSION_RATE = CATALOG.require("ads_conversion_rate");

    /**
     * Cost per acquisition: Cost per conversion.
     *
     * <p>Id {@code cpa}; formula <code>cost / conversions</code>; unit MONEY; direction LOWER_IS_BETTER; range [0,
     * ∞). Source: https://kpitree.co/integrations/google-ads/cost-per-acquisition.
     */
    public static final MetricDefinition CPA = CATALOG.require("cpa");

    /**
     * Cost per lead: Cost per lead.
     *
     * <p>Id {@code cpl}; formula <code>cost / leads</code>; unit MONEY; direction LOWER_IS_BETTER; range [0, ∞).
     * Source: same pattern as CPA.
     */
    public static final MetricDefinition CPL = CATALOG.require("cpl");

    /**
     * Return on ad spend: Conversion value per unit of cost (5 = 500%).
     *
     * <p>Id {@code roas}; formula <code>conversion_value / cost</code>; unit RATIO; direction HIGHER_IS_BETTER;
     * range [0, ∞). Source: https://support.google.com/sa360/answer/6268637.
     */
    public static final MetricDefinition ROAS = CATALOG.require("roas");

    /**
     * Total costs: All costs of the effort: staff time, tools, ad spend, refunds, training.
     *
     * <p>Id {@code total_costs}; formula <code>total_costs</code>; unit MONEY; direction LOWER_IS_BETTER; range [0,
     * ∞). Source: seed 004 https://martech.zone/social-media-roi/.
     */
    public static final MetricDefinition TOTAL_COSTS = CATALOG.require("total_costs");

    /**
     * Return on investment: (Attributed revenue − total costs) × 100 / total costs.
     *
     * <p>Id {@code roi}; formula <code>(revenue_attributed - total_costs) * 100 / total_costs</code>; unit PERCENT;
     * direction HIGHER_IS_BETTER; range [-100, ∞). Source: MDG four-step method,
     * https://martech.zone/social-media-roi/.
     */
    public static final MetricDefinition ROI = CATALOG.require("roi");

    /**
     * Customer acquisition cost: Sales and marketing costs per new customer.
     *
     * <p>Id {@code cac}; formula <code>sales_marketing_costs / new_customers</code>; unit MONEY; direction
     * LOWER_IS_BETTER; range [0, ∞). Source: HubSpot via
     * https://kpitree.co/integrations/hubspot/customer-acquisition-cost.
     */
    public static final MetricDefinition CAC = CATALOG.require("cac");

    /**
     * Response rate: Replied over actionable inbound messages.
     *
     * <p>Id {@code response_rate}; formula <code>replied_messages / inbound_messages</code>; unit RATIO; direction
     * HIGHER_IS_BETTER; range [0, 1]. Source: https://sproutsocial.com/insights/social-customer-care-metrics/.
     */
    public static final MetricDefinition RESPONSE_RATE = CATALOG.require("response_rate");

    /**
     * Average first reply time: Seconds to first reply per replied message (the median is not mergeable from
     * sums).
     *
     * <p>Id {@code avg_response_time}; formula <code>first_reply_time_s / replied_messages</code>; unit DURATION;
     * direction LOWER_IS_BETTER; range [0, ∞). Source: Sprout Team Report
     * https://support.sproutsocial.com/hc/en-us/articles/208762436-Team-Report.
     */
    public static final MetricDefinition AVG_RESPONSE_TIME = CATALOG.require("avg_response_time");

    /**
     * Requests handled per rep: Requests handled per agent on duty (reps averaged over the period).
     *
     * <p>Id {@code requests_per_rep}; formula <code>requests_handled / reps</code>; unit PER_UNIT; direction
     * HIGHER_IS_BETTER; range [0, ∞). Source: Hootsuite goals article (seed 002).
     */
    public static final MetricDefinition REQUESTS_PER_REP = CATALOG.require("requests_per_rep");

    private StandardMetrics() {
    }

    /** Returns the standard catalog, with the default engagement actions. */
    public static MetricCatalog catalog() {
        return CATALOG;
    }

    /** Returns every standard metric, in catalog order. */
    public static List<MetricDefinition> all() {
        return CATALOG.metrics();
    }

    /**
     * Returns the standard catalog with {@code engagements} defined as the sum of {@code actions} (for example
     * adding {@code saves} or {@code link_clicks} for a network that has them); every engagement-based metric of
     * the returned catalog uses that sum.
     *
     * @throws IllegalArgumentException if the list is empty, repeats a measure, or holds a measure that is not an
     *                                  additive count
     */
    public static MetricCatalog catalog(List<BaseMeasure> actions) {
        Objects.requireNonNull(actions, "actions");
        Checks.argument(!actions.isEmpty(), "engagement actions must not be empty, was %s", actions);
        Set<BaseMeasure> seen = new HashSet<>();
        List<String> ids = new ArrayList<>();
        for (BaseMeasure a : actions) {
            Objects.requireNonNull(a, "action");
            Checks.argument(a.unit() == Unit.COUNT && a.additivity() == Additivity.ADDITIVE,
                    "engagement action '%s' must be an additive count, was %s %s", a.id(), a.additivity(), a.unit());
            Checks.argument(seen.add(a), "engagement actions must not repeat '%s', was %s", a.id(), actions);
            ids.add(a.id());
        }
        String engagements = String.join(" + ", ids);
        MetricCatalog.Builder builder = MetricCatalog.builder();
        add(builder, "follower_count", "Follower count",
                "followers",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Audience size at period end (the last daily value), summed across channels.",
                "Hootsuite; seed 'Fan base = N° di follower'");
        add(builder, "net_new_followers", "Net new followers (follower growth)",
                "followers_gained - followers_lost",
                null, Direction.HIGHER_IS_BETTER, ValueRange.unbounded(),
                "Followers gained minus followers lost in the period.",
                "DOMAIN A.1; https://blog.hootsuite.com/social-media-metrics/");
        add(builder, "audience_growth_rate", "Audience growth rate",
                "net_new_followers / first(followers)",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ONE.negate()),
                "Net new followers over followers at period start; undefined when the start is 0.",
                "Hootsuite (net new ÷ total audience); start-of-period denominator: " +
                "https://www.shno.co/startup-metrics/audience-growth-rate");
        add(builder, "reach", "Reach",
                "reach",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Unique accounts that saw content, as reported: a distinct count, not mergeable from sums.",
                "Hootsuite, Sprout Social");
        add(builder, "post_reach_rate", "Post reach rate",
                "reach / followers",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Reach over followers; can exceed 100%. Not mergeable (reach is a distinct count).",
                "Hootsuite '19 metrics' (copy: https://allpaperwriters.com/?p=70554)");
        add(builder, "impressions", "Impressions",
                "impressions",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Times content was displayed.",
                "Hootsuite 2023 https://blog.hootsuite.com/social-media-metrics/");
        add(builder, "brand_mentions", "Brand mentions",
                "mentions_brand",
                null, Direction.NEUTRAL, ValueRange.atLeast(BigDecimal.ZERO),
                "Tagged and untagged mentions of the brand.",
                "Hootsuite goals (seed 002); uberVU via Hootsuite");
        add(builder, "social_share_of_voice", "Social share of voice",
                "mentions_brand / (mentions_brand + mentions_competitor)",
                null, Direction.HIGHER_IS_BETTER, ValueRange.between(0, 1),
                "Brand mentions over all mentions of the brand and its tracked competitors.",
                "Hootsuite; https://shno.co/startup-metrics/social-share-of-voice");
        add(builder, "virality_rate", "Virality rate",
                "shares / impressions",
                null, Direction.HIGHER_IS_BETTER, ValueRange.between(0, 1),
                "Shares per impression (default denominator: impressions, which are additive).",
                "Hootsuite; https://socialk.it/en/blog/virality-rate-and-amplification-explained");
        add(builder, "amplification_rate", "Amplification rate",
                "shares / followers",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Shares per follower.",
                "Hootsuite, coined by Kaushik (https://academy.hsmai.org/glossary/amplification-rate/)");
        add(builder, "amplification_per_post", "Amplification per post (Kaushik)",
                "shares / posts",
                Unit.PER_UNIT, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Shares per post.",
                "Kaushik https://www.kaushik.net/avinash/best-social-media-metrics-conversation-amplification-ap" +
                "plause-economic-value/");
        add(builder, "engagements", "Engagements",
                engagements,
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "The configured sum of engagement actions; default likes + comments + shares (see " +
                "catalog(List)).",
                "Hootsuite https://blog.hootsuite.com/calculate-engagement-rate/ ; DOMAIN A.10");
        add(builder, "engagement_rate", "Engagement rate",
                "engagements / impressions",
                null, Direction.HIGHER_IS_BETTER, ValueRange.between(0, 1),
                "The default engagement rate: by impressions, exact at every grain because impressions are " +
                "additive.",
                "DOMAIN A.10; Sprout Social default 'engagement rate per impression'");
        add(builder, "engagement_rate_by_impressions", "Engagement rate by impressions",
                "engagements / impressions",
                null, Direction.HIGHER_IS_BETTER, ValueRange.between(0, 1),
                "Engagements per impression.",
                "Sprout Social; Hootsuite 'ER impressions'; LinkedIn and Twitter analytics");
        add(builder, "engagement_rate_by_reach", "Engagement rate by reach (ERR)",
                "engagements / reach",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Engagements per account reached; not mergeable (reach is a distinct count).",
                "Hootsuite 'the most common way' https://blog.hootsuite.com/calculate-engagement-rate/");
        add(builder, "engagement_rate_by_followers", "Engagement rate by followers",
                "engagements / followers",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Engagements per follower (followers at period end).",
                "Hootsuite (ER post); " +
                "https://brain.napoleoncat.com/en/articles/1096078-what-is-engagement-rate-or-er");
        add(builder, "daily_engagement_rate", "Daily engagement rate",
                "engagements / sum_over_time(followers)",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Engagements over follower-days (days × followers).",
                "Hootsuite (summary: https://it-benchmarking-journal.com/2019/05/how-good-is-your-social-media-e" +
                "ngagement-rate-6-ways-to-find-out/)");
        add(builder, "engagement_rate_by_views", "Engagement rate by views (video)",
                "engagements / video_views",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Engagements per video view.",
                "Hootsuite (copy: https://buildmyplays.com/calculate-the-engagement-rate-2-2/)");
        add(builder, "avg_engagement_rate_per_post", "Average engagement rate per post (mean of rates)",
                "mean_of_rates(engagements_reported, reach)",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "The mean over posts of engagements / reach: an explicit mean of rates, merged through its sum " +
                "of rates and count.",
                "Hootsuite 'Average ERR = Total ERR / Total posts'");
        add(builder, "applause_rate", "Applause rate",
                "likes / followers",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Likes per follower.",
                "Hootsuite (copy: https://hsmaiacademy.org/glossary/applause-rate/)");
        add(builder, "applause_per_post", "Applause per post (Kaushik)",
                "likes / posts",
                Unit.PER_UNIT, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Likes per post.",
                "Kaushik (per-post variant)");
        add(builder, "conversation_rate", "Conversation rate",
                "comments / followers",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Comments per follower.",
                "Kaushik, normalised by followers: " +
                "https://blog.interactiveschools.com/blog/social-metrics-conversation-rate");
        add(builder, "conversation_per_post", "Conversation per post (Kaushik)",
                "comments / posts",
                Unit.PER_UNIT, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Comments per post.",
                "Kaushik https://www.kaushik.net/avinash/best-social-media-metrics-conversation-amplification-ap" +
                "plause-economic-value/");
        add(builder, "social_ctr", "Click-through rate (post)",
                "link_clicks / impressions",
                null, Direction.HIGHER_IS_BETTER, ValueRange.between(0, 1),
                "Link clicks per impression of organic posts.",
                "Hootsuite-format steps " +
                "(https://teamcowboykeith.com/blockchain/how-does-social-media-measure-share-of-voice.html)");
        add(builder, "cost_per_engagement", "Cost per engagement (CPE)",
                "cost / engagements",
                null, Direction.LOWER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Cost over engagements.",
                "https://support.grin.co/en/articles/2362662-how-do-i-calculate-cost-per-engagement");
        add(builder, "nps", "Net Promoter Score",
                "100 * (nps_promoters - nps_detractors) / (nps_promoters + nps_passives + nps_detractors)",
                Unit.SCORE, Direction.HIGHER_IS_BETTER, ValueRange.between(-100, 100),
                "100 × (promoters − detractors) / responses; promoters 9–10, passives 7–8 (in the denominator), " +
                "detractors 0–6.",
                "Bain https://nps.bain.com/about/measuring-your-net-promoter-score/");
        add(builder, "csat", "Customer satisfaction (top-2-box)",
                "100 * csat_satisfied / csat_responses",
                Unit.PERCENT, Direction.HIGHER_IS_BETTER, ValueRange.between(0, 100),
                "Percent of answers rated 4 or 5 on a 1–5 scale.",
                "https://help.delighted.com/article/240-how-is-csat-calculated");
        add(builder, "csat_mean", "CSAT mean score",
                "csat_score_sum / csat_responses",
                Unit.SCORE, Direction.HIGHER_IS_BETTER, ValueRange.between(1, 5),
                "Mean answer on the 1–5 scale.",
                "https://www.mindmesh.com/glossary/what-is-customer-satisfaction-score");
        add(builder, "net_sentiment", "Net sentiment score",
                "100 * (mentions_positive - mentions_negative) / (mentions_positive + mentions_negative + " +
                "mentions_neutral)",
                Unit.SCORE, Direction.HIGHER_IS_BETTER, ValueRange.between(-100, 100),
                "100 × (positive − negative) / all classified mentions.",
                "https://help.blackboxintelligence.com/hc/en-us/articles/360003715274 ; " +
                "https://help.symanto.com/knowledge/what-is-net-sentiment");
        add(builder, "positive_sentiment_share", "Positive sentiment share",
                "mentions_positive / (mentions_positive + mentions_negative + mentions_neutral)",
                null, Direction.HIGHER_IS_BETTER, ValueRange.between(0, 1),
                "Positive over all classified mentions.",
                "Black Box Intelligence (above)");
        add(builder, "positive_sentiment_share_excl_neutral", "Positive sentiment share (opinionated only)",
                "mentions_positive / (mentions_positive + mentions_negative)",
                null, Direction.HIGHER_IS_BETTER, ValueRange.between(0, 1),
                "Positive over positive and negative mentions.",
                "Keyhole http://help.keyhole.co/en/articles/3137129-does-keyhole-provide-sentiment-analysis");
        add(builder, "sessions", "Sessions",
                "sessions",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Sessions (visits); GA4 times a session out after 30 minutes of inactivity.",
                "https://support.google.com/analytics/answer/12798876");
        add(builder, "web_engagement_rate", "Engagement rate (GA4)",
                "engaged_sessions / sessions",
                null, Direction.HIGHER_IS_BETTER, ValueRange.between(0, 1),
                "Engaged sessions over sessions.",
                "https://support.google.com/analytics/answer/11109416");
        add(builder, "bounce_rate", "Bounce rate (GA4)",
                "(sessions - engaged_sessions) / sessions",
                null, Direction.LOWER_IS_BETTER, ValueRange.between(0, 1),
                "Sessions that were not engaged, over sessions: 1 − engagement rate.",
                "GA4 via https://nickbaker.digital/blog/google-analytics-4-engagement-rate");
        add(builder, "bounce_rate_ua", "Bounce rate (Universal Analytics)",
                "bounces / sessions",
                null, Direction.LOWER_IS_BETTER, ValueRange.between(0, 1),
                "Single-page sessions with no interaction, over sessions.",
                "UA definition quoted at https://webmarketingworkshop.com.au/?p=2001");
        add(builder, "bounce_rate_per_entry", "Bounce rate (Adobe)",
                "bounces / entries",
                null, Direction.LOWER_IS_BETTER, ValueRange.between(0, 1),
                "Bounces over entries.",
                "https://marketing.adobe.com/resources/help/en_US/reference/metrics_bounce_rate.html");
        add(builder, "avg_session_duration", "Average session duration",
                "session_duration_s / sessions",
                null, Direction.NEUTRAL, ValueRange.atLeast(BigDecimal.ZERO),
                "Seconds per session (UA counts bounced sessions as 0 s).",
                "UA export pattern https://gist.github.com/jhnvdw/3d70ea00d2514f227356c62a154b4bd4");
        add(builder, "avg_engagement_time", "Average engagement time (GA4)",
                "user_engagement_s / active_users",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Foreground seconds per active user; not mergeable (active users are a distinct count).",
                "https://support.google.com/analytics/answer/11109416");
        add(builder, "avg_engagement_time_per_session", "Average engagement time per session",
                "user_engagement_s / sessions",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Foreground seconds per session.",
                "GA4 (derived; https://support.google.com/analytics/answer/11109416)");
        add(builder, "engaged_sessions_per_user", "Engaged sessions per user",
                "engaged_sessions / users",
                Unit.PER_UNIT, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Engaged sessions per user; not mergeable (users are a distinct count).",
                "https://support.google.com/analytics/answer/11109416");
        add(builder, "web_conversion_rate", "Conversion rate (site)",
                "conversions / sessions",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Conversions per session (may exceed 100% when a session converts twice).",
                "seed 003; https://mnz.keyhole.co/blog/how-do-i-calculate-social-media-conversions");
        add(builder, "web_session_conversion_rate", "Session conversion rate (GA4)",
                "sessions_with_conversion / sessions",
                null, Direction.HIGHER_IS_BETTER, ValueRange.between(0, 1),
                "Sessions with a conversion over sessions.",
                "GA4 session-scoped variant");
        add(builder, "social_media_conversion_rate", "Social media conversion rate",
                "conversions / link_clicks",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Conversions per link click (filter the channel to social).",
                "https://supedia.io/glossary/social-media/conversion-rate");
        add(builder, "social_media_conversion_rate_by_reach", "Social media conversion rate by reach",
                "conversions / reach",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Conversions per account reached (Sprout's variant); not mergeable.",
                "Sprout Social via https://ukdatabase.store/viewtopic.php?p=6220");
        add(builder, "emails_delivered", "Emails delivered",
                "emails_sent - emails_bounced",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Sent minus bounced. (In formulas the name emails_delivered is the base measure.)",
                "https://costcalculator.calculator.city/?p=47197");
        add(builder, "email_open_rate", "Open rate",
                "unique_opens / emails_delivered",
                null, Direction.HIGHER_IS_BETTER, ValueRange.between(0, 1),
                "Unique opens over delivered emails (Apple MPP inflates opens).",
                "Mailchimp https://mailchimp.com/help/about-open-tracking");
        add(builder, "email_open_rate_per_sent", "Open rate per sent (legacy)",
                "opens / emails_sent",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Opens over sent emails.",
                "https://www.getresponse.com/help/glossary/open-rate.html");
        add(builder, "email_click_rate", "Click rate",
                "unique_clicks / emails_delivered",
                null, Direction.HIGHER_IS_BETTER, ValueRange.between(0, 1),
                "Unique clicks over delivered emails.",
                "Mailchimp; https://help.rasa.io/opens-clicks-report");
        add(builder, "click_to_open_rate", "Click-to-open rate (CTOR)",
                "unique_clicks / unique_opens",
                null, Direction.HIGHER_IS_BETTER, ValueRange.between(0, 1),
                "Unique clicks over unique opens.",
                "https://www.campaignmonitor.com/resources/glossary/click-to-open-rate-ctor/");
        add(builder, "unsubscribe_rate", "Unsubscribe rate",
                "unsubscribes / emails_delivered",
                null, Direction.LOWER_IS_BETTER, ValueRange.between(0, 1),
                "Unsubscribes over delivered emails.",
                "https://bettermerge.com/glossary/unsubscribe-rate");
        add(builder, "email_bounce_rate", "Email bounce rate",
                "emails_bounced / emails_sent",
                null, Direction.LOWER_IS_BETTER, ValueRange.between(0, 1),
                "Bounced over sent emails.",
                "Mailchimp benchmarks https://mailchimp.com/resources/email-marketing-benchmarks/");
        add(builder, "ctr", "Click-through rate",
                "ad_clicks / impressions",
                null, Direction.HIGHER_IS_BETTER, ValueRange.between(0, 1),
                "Ad clicks per impression.",
                "https://support.google.com/adsense/answer/32720");
        add(builder, "avg_cpc", "Average cost per click",
                "cost / ad_clicks",
                null, Direction.LOWER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Cost over ad clicks.",
                "https://support.google.com/adwords/answer/14074");
        add(builder, "cpm", "Cost per mille",
                "1000 * cost / impressions",
                null, Direction.LOWER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Cost per thousand impressions.",
                "https://raptor-dmt.com/ppc/average-cpm/");
        add(builder, "ads_conversion_rate", "Conversion rate (ads)",
                "conversions / ad_interactions",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Conversions per ad interaction (may exceed 100%).",
                "Google Ads help 2684489");
        add(builder, "cpa", "Cost per acquisition",
                "cost / conversions",
                null, Direction.LOWER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Cost per conversion.",
                "https://kpitree.co/integrations/google-ads/cost-per-acquisition");
        add(builder, "cpl", "Cost per lead",
                "cost / leads",
                null, Direction.LOWER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Cost per lead.",
                "same pattern as CPA");
        add(builder, "roas", "Return on ad spend",
                "conversion_value / cost",
                null, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Conversion value per unit of cost (5 = 500%).",
                "https://support.google.com/sa360/answer/6268637");
        add(builder, "total_costs", "Total costs",
                "total_costs",
                null, Direction.LOWER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "All costs of the effort: staff time, tools, ad spend, refunds, training.",
                "seed 004 https://martech.zone/social-media-roi/");
        add(builder, "roi", "Return on investment",
                "(revenue_attributed - total_costs) * 100 / total_costs",
                Unit.PERCENT, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.valueOf(-100)),
                "(Attributed revenue − total costs) × 100 / total costs.",
                "MDG four-step method, https://martech.zone/social-media-roi/");
        add(builder, "cac", "Customer acquisition cost",
                "sales_marketing_costs / new_customers",
                null, Direction.LOWER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Sales and marketing costs per new customer.",
                "HubSpot via https://kpitree.co/integrations/hubspot/customer-acquisition-cost");
        add(builder, "response_rate", "Response rate",
                "replied_messages / inbound_messages",
                null, Direction.HIGHER_IS_BETTER, ValueRange.between(0, 1),
                "Replied over actionable inbound messages.",
                "https://sproutsocial.com/insights/social-customer-care-metrics/");
        add(builder, "avg_response_time", "Average first reply time",
                "first_reply_time_s / replied_messages",
                null, Direction.LOWER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Seconds to first reply per replied message (the median is not mergeable from sums).",
                "Sprout Team Report https://support.sproutsocial.com/hc/en-us/articles/208762436-Team-Report");
        add(builder, "requests_per_rep", "Requests handled per rep",
                "requests_handled / reps",
                Unit.PER_UNIT, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
                "Requests handled per agent on duty (reps averaged over the period).",
                "Hootsuite goals article (seed 002)");
        return builder.build();
    }

    private static Map<String, FunnelStage> stages(Object... stageThenIds) {
        Map<String, FunnelStage> map = new HashMap<>();
        for (int i = 0; i < stageThenIds.length; i += 2) {
            for (String id : ((String) stageThenIds[i + 1]).split(" ", -1)) {
                if (map.put(id, (FunnelStage) stageThenIds[i]) != null) {
                    throw new AssertionError(id + " has two stages");
                }
            }
        }
        return Map.copyOf(map);
    }

    private static Map<String, String> families(String... groups) {
        Map<String, String> map = new HashMap<>();
        for (String group : groups) {
            String[] ids = group.split(" ", -1);
            for (String id : ids) {
                if (map.put(id, ids[0]) != null) {
                    throw new AssertionError(id + " is in two families");
                }
            }
        }
        return Map.copyOf(map);
    }

    private static void add(MetricCatalog.Builder builder, String id, String name, String formula, @Nullable Unit unit,
            Direction direction, ValueRange range, String description, String source) {
        FunnelStage stage = STAGES.get(id);
        if (stage == null) {
            throw new AssertionError("standard metric " + id + " has no funnel stage");
        }
        MetricDefinition.Builder b = MetricDefinition.builder(id).name(name).direction(direction).range(range)
                .description(description).source(source).family(FAMILIES.getOrDefault(id, id)).stage(stage);
        if (unit != null) {
            b.unit(unit);
        }
        builder.add(b.expression(formula, builder.build()), SOURCE);
    }
}
