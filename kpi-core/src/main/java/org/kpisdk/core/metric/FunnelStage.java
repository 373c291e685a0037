package org.kpisdk.core.metric;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.kpisdk.core.internal.Checks;

/**
 * The stage of the marketing funnel a KPI measures: awareness, engagement, consideration, conversion, loyalty and
 * advocacy (the social-media funnel of DOMAIN Part D.6), plus {@link #UNASSIGNED} for a metric whose stage nobody
 * declared. Every metric of {@link StandardMetrics#catalog()} has a stage other than {@code UNASSIGNED}.
 *
 * <pre>{@code
 * StandardMetrics.REACH.info().stage();     // AWARENESS
 * StandardMetrics.CPA.info().stage();       // CONVERSION
 * FunnelStage.parse("loyalty");             // LOYALTY
 * }</pre>
 *
 * <p>The constants are in funnel order, {@code UNASSIGNED} last. Enum constants are immutable and thread-safe.
 */
public enum FunnelStage {
    /** People learn that the brand exists: reach, impressions, audience growth, share of voice. */
    AWARENESS,
    /** People interact with the content: engagement rate, amplification. */
    ENGAGEMENT,
    /** People consider buying: they click, visit, read and leave their details. */
    CONSIDERATION,
    /** People act: they sign up or buy; conversion rate, cost per acquisition, revenue. */
    CONVERSION,
    /** Customers stay and are served well: retention, satisfaction, care. */
    LOYALTY,
    /** Customers recommend the brand: NPS, sentiment. */
    ADVOCACY,
    /** The metric's stage is not declared; a custom metric starts here until its definition names one. */
    UNASSIGNED;

    /** Returns the lowercase name, such as {@code "awareness"}, which {@link #parse} reads back. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the stage named {@code text}, ignoring case, such as {@code "Awareness"}.
     *
     * @throws IllegalArgumentException naming the text and the stages when it names none
     */
    public static FunnelStage parse(String text) {
        Objects.requireNonNull(text, "text");
        for (FunnelStage s : values()) {
            if (s.name().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException(Checks.format("funnel stage must be one of %s, was '%s'",
                Arrays.toString(values()), text));
    }
}
