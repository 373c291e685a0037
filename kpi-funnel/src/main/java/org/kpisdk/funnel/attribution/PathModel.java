package org.kpisdk.funnel.attribution;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.kpisdk.core.internal.Checks;

/**
 * The heuristic models: each splits a conversion by the path (and touch times) of its own journey alone.
 * Package-private machinery behind the factories of {@link AttributionModel}.
 */
abstract class PathModel implements AttributionModel, Splitter {
    private final String name;

    PathModel(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final AttributionResult attribute(JourneySet journeys) {
        Objects.requireNonNull(journeys, "journeys");
        return AttributionResult.compute(name, journeys, this, EnumSet.noneOf(AttributionResult.Warning.class));
    }

    @Override
    public final String toString() {
        return name;
    }

    /** 100 % to the first touch. */
    static final class FirstTouch extends PathModel {
        FirstTouch() {
            super("first_touch");
        }

        @Override
        public Object key(JourneySet set, int row) {
            return set.touch(set.start(row));
        }

        @Override
        public boolean hasLongKeys(JourneySet set) {
            return true;
        }

        @Override
        public long longKey(JourneySet set, int row) {
            return set.touch(set.start(row));
        }

        @Override
        public Split split(JourneySet set, int row) {
            return Split.single(set.touch(set.start(row)));
        }
    }

    /** 100 % to the last touch. */
    static final class LastTouch extends PathModel {
        LastTouch() {
            super("last_touch");
        }

        @Override
        public Object key(JourneySet set, int row) {
            return set.touch(set.end(row) - 1);
        }

        @Override
        public boolean hasLongKeys(JourneySet set) {
            return true;
        }

        @Override
        public long longKey(JourneySet set, int row) {
            return set.touch(set.end(row) - 1);
        }

        @Override
        public Split split(JourneySet set, int row) {
            return Split.single(set.touch(set.end(row) - 1));
        }
    }

    /** 100 % to the last touch that is not direct; to the last touch when all are direct. */
    static final class LastNonDirect extends PathModel {
        private final Set<String> direct;

        LastNonDirect(Set<String> direct) {
            super("last_non_direct_touch" + (direct.equals(Set.of("direct")) ? "" : new TreeSet<>(direct)));
            this.direct = direct;
        }

        private int chosen(JourneySet set, int row) {
            for (int i = set.end(row) - 1; i >= set.start(row); i--) {
                if (!direct.contains(set.channels().get(set.touch(i)))) {
                    return set.touch(i);
                }
            }
            return set.touch(set.end(row) - 1);
        }

        @Override
        public Object key(JourneySet set, int row) {
            return chosen(set, row);
        }

        @Override
        public boolean hasLongKeys(JourneySet set) {
            return true;
        }

        @Override
        public long longKey(JourneySet set, int row) {
            return chosen(set, row);
        }

        @Override
        public Split split(JourneySet set, int row) {
            return Split.single(chosen(set, row));
        }
    }

    /** An equal share per touch: a channel touched twice gets two shares. */
    static final class LinearPerTouch extends PathModel {
        LinearPerTouch() {
            super("linear");
        }

        @Override
        public Object key(JourneySet set, int row) {
            return Paths.pathKey(set, row);
        }

        @Override
        public Split split(JourneySet set, int row) {
            Fraction[] weights = new Fraction[set.channels().size()];
            for (int i = set.start(row); i < set.end(row); i++) {
                int c = set.touch(i);
                weights[c] = weights[c] == null ? Fraction.ONE : weights[c].plus(Fraction.ONE);
            }
            return Split.proportional(weights, Paths.distinctSorted(set, row));
        }
    }

    /** An equal share per distinct channel of the path. */
    static final class LinearPerChannel extends PathModel {
        LinearPerChannel() {
            super("linear_per_channel");
        }

        @Override
        public Object key(JourneySet set, int row) {
            return Paths.setKey(set, row);
        }

        @Override
        public boolean hasLongKeys(JourneySet set) {
            return set.channels().size() <= 64;
        }

        @Override
        public long longKey(JourneySet set, int row) {
            return Paths.setMask(set, row);
        }

        @Override
        public Split split(JourneySet set, int row) {
            Fraction[] weights = new Fraction[set.channels().size()];
            for (int c : Paths.distinctSorted(set, row)) {
                weights[c] = Fraction.ONE;
            }
            return Split.proportional(weights, Paths.distinctSorted(set, row));
        }
    }

    /** Weight 2^(−Δt / H) per touch, Δt measured from the touch to the conversion. */
    static final class TimeDecay extends PathModel {
        private final double halfLifeNanos;

        TimeDecay(Duration halfLife) {
            super("time_decay(" + halfLife + ")");
            Checks.argument(!halfLife.isNegative() && !halfLife.isZero(), "halfLife must be > 0, was %s", halfLife);
            long nanos;
            try {
                nanos = halfLife.toNanos();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(
                        Checks.format("halfLife must be at most 292 years, was %s", halfLife), e);
            }
            this.halfLifeNanos = nanos;
        }

        @Override
        public Object key(JourneySet set, int row) {
            return row;
        }

        @Override
        public Split split(JourneySet set, int row) {
            Checks.argument(set.timed(row),
                    "time decay needs touch times, row %d is an aggregated path %s without them", row,
                    set.path(row));
            long newest = Long.MAX_VALUE;
            for (int i = set.start(row); i < set.end(row); i++) {
                newest = Math.min(newest, set.age(i));
            }
            // Shares do not change when all weights are scaled alike: measuring from the newest touch keeps the
            // largest weight at exactly 1, so no path underflows to a zero sum.
            Fraction[] weights = new Fraction[set.channels().size()];
            for (int i = set.start(row); i < set.end(row); i++) {
                double w = Math.pow(2, -((double) (set.age(i) - newest)) / halfLifeNanos);
                if (w > 0) {
                    Fraction f = Fraction.ofExact(w);
                    int c = set.touch(i);
                    weights[c] = weights[c] == null ? f : weights[c].plus(f);
                }
            }
            return Split.proportional(weights, Paths.distinctSorted(set, row));
        }
    }

    /** First and last touch get fixed weights, the touches in between share the middle weight. */
    static final class PositionBased extends PathModel {
        private final Fraction first;
        private final Fraction middle;
        private final Fraction last;

        PositionBased(Fraction first, Fraction middle, Fraction last) {
            super("position_based(" + first + "," + middle + "," + last + ")");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(middle, "middle");
            Objects.requireNonNull(last, "last");
            Fraction sum = first.plus(middle).plus(last);
            Checks.argument(sum.equals(Fraction.ONE), "first + middle + last must be 1, was %s + %s + %s = %s",
                    first, middle, last, sum);
            Checks.argument(!first.plus(last).isZero(), "first + last must be > 0, was %s + %s", first, last);
            this.first = first;
            this.middle = middle;
            this.last = last;
        }

        @Override
        public Object key(JourneySet set, int row) {
            return Paths.pathKey(set, row);
        }

        @Override
        public Split split(JourneySet set, int row) {
            int start = set.start(row);
            int n = set.end(row) - start;
            if (n == 1) {
                return Split.single(set.touch(start));
            }
            Fraction[] weights = new Fraction[set.channels().size()];
            add(weights, set.touch(start), first);
            add(weights, set.touch(start + n - 1), last);
            if (n > 2) {
                Fraction each = middle.multipliedBy(Fraction.of(1, n - 2));
                for (int i = start + 1; i < start + n - 1; i++) {
                    add(weights, set.touch(i), each);
                }
            }
            // Two touches: the middle weight has no recipient, so first and last are renormalised (40/40 → 50/50).
            return Split.proportional(weights, Paths.distinctSorted(set, row));
        }

        private static void add(Fraction[] weights, int c, Fraction w) {
            weights[c] = weights[c] == null ? w : weights[c].plus(w);
        }
    }

    /** A caller's rule from a path to exact shares, checked on every use. */
    static final class Custom extends PathModel {
        private final Function<List<String>, Map<String, Fraction>> rule;

        Custom(String name, Function<List<String>, Map<String, Fraction>> rule) {
            super(name);
            this.rule = rule;
        }

        @Override
        public Object key(JourneySet set, int row) {
            return Paths.pathKey(set, row);
        }

        @Override
        public Split split(JourneySet set, int row) {
            List<String> path = set.path(row);
            Map<String, Fraction> shares = rule.apply(path);
            Checks.argument(shares != null, "rule of model '%s' returned null for path %s", name(), path);
            Fraction[] weights = new Fraction[set.channels().size()];
            Fraction sum = Fraction.ZERO;
            for (Map.Entry<String, Fraction> e : shares.entrySet()) {
                Checks.argument(e.getKey() != null && e.getValue() != null && path.contains(e.getKey()),
                        "rule of model '%s' must give shares to channels of path %s only, gave %s", name(), path,
                        shares);
                int c = Collections.binarySearch(set.channels(), e.getKey());
                weights[c] = e.getValue();
                sum = sum.plus(e.getValue());
            }
            Checks.argument(sum.equals(Fraction.ONE), "rule of model '%s' must give shares summing to 1 for path %s, "
                    + "gave %s summing to %s", name(), path, shares, sum);
            return Split.proportional(weights, Paths.distinctSorted(set, row));
        }
    }
}
