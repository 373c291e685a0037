package org.kpisdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.value.Ratio;

class DemoTest {
    private static final List<SampleData.Row> ROWS = SampleData.generate(SampleData.SEED);
    private static final LocalDate Q3_START = LocalDate.of(2026, 7, 1);
    private static final LocalDate Q4_START = LocalDate.of(2026, 10, 1);

    @Test
    void sampleIsTwelveMonthsOfSixChannelsInThreeRegions() {
        assertEquals(365 * 6 * 3, ROWS.size());
        assertEquals(ROWS, SampleData.generate(SampleData.SEED), "same seed, same data");
    }

    @Test
    void channelFiguresAgreeWithARecomputationFromRawRows() {
        Map<String, Demo.ChannelFigures> figures = Demo.byChannel(ROWS, Demo.lastQuarter());
        assertEquals(SampleData.CHANNELS, List.copyOf(figures.keySet()));
        for (String channel : SampleData.CHANNELS) {
            long impressions = 0;
            long engagements = 0;
            long costMicros = 0;
            for (SampleData.Row row : ROWS) {
                if (row.channel().equals(channel) && !row.date().isBefore(Q3_START) && row.date().isBefore(Q4_START)) {
                    Map<?, Long> v = row.values();
                    impressions += v.getOrDefault(StandardMeasures.IMPRESSIONS, 0L);
                    engagements += v.getOrDefault(StandardMeasures.LIKES, 0L)
                            + v.getOrDefault(StandardMeasures.COMMENTS, 0L)
                            + v.getOrDefault(StandardMeasures.SHARES, 0L)
                            + v.getOrDefault(StandardMeasures.SAVES, 0L);
                    costMicros += v.getOrDefault(StandardMeasures.COST, 0L);
                }
            }
            Demo.ChannelFigures f = figures.get(channel);
            assertEquals(impressions, f.impressions(), channel);
            assertEquals(Ratio.of(engagements, impressions), f.engagement(), channel);
            assertEquals(costMicros, f.cost().toMicros(), channel);
        }
    }

    @Test
    void emailHasNoImpressionsSoItsEngagementRateIsUndefinedNotNaN() {
        Demo.ChannelFigures email = Demo.byChannel(ROWS, Demo.lastQuarter()).get("email");
        assertEquals(Ratio.empty(), email.engagement());
        assertTrue(email.engagement().percent().isEmpty());
    }

    @Test
    void printsOneLinePerChannelWithItsRoi() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Demo.print(ROWS, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("2026-Q3 (2026-07-01 to 2026-09-30)"), out);
        for (Demo.ChannelFigures f : Demo.byChannel(ROWS, Demo.lastQuarter()).values()) {
            String roi = String.format("%.2f%%", f.roiPercent().orElseThrow());
            assertTrue(out.lines().anyMatch(l -> l.startsWith(f.channel() + " ") && l.endsWith(roi)),
                    () -> f.channel() + " " + roi + " missing in\n" + out);
        }
    }
}
