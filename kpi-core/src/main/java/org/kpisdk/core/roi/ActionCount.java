package org.kpisdk.core.roi;

import java.time.LocalDate;
import java.util.Objects;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Dimensions;

/**
 * How many times an action (a lead, a download, a demo, a registration, a sale, a new customer) happened on one
 * day, in one channel or campaign.
 *
 * <pre>{@code
 * ActionCount leads = ActionCount.of(ActionCount.LEAD, 12, LocalDate.of(2026, 3, 14),
 *         Dimensions.of("channel", "linkedin"));
 * }</pre>
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param action the action id, lowercase snake case
 * @param count  how many times, {@code >= 0}
 * @param date   the day
 * @param scope  the channel, campaign or other dimensions
 */
public record ActionCount(String action, long count, LocalDate date, Dimensions scope) {
    /** A lead: the denominator of CPL. */
    public static final String LEAD = "lead";
    /** A download. */
    public static final String DOWNLOAD = "download";
    /** A demo. */
    public static final String DEMO = "demo";
    /** A registration. */
    public static final String REGISTRATION = "registration";
    /** A sale. */
    public static final String SALE = "sale";
    /** A conversion, whatever the effort counts as one: the denominator of CPA. */
    public static final String CONVERSION = "conversion";
    /** A newly acquired customer: the denominator of CAC. */
    public static final String NEW_CUSTOMER = "new_customer";

    /** Validates every field. */
    public ActionCount {
        CostCategory.checkId(action, "action");
        Checks.nonNegative(count, "count");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(scope, "scope");
    }

    /** Returns {@code count} times {@code action} on {@code date} in {@code scope}. */
    public static ActionCount of(String action, long count, LocalDate date, Dimensions scope) {
        return new ActionCount(action, count, date, scope);
    }
}
