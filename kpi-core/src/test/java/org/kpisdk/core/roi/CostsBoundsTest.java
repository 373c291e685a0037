package org.kpisdk.core.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

/** Issue 26: period totals of open-ended and very long cost items, within {@link Costs#MAX_PERIODS}. */
final class CostsBoundsTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    private static Costs item(LocalDate start, LocalDate end) {
        return Costs.in("EUR").plus(CostItem.adSpend(Money.of("1000.00", "EUR"), DateRange.of(start, end),
                Dimensions.empty()));
    }

    @Test
    void anItemOpenEndedTo9999IsTotalledByYearWithoutCrashing() {
        // The period after 9999 was asked for (PeriodKey.next() past the last year) and threw.
        Map<PeriodKey, Money> byYear = item(START, OPEN_END).totalsByPeriod(TimeGrain.YEAR);
        assertEquals(9999 - 2026 + 1, byYear.size());
        assertEquals(PeriodKey.parse("9999"), byYear.keySet().stream().reduce((a, b) -> b).orElseThrow());
        Money sum = Money.zero(java.util.Currency.getInstance("EUR"));
        for (Money m : byYear.values()) {
            sum = sum.plus(m);
        }
        assertEquals(Money.of("1000.00", "EUR"), sum);
        Map<PeriodKey, Money> byQuarter = item(START, OPEN_END).totalsByPeriod(TimeGrain.QUARTER);
        assertEquals(4 * (9999 - 2026 + 1), byQuarter.size());
    }

    @Test
    void periodsAtTheLimitAreTotalledAndOneMoreIsRefused() {
        // Years 1..9999 by month: 119,988 periods, within the limit; by day, 3,652,059, past it.
        LocalDate first = LocalDate.of(1, 1, 1);
        assertEquals(119_988, item(first, OPEN_END).totalsByPeriod(TimeGrain.MONTH).size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> item(first, OPEN_END).totalsByPeriod(TimeGrain.DAY));
        assertEquals("an amount over 0001-01-01..9999-12-31 spreads over 3652059 periods of grain DAY, more than "
                + "the limit 1000000: use a coarser grain", e.getMessage());
        LocalDate end = START.plusDays(Costs.MAX_PERIODS - 1);
        IllegalArgumentException past = assertThrows(IllegalArgumentException.class,
                () -> item(START, end.plusDays(1)).totalsByPeriod(TimeGrain.DAY));
        assertEquals("an amount over 2026-01-01.." + end.plusDays(1) + " spreads over 1000001 periods of grain DAY, "
                + "more than the limit 1000000: use a coarser grain", past.getMessage());
    }
}
