package org.kpisdk.examples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.StandardMeasures;

/**
 * Twelve months of daily marketing data for "Aurora Coffee", a fictional brand, across six channels and three
 * regions, generated from a fixed seed so every run prints the same numbers.
 *
 * <pre>{@code
 * List<SampleData.Row> rows = SampleData.generate(SampleData.SEED);
 * }</pre>
 *
 * <p>The data has a story the demo should find: Instagram's engagement rises in October 2026 after a creative
 * change, a Facebook post goes viral on 2026-10-17, LinkedIn's cost per lead climbs through the third quarter, and
 * e-mail stays the cheapest source of conversions.
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class SampleData {
    /** The seed of the bundled sample. */
    public static final long SEED = 20_261_122L;
    /** The first day of data. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2025, 11, 1);
    /** The last day of data. */
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    /** The currency of every money measure. */
    public static final String CURRENCY = "EUR";

    static final List<String> CHANNELS = List.of("instagram", "facebook", "x", "linkedin", "email", "website");
    static final List<String> REGIONS = List.of("IT", "UK", "DE");

    /**
     * One day of one channel in one region: the dimension values and the measure values (money in micros).
     * Immutable and thread-safe as {@link #generate} builds it.
     *
     * @param date     the day
     * @param channel  the channel
     * @param region   the region
     * @param campaign the campaign running that day
     * @param values   measure values by measure, money in micros of {@link #CURRENCY}
     */
    public record Row(LocalDate date, String channel, String region, String campaign, Map<BaseMeasure, Long> values) {
    }

    private SampleData() {
    }

    /** Returns the rows generated from {@code seed}, in date, channel, region order. */
    public static List<Row> generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Row> rows = new ArrayList<>();
        Map<String, Long> followers = new LinkedHashMap<>();
        long days = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
        for (long d = 0; d < days; d++) {
            LocalDate date = FIRST_DAY.plusDays(d);
            double trend = 1.0 + 0.25 * d / days;
            double weekly = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                    ? 0.8 : 1.05;
            for (String channel : CHANNELS) {
                for (int r = 0; r < REGIONS.size(); r++) {
                    String region = REGIONS.get(r);
                    double size = (r == 0 ? 1.0 : r == 1 ? 0.7 : 0.45) * trend * weekly;
                    Map<BaseMeasure, Long> v = new LinkedHashMap<>();
                    String campaign = campaign(date);
                    switch (channel) {
                        case "email" -> email(random, size, date, v);
                        case "website" -> website(random, size, campaign, v);
                        default -> social(random, channel, region, size, date, followers, v);
                    }
                    rows.add(new Row(date, channel, region, campaign, Collections.unmodifiableMap(v)));
                }
            }
        }
        return Collections.unmodifiableList(rows);
    }

    private static String campaign(LocalDate date) {
        int month = date.getMonthValue();
        if ((month == 11 && date.getDayOfMonth() >= 20) || (month == 12 && date.getDayOfMonth() <= 2)) {
            return "black_friday";
        }
        if (month >= 3 && month <= 4) {
            return "spring_launch";
        }
        if (month >= 6 && month <= 8) {
            return "summer_iced";
        }
        return "always_on";
    }

    private static void social(SplittableRandom random, String channel, String region, double size, LocalDate date,
            Map<String, Long> followers, Map<BaseMeasure, Long> v) {
        double base;
        double engagement;
        double costPerDay;
        switch (channel) {
            case "instagram" -> {
                base = 42_000;
                engagement = date.isBefore(LocalDate.of(2026, 10, 1)) ? 0.031 : 0.042;
                costPerDay = 180;
            }
            case "facebook" -> {
                base = 36_000;
                engagement = 0.014;
                costPerDay = 150;
            }
            case "x" -> {
                base = 18_000;
                engagement = 0.009;
                costPerDay = 40;
            }
            default -> {
                base = 9_000;
                engagement = 0.021;
                costPerDay = 160 + (date.getMonthValue() >= 7 && date.getMonthValue() <= 9 ? 140 : 0);
            }
        }
        double viral = channel.equals("facebook") && date.equals(LocalDate.of(2026, 10, 17)) ? 9.0 : 1.0;
        long impressions = noisy(random, base * size * viral, 0.12);
        long engagements = noisy(random, impressions * engagement, 0.10);
        long likes = Math.round(engagements * 0.72);
        long comments = Math.round(engagements * 0.11);
        long shares = Math.round(engagements * 0.10);
        long saves = Math.max(0, engagements - likes - comments - shares);
        long linkClicks = noisy(random, impressions * (channel.equals("linkedin") ? 0.006 : 0.004), 0.15);
        long sessions = noisy(random, linkClicks * 0.85, 0.05);
        long conversions = noisy(random, sessions * (channel.equals("linkedin") ? 0.045 : 0.028), 0.30);
        long leads = noisy(random, sessions * (channel.equals("linkedin") ? 0.09 : 0.03), 0.30);
        String key = channel + "/" + region;
        long start = followers.getOrDefault(key, Math.round(base * size * 0.8));
        long gained = noisy(random, engagements * 0.05, 0.3);
        long lost = noisy(random, start * 0.0004, 0.5);
        long level = Math.max(0, start + gained - lost);
        followers.put(key, level);
        v.put(StandardMeasures.IMPRESSIONS, impressions);
        v.put(StandardMeasures.REACH, Math.round(impressions * 0.62));
        v.put(StandardMeasures.POSTS, (long) (1 + random.nextInt(3)));
        v.put(StandardMeasures.LIKES, likes);
        v.put(StandardMeasures.COMMENTS, comments);
        v.put(StandardMeasures.SHARES, shares);
        v.put(StandardMeasures.SAVES, saves);
        v.put(StandardMeasures.LINK_CLICKS, linkClicks);
        v.put(StandardMeasures.FOLLOWERS, level);
        v.put(StandardMeasures.FOLLOWERS_GAINED, gained);
        v.put(StandardMeasures.FOLLOWERS_LOST, lost);
        v.put(StandardMeasures.SESSIONS, sessions);
        v.put(StandardMeasures.CONVERSIONS, conversions);
        v.put(StandardMeasures.LEADS, leads);
        v.put(StandardMeasures.COST, micros(noisy(random, costPerDay * 100 * size, 0.08)));
        v.put(StandardMeasures.REVENUE_ATTRIBUTED, micros(noisy(random, conversions * 2_400.0, 0.25)));
    }

    private static void email(SplittableRandom random, double size, LocalDate date, Map<BaseMeasure, Long> v) {
        boolean sendDay = date.getDayOfWeek() == DayOfWeek.TUESDAY || date.getDayOfWeek() == DayOfWeek.THURSDAY;
        long sent = sendDay ? noisy(random, 12_000 * size, 0.03) : 0;
        long bounced = Math.round(sent * 0.009);
        long delivered = sent - bounced;
        long opens = noisy(random, delivered * 0.23, 0.06);
        long clicks = noisy(random, opens * 0.13, 0.10);
        long conversions = noisy(random, clicks * 0.11, 0.25);
        v.put(StandardMeasures.EMAILS_SENT, sent);
        v.put(StandardMeasures.EMAILS_BOUNCED, bounced);
        v.put(StandardMeasures.EMAILS_DELIVERED, delivered);
        v.put(StandardMeasures.UNIQUE_OPENS, opens);
        v.put(StandardMeasures.UNIQUE_CLICKS, clicks);
        v.put(StandardMeasures.UNSUBSCRIBES, noisy(random, delivered * 0.0025, 0.3));
        v.put(StandardMeasures.SESSIONS, Math.round(clicks * 0.9));
        v.put(StandardMeasures.CONVERSIONS, conversions);
        v.put(StandardMeasures.COST, micros(sendDay ? noisy(random, 3_500 * size, 0.02) : 0));
        v.put(StandardMeasures.REVENUE_ATTRIBUTED, micros(noisy(random, conversions * 2_100.0, 0.25)));
    }

    private static void website(SplittableRandom random, double size, String campaign, Map<BaseMeasure, Long> v) {
        double boost = campaign.equals("black_friday") ? 1.8 : 1.0;
        long impressions = noisy(random, 26_000 * size * boost, 0.10);
        long adClicks = noisy(random, impressions * 0.035, 0.10);
        long sessions = noisy(random, adClicks * 1.9, 0.08);
        long engaged = noisy(random, sessions * 0.58, 0.05);
        long conversions = noisy(random, sessions * 0.021 * boost, 0.2);
        long revenue = noisy(random, conversions * 2_600.0, 0.2);
        v.put(StandardMeasures.IMPRESSIONS, impressions);
        v.put(StandardMeasures.AD_CLICKS, adClicks);
        v.put(StandardMeasures.AD_INTERACTIONS, Math.round(adClicks * 1.1));
        v.put(StandardMeasures.SESSIONS, sessions);
        v.put(StandardMeasures.ENGAGED_SESSIONS, Math.min(sessions, engaged));
        v.put(StandardMeasures.SESSION_DURATION_S, noisy(random, sessions * 95.0, 0.1));
        v.put(StandardMeasures.CONVERSIONS, conversions);
        v.put(StandardMeasures.LEADS, noisy(random, sessions * 0.015, 0.3));
        v.put(StandardMeasures.COST, micros(noisy(random, adClicks * 42.0, 0.06)));
        v.put(StandardMeasures.CONVERSION_VALUE, micros(revenue));
        v.put(StandardMeasures.REVENUE_ATTRIBUTED, micros(revenue));
    }

    /** A non-negative value around {@code mean} with relative spread {@code spread}, rounded to a whole number. */
    private static long noisy(SplittableRandom random, double mean, double spread) {
        double factor = 1.0 + spread * (random.nextDouble() * 2 - 1);
        return Math.max(0, Math.round(mean * factor));
    }

    /** Converts whole cents to micros. */
    private static long micros(long cents) {
        return Math.multiplyExact(cents, 10_000L);
    }
}
