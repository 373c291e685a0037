package org.kpisdk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.value.Direction;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;

/** Laws of trends, forecasts, moving averages, anomaly flags and required growth over generated series. */
final class SeriesLawsTest {
    /** A line y = intercept + slope · x over 3..60 periods of a random grain, with some periods undefined. */
    record Line(double intercept, double slope, int periods, KpiSeries series) {
        @Override
        public String toString() {
            return "y = " + intercept + " + " + slope + "·x over " + periods + " periods";
        }
    }

    static KpiSeries sampled(SplittableRandom r, int n, java.util.function.IntToDoubleFunction value) {
        TimeGrain grain = org.kpisdk.testkit.ValueGens.grains().next(r);
        PeriodKey first = grain.periodOf(java.time.LocalDate.of(2000 + r.nextInt(50), 1 + r.nextInt(12), 1));
        KpiSeries.Builder b = KpiSeries.builder(grain);
        int defined = 0;
        for (int i = 0; i < n; i++) {
            // Keep the first, last and at least three values defined; drop about one in six otherwise.
            boolean keep = i == 0 || i == n - 1 || n - i <= 3 - defined || r.nextInt(6) != 0;
            if (keep) {
                b.add(first.plus(i), value.applyAsDouble(i));
                defined++;
            } else if (r.nextBoolean()) {
                b.addUndefined(first.plus(i));
            }
        }
        return b.build();
    }

    static final Gen<Line> LINES = Gen.of(r -> {
        double intercept = r.nextDouble(-1e6, 1e6);
        double slope = r.nextDouble(-1e3, 1e3);
        int n = r.nextInt(3, 61);
        return new Line(intercept, slope, n, sampled(r, n, i -> intercept + slope * i));
    }, List.of());

    /** A constant series of 3..40 periods with undefined holes; the constant is any finite magnitude. */
    static final Gen<KpiSeries> CONSTANTS = Gen.of(r -> {
        double c = r.nextBoolean() ? r.nextDouble(-1e9, 1e9) : r.nextDouble() * Math.pow(10, r.nextInt(-300, 300));
        return sampled(r, r.nextInt(3, 41), i -> c);
    }, List.of(KpiSeries.of(PeriodKey.parse("2026-01"), 0.1, 0.1, 0.1)));

    static Stream<Arguments> lines() {
        return Cases.of(LINES);
    }

    static Stream<Arguments> constants() {
        return Cases.of(CONSTANTS);
    }

    @ParameterizedTest
    @MethodSource("lines")
    void trendOnAnExactLineRecoversSlopeAndInterceptAndExtendsIt(Line line) {
        LinearFit fit = LinearTrendForecaster.fit(line.series());
        double scale = Math.abs(line.intercept()) + Math.abs(line.slope()) * line.periods();
        assertEquals(line.slope(), fit.slope(), 1e-9 * scale, line::toString);
        assertEquals(line.intercept(), fit.intercept(), 1e-9 * scale, line::toString);
        Forecast f = Forecaster.linearTrend().forecast(line.series(), 3, 0.95);
        double lastX = line.periods() - 1;
        for (int h = 1; h <= 3; h++) {
            ForecastPoint point = f.points().get(h - 1);
            assertEquals(line.intercept() + line.slope() * (lastX + h), point.value(), 1e-8 * scale);
            assertTrue(point.interval().width() <= 1e-6 * scale, "an exact line leaves no residual spread");
        }
        // Holt with any parameters follows an exact line once started from two of its points.
        Forecast holt = Forecaster.holt(0.4, 0.2).forecast(line.series(), 2, 0.9);
        assertEquals(line.intercept() + line.slope() * (lastX + 2), holt.values()[1], 1e-8 * scale);
    }

    @ParameterizedTest
    @MethodSource("constants")
    void forecastsAndAveragesOfAConstantAreTheConstant(KpiSeries series) {
        double c = firstDefined(series);
        for (Forecaster f : new Forecaster[] {Forecaster.linearTrend(), Forecaster.holt(0.3, 0.1),
            Forecaster.holt(1.0, 1.0)}) {
            for (ForecastPoint p : f.forecast(series, 4, 0.95).points()) {
                assertEquals(c, p.value(), f::name);
                assertEquals(new Interval(c, c), p.interval(), f::name);
            }
        }
        for (UndefinedValues policy : UndefinedValues.values()) {
            assertAllEqual(c, MovingAverages.simple(series, 3, policy));
            assertAllEqual(c, MovingAverages.exponential(series, 0.3, policy));
        }
        for (AnomalyCheck check : MadAnomalyDetector.of(4, 3.0).check(series)) {
            assertFalse(check.isAnomaly(), check::toString);
        }
    }

    static final Gen<double[]> VALUES = Gen.of(r -> {
        double[] v = new double[r.nextInt(6, 30)];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextInt(10) == 0 ? r.nextDouble(-1e4, 1e4) : r.nextDouble(90, 110);
        }
        return v;
    }, List.of());

    static Stream<Arguments> valuesAndAffine() {
        return Cases.of(VALUES, Gen.<Double>of(r -> Math.pow(10, r.nextDouble(-3, 3)), List.of(1.0)),
                Gen.<Double>of(r -> r.nextDouble(-1e3, 1e3), List.of(0.0)));
    }

    @ParameterizedTest
    @MethodSource("valuesAndAffine")
    void anomalyVerdictsIgnoreUnitsAndOffsets(double[] values, double scale, double offset) {
        PeriodKey d = PeriodKey.parse("2026-03-01");
        double[] moved = values.clone();
        for (int i = 0; i < moved.length; i++) {
            moved[i] = scale * values[i] + offset;
        }
        MadAnomalyDetector detector = MadAnomalyDetector.of(5, 2.5);
        List<AnomalyCheck> a = detector.check(KpiSeries.of(d, values));
        List<AnomalyCheck> b = detector.check(KpiSeries.of(d, moved));
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).score().isPresent() && Math.abs(Math.abs(a.get(i).score().getAsDouble()) - 2.5) > 1e-6) {
                assertEquals(a.get(i).verdict(), b.get(i).verdict(), "period " + i);
                assertEquals(a.get(i).score().getAsDouble(), b.get(i).score().getAsDouble(),
                        1e-6 * (1 + Math.abs(a.get(i).score().getAsDouble())));
            }
        }
    }

    static Stream<Arguments> growthTargets() {
        return Cases.of(Gen.<Double>of(r -> Math.pow(10, r.nextDouble(-6, 9)), List.of(1.0, 1e-6)),
                Gen.<Double>of(r -> Math.pow(10, r.nextDouble(-6, 9)), List.of(1.0, 1e9)), Gen.ints(1, 120));
    }

    @ParameterizedTest
    @MethodSource("growthTargets")
    void compoundingTheRequiredRateReachesTheTarget(double baseline, double target, int periods) {
        double rate = RequiredGrowth.requiredRate(baseline, target, periods);
        // 1 + rate carries the rounding of rate, ulp(|rate|), relative to 1 + rate: large when rate is near −1.
        double tolerance = periods * (2 * Math.ulp(Math.abs(rate)) / (1 + rate) + 1e-15) + 1e-13;
        assertEquals(0.0, baseline * Math.pow(1 + rate, periods) / target - 1, tolerance,
                () -> baseline + " -> " + target + " in " + periods + ": " + rate);
        // The judgement does not depend on the unit: scaling baseline, target and history alike changes nothing.
        KpiSeries history = KpiSeries.of(PeriodKey.parse("2026-01"), 100, 104, 101, 120, 118, 125);
        KpiSeries scaled = KpiSeries.of(PeriodKey.parse("2026-01"), 1000, 1040, 1010, 1200, 1180, 1250);
        RequiredGrowth g = RequiredGrowth.assess(baseline, target, periods, history, Direction.HIGHER_IS_BETTER);
        RequiredGrowth h = RequiredGrowth.assess(baseline * 8, target * 8, periods, scaled,
                Direction.HIGHER_IS_BETTER);
        assertEquals(g.achievability(), h.achievability());
        assertEquals(target > baseline ? g.achievability() != RequiredGrowth.Achievability.ALREADY_MET
                : g.achievability() == RequiredGrowth.Achievability.ALREADY_MET, true);
    }

    static final Gen<KpiSeries> NOISY = Gen.of(r -> {
        double level = r.nextDouble(-100, 100);
        double slope = r.nextDouble(-5, 5);
        double noise = r.nextDouble(0, 10);
        return sampled(r, r.nextInt(3, 40), i -> level + slope * i + noise * r.nextGaussian());
    }, List.of());

    static Stream<Arguments> holtCases() {
        return Cases.of(NOISY, Gen.<Double>of(r -> r.nextDouble(0.01, 1), List.of(1.0, 0.05)),
                Gen.<Double>of(r -> r.nextDouble(0, 1), List.of(0.0, 1.0)));
    }

    @ParameterizedTest
    @MethodSource("holtCases")
    void holtMatchesTheComponentFormRecursion(KpiSeries series, double alpha, double beta) {
        // Component form (Holt 1957; Hyndman and Athanasopoulos §8.2), written independently of the
        // error-correction form used by HoltForecaster: level = α·y + (1 − α)(level + trend),
        // trend = β(level − previous level) + (1 − β)·trend; a period without a value keeps level + trend.
        int first = -1;
        int second = -1;
        for (int i = 0; i < series.size() && second < 0; i++) {
            if (series.isDefined(i)) {
                if (first < 0) {
                    first = i;
                } else {
                    second = i;
                }
            }
        }
        double level = series.value(second).getAsDouble();
        double trend = (level - series.value(first).getAsDouble())
                / (series.period(second).index() - series.period(first).index());
        long position = series.period(second).index();
        for (int i = second + 1; i < series.size(); i++) {
            while (position < series.period(i).index() - 1) {
                level += trend;
                position++;
            }
            position++;
            double previous = level;
            if (series.isDefined(i)) {
                level = alpha * series.value(i).getAsDouble() + (1 - alpha) * (level + trend);
                trend = beta * (level - previous) + (1 - beta) * trend;
            } else {
                level = level + trend;
            }
        }
        double[] forecast = Forecaster.holt(alpha, beta).forecast(series, 3, 0.8).values();
        double scale = 1 + Math.abs(level) + Math.abs(trend);
        for (int h = 1; h <= 3; h++) {
            assertEquals(level + h * trend, forecast[h - 1], 1e-9 * scale, "h=" + h);
        }
    }

    static Stream<Arguments> windows() {
        return Cases.of(NOISY, Gen.ints(1, 12));
    }

    @ParameterizedTest
    @MethodSource("windows")
    void simpleAverageEqualsABruteForceRecomputationAndChangesRecompose(KpiSeries series, int window) {
        KpiSeries skip = MovingAverages.simple(series, window, UndefinedValues.SKIP);
        KpiSeries propagate = MovingAverages.simple(series, window, UndefinedValues.PROPAGATE);
        long first = series.period(0).index();
        for (int i = 0; i < series.size(); i++) {
            long to = series.period(i).index();
            double sum = 0;
            int defined = 0;
            for (int j = 0; j < series.size(); j++) {
                long at = series.period(j).index();
                if (at > to - window && at <= to && series.isDefined(j)) {
                    sum += series.value(j).getAsDouble();
                    defined++;
                }
            }
            boolean full = to - window + 1 >= first;
            assertEquals(full && defined > 0, skip.isDefined(i), "period " + i);
            assertEquals(full && defined == window, propagate.isDefined(i), "period " + i);
            if (skip.isDefined(i)) {
                assertEquals(sum / defined, skip.value(i).getAsDouble(), 1e-9 * (1 + Math.abs(sum)));
            }
        }
        KpiSeries relative = PeriodOverPeriod.relativeChange(series);
        KpiSeries difference = PeriodOverPeriod.difference(series);
        for (int i = 1; i < series.size(); i++) {
            if (difference.isDefined(i)) {
                double previous = series.value(i - 1).getAsDouble();
                double current = series.value(i).getAsDouble();
                assertEquals(current, previous + difference.value(i).getAsDouble(), 1e-12 * (1 + Math.abs(current)));
                if (previous != 0) {
                    assertEquals(current, previous + Math.abs(previous) * relative.value(i).getAsDouble(),
                            1e-9 * (1 + Math.abs(current)));
                }
            }
        }
    }

    private static double firstDefined(KpiSeries s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.isDefined(i)) {
                return s.value(i).getAsDouble();
            }
        }
        throw new AssertionError("generator made no defined value");
    }

    private static void assertAllEqual(double c, KpiSeries s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.isDefined(i)) {
                assertEquals(c, s.value(i).getAsDouble(), s::toString);
            }
        }
    }
}
