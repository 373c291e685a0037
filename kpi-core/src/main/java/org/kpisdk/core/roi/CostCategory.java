package org.kpisdk.core.roi;

import java.util.Objects;

import org.kpisdk.core.internal.Checks;

/**
 * The kind of a cost: the categories of seed 004's step 3 as constants, and any custom category by id.
 *
 * <pre>{@code
 * CostCategory.STAFF_TIME.id();                 // "staff_time"
 * CostCategory.of("influencer_fees");           // a custom category
 * CostCategory.of("staff_time") == CostCategory.STAFF_TIME;   // false, but equals() is true
 * }</pre>
 *
 * <p>Ids are lowercase snake case ({@code [a-z][a-z0-9_]*}, at most 64 characters). Categories order by id.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param id the stable id of the category
 */
public record CostCategory(String id) implements Comparable<CostCategory> {
    /** Staff time: hours times an hourly rate, per person or role. */
    public static final CostCategory STAFF_TIME = new CostCategory("staff_time");
    /** Platforms and tools: subscriptions, prorated to the analysed period by days. */
    public static final CostCategory PLATFORMS_AND_TOOLS = new CostCategory("platforms_and_tools");
    /** Paid media. */
    public static final CostCategory AD_SPEND = new CostCategory("ad_spend");
    /** Refunds and discounts given for service problems. */
    public static final CostCategory REFUNDS_AND_DISCOUNTS = new CostCategory("refunds_and_discounts");
    /** Research. */
    public static final CostCategory RESEARCH = new CostCategory("research");
    /** Training. */
    public static final CostCategory TRAINING = new CostCategory("training");
    /** Conferences and events. */
    public static final CostCategory EVENTS = new CostCategory("events");
    /** Agency fees. */
    public static final CostCategory AGENCY_FEES = new CostCategory("agency_fees");

    /** Validates the id. */
    public CostCategory {
        checkId(id, "category id");
    }

    /** Returns the category with {@code id}, standard or custom. */
    public static CostCategory of(String id) {
        return new CostCategory(id);
    }

    static String checkId(String id, String field) {
        Objects.requireNonNull(id, field);
        boolean valid = !id.isEmpty() && id.length() <= 64 && id.charAt(0) >= 'a' && id.charAt(0) <= 'z';
        for (int i = 1; valid && i < id.length(); i++) {
            char c = id.charAt(i);
            valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        }
        Checks.argument(valid, "%s must be lowercase snake case [a-z][a-z0-9_]* of at most 64 characters, was '%s'",
                field, id);
        return id;
    }

    /** Orders by id. */
    @Override
    public int compareTo(CostCategory other) {
        return id.compareTo(other.id);
    }

    /** Returns the id. */
    @Override
    public String toString() {
        return id;
    }
}
