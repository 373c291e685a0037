package org.kpisdk.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.kpisdk.core.aggregate.QueryResult;
import org.kpisdk.core.analysis.KpiSeries;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.TimeGrain;

/**
 * A metric's past values, one per consecutive period of a grain, oldest first: what the "achievable" SMART check
 * compares a goal's required growth with.
 *
 * <pre>{@code
 * History monthly = History.of(TimeGrain.MONTH, 1000, 1020, 1035, 1060, 1070, 1100);
 * History fromSeries = History.of(KpiSeries.of(PeriodKey.parse("2026-01"), 1000, 1020, 1035));
 * History fromQuery = History.of(monthlyResult, "engagement_rate_by_impressions",
 *         Dimensions.of("channel", "instagram", "content_type", "video"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param grain  the length of each period
 * @param values one value per period, oldest first
 */
public record History(TimeGrain grain, List<BigDecimal> values) {
    /** Copies the values; none may be null. */
    public History {
        Objects.requireNonNull(grain, "grain");
        values = List.copyOf(values);
    }

    /** Returns a history from {@code double} values, each of which must be finite. */
    public static History of(TimeGrain grain, double... values) {
        BigDecimal[] list = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            Checks.argument(Double.isFinite(values[i]), "values[%d] must be finite, was %s", i, values[i]);
            list[i] = BigDecimal.valueOf(values[i]);
        }
        return new History(grain, List.of(list));
    }

    /**
     * Returns the history of an analysis series: its latest unbroken run of defined values. The SMART check
     * compares changes between adjacent periods, so an undefined value (a rate over nothing) or a period missing
     * from the series ends the history: the values before the last gap are not used. An empty history (the last
     * period undefined) makes the check report that achievability cannot be judged, with the count of periods it
     * got.
     *
     * <pre>{@code
     * // 2026-01=10, 2026-02=undefined, 2026-03=12, 2026-04=15  ->  History(MONTH, [12, 15])
     * }</pre>
     */
    public static History of(KpiSeries series) {
        Objects.requireNonNull(series, "series");
        List<BigDecimal> run = new ArrayList<>();
        for (int i = series.size() - 1; i >= 0 && series.isDefined(i); i--) {
            if (i < series.size() - 1 && series.period(i).next().compareTo(series.period(i + 1)) != 0) {
                break;
            }
            run.add(BigDecimal.valueOf(series.value(i).getAsDouble()));
        }
        Collections.reverse(run);
        return new History(series.grain(), run);
    }

    /**
     * Returns the history of {@code metricId} in {@code scope} from a query grouped by a time grain, as
     * {@link #of(KpiSeries)} of its series. A row's scope is its grouping dimensions plus every single-valued filter
     * of the query on a dimension it does not group by, so a query {@code where("channel", "instagram")
     * .groupBy("content_type")} serves a goal scoped {@code channel=instagram, content_type=video}.
     *
     * @throws IllegalArgumentException when the query has no time grain or does not compute the metric
     */
    public static History of(QueryResult result, String metricId, Dimensions scope) {
        return of(QueryResults.series(result, metricId, scope));
    }
}
