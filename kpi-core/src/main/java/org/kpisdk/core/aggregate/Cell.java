package org.kpisdk.core.aggregate;

import java.util.Arrays;

import javax.annotation.Nullable;

/** The mergeable state of one gauge for one series in one group: first, last, sum and count of its values. */
final class Cell implements Comparable<Cell> {
    final String[] series;
    final long firstDay;
    final long firstValue;
    final long lastDay;
    final long lastValue;
    final long sum;
    final long count;

    Cell(String[] series, long firstDay, long firstValue, long lastDay, long lastValue, long sum, long count) {
        this.series = series;
        this.firstDay = firstDay;
        this.firstValue = firstValue;
        this.lastDay = lastDay;
        this.lastValue = lastValue;
        this.sum = sum;
        this.count = count;
    }

    /** Merges two states of the same series; observations on the same day add up. */
    Cell plus(Cell o) {
        long fd = Math.min(firstDay, o.firstDay);
        long fv = firstDay == o.firstDay ? Math.addExact(firstValue, o.firstValue)
                : firstDay < o.firstDay ? firstValue : o.firstValue;
        long ld = Math.max(lastDay, o.lastDay);
        long lv = lastDay == o.lastDay ? Math.addExact(lastValue, o.lastValue)
                : lastDay > o.lastDay ? lastValue : o.lastValue;
        return new Cell(series, fd, fv, ld, lv, Math.addExact(sum, o.sum), Math.addExact(count, o.count));
    }

    @Override
    public int compareTo(Cell o) {
        return Arrays.compare(series, o.series);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof Cell c)) {
            return false;
        }
        return Arrays.equals(series, c.series) && firstDay == c.firstDay && firstValue == c.firstValue
                && lastDay == c.lastDay && lastValue == c.lastValue && sum == c.sum && count == c.count;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(series) * 31 + Long.hashCode(sum);
    }

    @Override
    public String toString() {
        return Arrays.toString(series) + "{first=" + firstValue + "@" + firstDay + ", last=" + lastValue + "@"
                + lastDay + ", sum=" + sum + ", n=" + count + "}";
    }
}
