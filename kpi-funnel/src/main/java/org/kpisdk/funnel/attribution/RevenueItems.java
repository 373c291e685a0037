package org.kpisdk.funnel.attribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.roi.RevenueItem;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;

/**
 * Splits each channel's attributed revenue by conversion date and campaign, exactly: the dated
 * {@link RevenueItem}s of an {@link AttributionResult}. Package-private machinery.
 *
 * <p>Each converting row contributes {@code value × share} to the cell (channel, date of its conversion, campaign)
 * of every channel of its split; the campaign is the one all of the row's touches on that channel carry, or none
 * when they carry none or several. Within a channel, cells are ordered by date, then campaign, and rounded by
 * cumulative rounding to the minor unit: the running total up to cell {@code i} is rounded half-even (and capped
 * at the channel's rounded revenue, which the last cell reaches), and each cell gets the difference of two running
 * totals. So the cells of a channel sum exactly to its {@link ChannelCredit#revenue()}, none is negative, and the
 * cells of any run of consecutive dates (a day, a week, a month) are within one minor unit of their exact sum.
 */
final class RevenueItems {
    private static final int WORK_SCALE = 30;

    private RevenueItems() {
    }

    /** A channel's cell: its date and campaign (null for none) and the exact-to-30-digits revenue. */
    private static final class Cell {
        final LocalDate date;
        @Nullable
        final String campaign;
        BigDecimal raw = BigDecimal.ZERO;

        Cell(LocalDate date, @Nullable String campaign) {
            this.date = date;
            this.campaign = campaign;
        }
    }

    private static final Comparator<Cell> ORDER = Comparator.<Cell, LocalDate>comparing(c -> c.date)
            .thenComparing(c -> c.campaign, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    static List<RevenueItem> of(JourneySet set, Splitter splitter, List<ChannelCredit> credits, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        int channelCount = set.channels().size();
        List<Map<String, Cell>> cells = new ArrayList<>(channelCount);
        for (int c = 0; c < channelCount; c++) {
            cells.add(new HashMap<>());
        }
        Map<Object, Split> splits = new HashMap<>();
        for (int row = 0; row < set.size(); row++) {
            if (set.conv(row) == 0) {
                continue;
            }
            Checks.state(set.timed(row), "revenue items need each conversion's date, but row %d is the aggregated "
                    + "path %s without times: build the journey set from journeys or events", row, set.path(row));
            final int r = row;
            Split split = splits.computeIfAbsent(splitter.key(set, row), k -> splitter.split(set, r));
            LocalDate date = LocalDate.ofInstant(Instant.ofEpochSecond(set.conversionSecond(row)), zone);
            BigDecimal value = set.val(row);
            for (int k = 0; k < split.channels.length; k++) {
                int c = split.channels[k];
                String campaign = campaignOf(set, row, c);
                String key = date + "|" + (campaign == null ? "" : "\u0001" + campaign);
                Cell cell = cells.get(c).computeIfAbsent(key, x -> new Cell(date, campaign));
                BigDecimal num = new BigDecimal(split.shares[k].numerator());
                BigDecimal den = new BigDecimal(split.shares[k].denominator());
                cell.raw = cell.raw.add(value.multiply(num).divide(den, WORK_SCALE, RoundingMode.HALF_EVEN));
            }
        }
        int minor = Math.max(0, set.currency().getDefaultFractionDigits());
        List<RevenueItem> items = new ArrayList<>();
        for (int c = 0; c < channelCount; c++) {
            String channel = set.channels().get(c);
            BigDecimal target = credits.get(c).revenue().amount().setScale(minor, RoundingMode.UNNECESSARY);
            List<Cell> ordered = new ArrayList<>(cells.get(c).values());
            ordered.sort(ORDER);
            Checks.state(!ordered.isEmpty() || target.signum() == 0,
                    "channel '%s' has revenue %s but no converting row to date it", channel, target);
            BigDecimal running = BigDecimal.ZERO;
            BigDecimal previous = BigDecimal.ZERO.setScale(minor);
            for (int i = 0; i < ordered.size(); i++) {
                Cell cell = ordered.get(i);
                running = running.add(cell.raw);
                BigDecimal rounded = i == ordered.size() - 1 ? target
                        : running.setScale(minor, RoundingMode.HALF_EVEN).min(target);
                BigDecimal amount = rounded.subtract(previous);
                previous = rounded;
                if (amount.signum() != 0) {
                    Dimensions scope = cell.campaign == null ? Dimensions.of("channel", channel)
                            : Dimensions.of("channel", channel, "campaign", cell.campaign);
                    items.add(RevenueItem.of(Money.of(amount, set.currency()), cell.date, scope));
                }
            }
        }
        return Collections.unmodifiableList(items);
    }

    /** Returns the one campaign of the row's touches on channel {@code c}, or null for none or several. */
    @Nullable
    private static String campaignOf(JourneySet set, int row, int c) {
        String found = null;
        for (int i = set.start(row); i < set.end(row); i++) {
            if (set.touch(i) != c) {
                continue;
            }
            String campaign = set.campaign(i);
            if (campaign == null || (found != null && !found.equals(campaign))) {
                return null;
            }
            found = campaign;
        }
        return found;
    }
}
