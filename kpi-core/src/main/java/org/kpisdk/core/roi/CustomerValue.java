package org.kpisdk.core.roi;

import java.math.BigDecimal;
import java.util.Objects;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Money;

/**
 * Customer lifetime value (DOMAIN A.8 {@code clv}): {@code average order value × purchases per customer per year ×
 * customer lifespan in years}, and its margin-based form {@code clv × gross margin}.
 *
 * <pre>{@code
 * CustomerValue cv = CustomerValue.of(Money.of("80", "EUR"), new BigDecimal("3"), new BigDecimal("2.5"));
 * cv.clv();                                   // EUR 600.00 = 80 × 3 × 2.5
 * cv.clvMargin(new BigDecimal("0.40"));       // EUR 240.00
 * // from history: EUR 48,000 from 600 orders by 200 customers over 1 year, lifespan 2.5 years
 * CustomerValue.fromHistory(Money.of("48000", "EUR"), 600, 200, BigDecimal.ONE, new BigDecimal("2.5")).clv();
 *                                             // EUR 600.00 = (48000/600) × (600/200/1) × 2.5
 * }</pre>
 *
 * <p>Values are exact {@link Figure}s; from history, CLV is undefined when there were no orders or no customers,
 * and its {@link Figure#undefinedReason()} says which.
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class CustomerValue {
    private final Figure clv;

    private CustomerValue(Figure clv) {
        this.clv = clv;
    }

    /**
     * Returns the lifetime value from its three factors.
     *
     * @throws IllegalArgumentException if any factor is negative
     */
    public static CustomerValue of(Money averageOrderValue, BigDecimal purchasesPerYear, BigDecimal lifespanYears) {
        Objects.requireNonNull(averageOrderValue, "averageOrderValue");
        Objects.requireNonNull(purchasesPerYear, "purchasesPerYear");
        Objects.requireNonNull(lifespanYears, "lifespanYears");
        Checks.argument(averageOrderValue.signum() >= 0, "averageOrderValue must be >= 0, was %s", averageOrderValue);
        Checks.argument(purchasesPerYear.signum() >= 0, "purchasesPerYear must be >= 0, was %s",
                purchasesPerYear.toPlainString());
        Checks.argument(lifespanYears.signum() >= 0, "lifespanYears must be >= 0, was %s",
                lifespanYears.toPlainString());
        return new CustomerValue(Figure.money(
                averageOrderValue.amount().multiply(purchasesPerYear).multiply(lifespanYears), BigDecimal.ONE,
                averageOrderValue.currency()));
    }

    /**
     * Returns the lifetime value from observed history: average order value {@code revenue / orders}, purchase
     * frequency {@code orders / (customers × observedYears)}, times {@code lifespanYears}.
     *
     * @throws IllegalArgumentException if revenue, a count or the lifespan is negative, or observedYears is not > 0
     */
    public static CustomerValue fromHistory(Money revenue, long orders, long customers, BigDecimal observedYears,
            BigDecimal lifespanYears) {
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(observedYears, "observedYears");
        Objects.requireNonNull(lifespanYears, "lifespanYears");
        Checks.argument(revenue.signum() >= 0, "revenue must be >= 0, was %s", revenue);
        Checks.nonNegative(orders, "orders");
        Checks.nonNegative(customers, "customers");
        Checks.argument(observedYears.signum() > 0, "observedYears must be > 0, was %s", observedYears.toPlainString());
        Checks.argument(lifespanYears.signum() >= 0, "lifespanYears must be >= 0, was %s",
                lifespanYears.toPlainString());
        BigDecimal o = BigDecimal.valueOf(orders);
        // (revenue / orders) × (orders / (customers × years)) × lifespan, kept as one exact quotient
        BigDecimal num = revenue.amount().multiply(o).multiply(lifespanYears);
        BigDecimal den = orders == 0 ? BigDecimal.ZERO
                : o.multiply(BigDecimal.valueOf(customers)).multiply(observedYears);
        Figure clv = Figure.money(num, den, revenue.currency());
        return new CustomerValue(orders == 0 ? clv.orBecause("no orders: average order value needs orders > 0")
                : clv.orBecause("no customers: purchase frequency needs customers > 0"));
    }

    /** Returns the (revenue) lifetime value of a customer. */
    public Figure clv() {
        return clv;
    }

    /**
     * Returns the margin-based lifetime value, {@code clv × grossMargin}.
     *
     * @param grossMargin the gross margin as a fraction in {@code [0, 1]} ({@code 0.40} for 40%)
     * @throws IllegalArgumentException if the margin is outside {@code [0, 1]}
     */
    public Figure clvMargin(BigDecimal grossMargin) {
        checkMargin(grossMargin, true);
        return Figure.money(clv.numerator().multiply(grossMargin), clv.denominator(),
                clv.currency().orElseThrow());
    }

    static void checkMargin(BigDecimal grossMargin, boolean zeroAllowed) {
        Objects.requireNonNull(grossMargin, "grossMargin");
        boolean low = zeroAllowed ? grossMargin.signum() >= 0 : grossMargin.signum() > 0;
        Checks.argument(low && grossMargin.compareTo(BigDecimal.ONE) <= 0, "grossMargin must be in %s0, 1], was %s",
                zeroAllowed ? "[" : "(", grossMargin.toPlainString());
    }

    /** Equal when the lifetime values are equal. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CustomerValue customerValue && clv.equals(customerValue.clv);
    }

    @Override
    public int hashCode() {
        return clv.hashCode();
    }

    /** Returns {@code CustomerValue[clv=EUR 600.00]}, rounded for display. */
    @Override
    public String toString() {
        return "CustomerValue[clv=" + clv + "]";
    }
}
