package org.kpisdk.goals;

import static org.kpisdk.core.metric.StandardMetrics.EMAIL_BOUNCE_RATE;
import static org.kpisdk.core.metric.StandardMetrics.EMAIL_CLICK_RATE;
import static org.kpisdk.core.metric.StandardMetrics.EMAIL_OPEN_RATE;
import static org.kpisdk.core.metric.StandardMetrics.ENGAGEMENT_RATE;
import static org.kpisdk.core.metric.StandardMetrics.UNSUBSCRIBE_RATE;

import java.math.BigDecimal;
import java.util.List;

import org.kpisdk.core.value.Dimensions;

/**
 * Published reference values (DOMAIN Part A.6 and Part 0), for scorecards and for setting targets. Reference values,
 * not truths: check that their definition matches your metric.
 *
 * <pre>{@code
 * List<Reference> email = References.mailchimp2019();
 * List<Reference> rival = References.instagramCompetitor("Rival Co");   // 3 % images, 5 % videos
 * }</pre>
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class References {
    private static final String MAILCHIMP_2019 = "Mailchimp email marketing benchmarks, all non-labeled accounts, "
            + "updated Oct 2019";
    private static final String MAILCHIMP_2018 = "Mailchimp email marketing benchmarks, March 2018";

    private References() {
    }

    /**
     * Returns Mailchimp's benchmarks for all non-labeled accounts, updated October 2019
     * (https://mailchimp.com/resources/email-marketing-benchmarks/): open rate 22.71 %, click rate 2.91 %, hard
     * bounce 0.40 % and soft bounce 0.61 % ({@code email_bounce_rate} scoped by {@code bounce_type}), unsubscribe
     * rate 0.25 %.
     */
    public static List<Reference> mailchimp2019() {
        Dimensions all = Dimensions.empty();
        return List.of(
                Reference.benchmark(MAILCHIMP_2019, EMAIL_OPEN_RATE, all, new BigDecimal("0.2271")),
                Reference.benchmark(MAILCHIMP_2019, EMAIL_CLICK_RATE, all, new BigDecimal("0.0291")),
                Reference.benchmark(MAILCHIMP_2019, EMAIL_BOUNCE_RATE, Dimensions.of("bounce_type", "hard"),
                        new BigDecimal("0.0040")),
                Reference.benchmark(MAILCHIMP_2019, EMAIL_BOUNCE_RATE, Dimensions.of("bounce_type", "soft"),
                        new BigDecimal("0.0061")),
                Reference.benchmark(MAILCHIMP_2019, UNSUBSCRIBE_RATE, all, new BigDecimal("0.0025")));
    }

    /**
     * Returns Mailchimp's March 2018 table (https://mailchimp.com/resources/research/email-marketing-benchmarks/):
     * open rate 21.09 %, click rate 2.61 %, unsubscribe rate 0.23 %. Its two bounce columns are left out, because
     * the copy at hand does not say which one is hard and which soft.
     */
    public static List<Reference> mailchimp2018() {
        Dimensions all = Dimensions.empty();
        return List.of(
                Reference.benchmark(MAILCHIMP_2018, EMAIL_OPEN_RATE, all, new BigDecimal("0.2109")),
                Reference.benchmark(MAILCHIMP_2018, EMAIL_CLICK_RATE, all, new BigDecimal("0.0261")),
                Reference.benchmark(MAILCHIMP_2018, UNSUBSCRIBE_RATE, all, new BigDecimal("0.0023")));
    }

    /**
     * Returns seed 000's referential KPI: a competitor at 3 % engagement on Instagram images and 5 % on videos, as
     * {@code engagement_rate} (the catalog default, by impressions; it applies to
     * {@code engagement_rate_by_impressions} too, which has the same formula) scoped by {@code channel=instagram}
     * and {@code content_type=image} or {@code video}.
     */
    public static List<Reference> instagramCompetitor(String competitor) {
        Dimensions instagram = Dimensions.of("channel", "instagram");
        return List.of(
                Reference.competitor(competitor, ENGAGEMENT_RATE,
                        instagram.and("content_type", "image"), new BigDecimal("0.03")),
                Reference.competitor(competitor, ENGAGEMENT_RATE,
                        instagram.and("content_type", "video"), new BigDecimal("0.05")));
    }
}
