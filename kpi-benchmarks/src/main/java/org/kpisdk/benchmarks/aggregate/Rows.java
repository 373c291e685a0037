package org.kpisdk.benchmarks.aggregate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The benchmark data as raw columns: 8 channels, 365 days of 2026, 50 campaigns, 20 regions and 7 long measures,
 * drawn from a fixed seed. Shared by every baseline so that all of them aggregate the same rows.
 */
final class Rows {
    static final long SEED = 0x5EED_2026_0004L;
    static final int CHANNELS = 8;
    static final int DAYS = 365;
    static final int CAMPAIGNS = 50;
    static final int REGIONS = 20;
    static final int MEASURES = 7;
    static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    static final String[] CHANNEL_NAMES = names("channel_", CHANNELS);
    static final String[] CAMPAIGN_NAMES = names("campaign_", CAMPAIGNS);
    static final String[] REGION_NAMES = names("region_", REGIONS);

    final int size;
    final int[] days;
    final int[] channel;
    final int[] campaign;
    final int[] region;
    final long[][] values;

    Rows(int size) {
        this.size = size;
        days = new int[size];
        channel = new int[size];
        campaign = new int[size];
        region = new int[size];
        values = new long[MEASURES][size];
        SplittableRandom r = new SplittableRandom(SEED);
        int first = (int) FIRST.toEpochDay();
        for (int i = 0; i < size; i++) {
            days[i] = first + r.nextInt(DAYS);
            channel[i] = r.nextInt(CHANNELS);
            campaign[i] = r.nextInt(CAMPAIGNS);
            region[i] = r.nextInt(REGIONS);
            long impressions = r.nextLong(100_000);
            long clicks = r.nextLong(impressions / 20 + 1);
            values[0][i] = impressions;
            values[1][i] = clicks;
            values[2][i] = r.nextLong(500_000_000L);          // cost, micros (up to 500 EUR)
            values[3][i] = r.nextLong(clicks / 10 + 1);        // conversions
            values[4][i] = r.nextLong(2_000_000_000L);        // conversion value, micros
            values[5][i] = r.nextLong(50_000);                // sessions
            values[6][i] = r.nextLong(100);                   // leads
        }
    }

    private static String[] names(String prefix, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = (prefix + i).intern();
        }
        return out;
    }
}
