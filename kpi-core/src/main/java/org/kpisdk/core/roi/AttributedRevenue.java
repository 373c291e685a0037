package org.kpisdk.core.roi;

import java.util.Currency;
import java.util.List;

import org.kpisdk.core.value.Money;

/**
 * Revenue attributed to channels and campaigns, in one currency: the input that an attribution model (first
 * touch, linear, Markov…) implements, or that {@link Revenue} holds directly.
 *
 * <pre>{@code
 * AttributedRevenue direct = Revenue.in("EUR")
 *         .plus(Money.of("900", "EUR"), LocalDate.of(2026, 3, 3), Dimensions.of("channel", "instagram"));
 *
 * final class MyModel implements AttributedRevenue {     // an attribution model's result
 *     public Currency currency() { return EUR; }
 *     public List<RevenueItem> items() { return attributed; }
 * }
 * }</pre>
 *
 * <p>Implementations should be immutable; a {@link RoiCalculation} takes a snapshot of {@link #items()} and refuses
 * any item whose currency is not {@link #currency()}.
 *
 * <p>Implementations must be immutable and thread-safe; the library's own are.
 */
public interface AttributedRevenue {
    /** Returns the currency of every item. */
    Currency currency();

    /** Returns the attributed revenue items; never null, possibly empty. */
    List<RevenueItem> items();

    /** Returns the sum of all items, exactly. */
    default Money total() {
        Money sum = Money.zero(currency());
        for (RevenueItem i : items()) {
            sum = sum.plus(i.amount());
        }
        return sum;
    }
}
