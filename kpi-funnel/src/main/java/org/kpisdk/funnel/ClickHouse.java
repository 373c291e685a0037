package org.kpisdk.funnel;

import java.util.Objects;

import org.kpisdk.core.internal.Checks;

/**
 * Options that reproduce ClickHouse's {@code windowFunnel(window, mode, ...)} as of ClickHouse 26.x (docs:
 * "Parametric aggregate functions", section windowFunnel; source
 * {@code src/AggregateFunctions/AggregateFunctionWindowFunnel.cpp}; tests {@code 00632_aggregation_window_funnel}).
 *
 * <pre>{@code
 * FunnelOptions o = ClickHouse.windowFunnel("strict_order", "strict_deduplication");
 * Funnel f = Funnel.builder().step("a").step("b").window(Duration.ofSeconds(3600)).options(o).build();
 * }</pre>
 *
 * <p>The modes map to named options:
 * <ul>
 *   <li>no mode: {@link FunnelOptions#defaults()} (latest anchor, one row may fill several steps, ties by
 *       condition index, window inclusive from the first step);</li>
 *   <li>{@code strict_deduplication}: {@link FunnelOptions.RepeatedStep#STOP};</li>
 *   <li>{@code strict_order}: {@link FunnelOptions.OutOfOrderStep#STOP}, {@link FunnelOptions.Reentry#STOP} and
 *       {@link FunnelOptions.UnmatchedEvent#STOP};</li>
 *   <li>{@code allow_reentry} (with {@code strict_order} only): {@link FunnelOptions.Reentry#RESTART}; out-of-order
 *       and unmatched events still stop (as ClickHouse's test {@code 00632_aggregation_window_funnel} shows: rows
 *       {@code a, c, b} give 1 with both modes);</li>
 *   <li>{@code strict_increase}: {@link FunnelOptions.Timestamps#STRICTLY_INCREASING};</li>
 *   <li>{@code strict_once}: {@link FunnelOptions.EventReuse#ONE_STEP}.</li>
 * </ul>
 *
 * <p>Intentional differences. {@code strict_increase}: ClickHouse keeps one chain per level, so a later step-1 row
 * can overwrite a chain that was still valid (rows {@code c1@0, c1@1, c2@1} give 1 in ClickHouse); this library
 * keeps the best chain per level per timestamp and gives 2. {@code strict_once}: ClickHouse orders equal
 * timestamps by row arrival, so its result can depend on row order; this library orders them by
 * {@link FunnelOptions.TieOrder#BY_STEP_INDEX}. {@code strict_deduplication}: the scan stops with the highest
 * level reached, the rule since the fix of ClickHouse issue #37177; the 00632 reference still shows the older rule
 * (the condition index of the entry before the duplicate) for {@code strict_order, allow_reentry,
 * strict_deduplication} on rows {@code a, b, a, b, c}: 1 there, 2 here. Timestamps here are epoch milliseconds; express the window in the
 * same unit as ClickHouse's timestamp column scaled to milliseconds.
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class ClickHouse {
    private ClickHouse() {
    }

    /**
     * Returns the options equivalent to the given {@code windowFunnel} modes.
     *
     * @throws IllegalArgumentException for an unknown mode, the removed mode {@code strict}, or
     *                                  {@code allow_reentry} without {@code strict_order}
     */
    public static FunnelOptions windowFunnel(String... modes) {
        Objects.requireNonNull(modes, "modes");
        FunnelOptions o = FunnelOptions.defaults();
        boolean strictOrder = false;
        boolean reentry = false;
        for (String mode : modes) {
            Objects.requireNonNull(mode, "mode");
            switch (mode) {
                case "strict_deduplication" -> o = o.with(FunnelOptions.RepeatedStep.STOP);
                case "strict_order" -> strictOrder = true;
                case "allow_reentry" -> reentry = true;
                case "strict_increase" -> o = o.with(FunnelOptions.Timestamps.STRICTLY_INCREASING);
                case "strict_once" -> o = o.with(FunnelOptions.EventReuse.ONE_STEP);
                case "strict" -> throw new IllegalArgumentException(
                            "windowFunnel mode 'strict' was replaced with 'strict_deduplication'");
                default -> throw new IllegalArgumentException(Checks.format("windowFunnel mode must be one of "
                            + "strict_deduplication, strict_order, strict_increase, strict_once, allow_reentry, "
                            + "was '%s'", mode));
            }
        }
        Checks.argument(!reentry || strictOrder, "windowFunnel mode allow_reentry requires strict_order");
        if (strictOrder) {
            o = o.with(FunnelOptions.UnmatchedEvent.STOP).with(FunnelOptions.OutOfOrderStep.STOP)
                    .with(reentry ? FunnelOptions.Reentry.RESTART : FunnelOptions.Reentry.STOP);
        }
        return o;
    }
}
