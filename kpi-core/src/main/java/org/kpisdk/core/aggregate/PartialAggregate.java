package org.kpisdk.core.aggregate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.metric.BaseMeasure;

/**
 * The mergeable state of a {@link Query} over some rows: for every group, its row count, the sums of its additive
 * inputs and, for each gauge, the first, last, sum and count of every series. Merging two partials of disjoint rows
 * gives the partial of their union, exactly; {@link #result()} evaluates the metrics.
 *
 * <pre>{@code
 * PartialAggregate a = query.partial(januaryTable);
 * PartialAggregate b = query.partial(februaryTable);
 * QueryResult both = a.plus(b).result();              // the same as the query over both tables' rows
 * PartialAggregate.empty().plus(a).equals(a);          // true: empty() is the identity
 * }</pre>
 *
 * <p>{@link #plus} is associative and commutative, with {@link #empty()} as identity; sums that would overflow raise
 * {@link ArithmeticException}. A partial holds decoded group keys (dimension values, period), never a reference to
 * the table it came from, so partials of different tables merge as long as they agree on the query and on the
 * currency of every money measure ({@code Currency mismatch} is refused). Gauge observations of one series on one
 * day that reach the merge from two partials are added, as the rows of one table would be. A partial also
 * remembers which of the query's measures its tables did not declare (possible only with
 * {@link Query.Builder#allowUndeclaredMeasures()}): a measure is undeclared in a merge when no merged table declares
 * it, and the values that need it are undefined with the reason {@code table has no measure 'leads'}.
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class PartialAggregate {
    private static final PartialAggregate EMPTY = new PartialAggregate(null, List.of(), Map.of(), Set.of());

    @Nullable
    private final Query query;
    private final List<Group> groups;
    private final Map<BaseMeasure, Currency> currencies;
    private final Set<BaseMeasure> undeclared;

    private PartialAggregate(@Nullable Query query, List<Group> groups, Map<BaseMeasure, Currency> currencies,
            Set<BaseMeasure> undeclared) {
        this.query = query;
        this.groups = groups;
        this.currencies = currencies;
        this.undeclared = undeclared;
    }

    static PartialAggregate of(Query query, List<Group> sortedGroups, Map<BaseMeasure, Currency> currencies,
            Set<BaseMeasure> undeclared) {
        return new PartialAggregate(query, sortedGroups, Collections.unmodifiableMap(new HashMap<>(currencies)),
                Collections.unmodifiableSet(new HashSet<>(undeclared)));
    }

    /** Returns the identity of {@link #plus}: a partial of no rows of any query. */
    public static PartialAggregate empty() {
        return EMPTY;
    }

    /** Returns whether this is {@link #empty()}. */
    public boolean isEmpty() {
        return query == null;
    }

    /** Returns the number of groups. */
    public int groupCount() {
        return groups.size();
    }

    /** Returns the number of rows aggregated. */
    public long rowCount() {
        long n = 0;
        for (Group g : groups) {
            n = Math.addExact(n, g.rows);
        }
        return n;
    }

    /**
     * Returns the partial of the rows of both.
     *
     * @throws IllegalArgumentException when the partials come from different queries or declare different
     *                                  currencies for one money measure
     * @throws ArithmeticException      when a sum overflows
     */
    public PartialAggregate plus(PartialAggregate other) {
        Objects.requireNonNull(other, "other");
        if (other.query == null) {
            return this;
        }
        if (query == null) {
            return other;
        }
        Checks.argument(query.equals(other.query), "cannot merge partials of different queries: %s vs %s", query,
                other.query);
        Map<BaseMeasure, Currency> c = new HashMap<>(currencies);
        for (Map.Entry<BaseMeasure, Currency> e : other.currencies.entrySet()) {
            Currency mine = c.putIfAbsent(e.getKey(), e.getValue());
            Checks.argument(mine == null || mine.equals(e.getValue()), "Currency mismatch: %s vs %s (%s)",
                    mine == null ? "" : mine.getCurrencyCode(), e.getValue().getCurrencyCode(), e.getKey().id());
        }
        List<Group> out = new ArrayList<>(groups.size() + other.groups.size());
        int i = 0;
        int j = 0;
        List<Group> a = groups;
        List<Group> b = other.groups;
        while (i < a.size() || j < b.size()) {
            int cmp = i == a.size() ? 1 : j == b.size() ? -1 : a.get(i).compareKey(b.get(j));
            if (cmp < 0) {
                out.add(a.get(i++));
            } else if (cmp > 0) {
                out.add(b.get(j++));
            } else {
                out.add(a.get(i++).plus(b.get(j++)));
            }
        }
        Set<BaseMeasure> u = new HashSet<>(undeclared);
        u.retainAll(other.undeclared);
        return of(query, Collections.unmodifiableList(out), c, u);
    }

    /**
     * Returns the query's result over the rows of this partial: fills, windows and comparisons applied, metrics
     * evaluated.
     *
     * @throws IllegalStateException for {@link #empty()}, which has no query
     */
    public QueryResult result() {
        Checks.state(query != null, "the empty partial has no query: merge it with a partial of a query first");
        return Finish.result(query, groups, currencies, undeclared);
    }

    /**
     * Returns this partial's state (groups and currencies, not the query) as bytes, for engines that ship partials
     * between machines (Spark combiners) without serializing the library's types. {@link #fromBytes} restores it.
     */
    public byte[] toBytes() {
        return PartialCodec.encode(query == null ? List.of() : query.sumStates(), groups, currencies, undeclared,
                query == null);
    }

    /**
     * Returns the partial encoded by {@link #toBytes()}, attached to {@code query} (the query it was computed for).
     *
     * <pre>{@code
     * byte[] shipped = query.partial(table).toBytes();
     * PartialAggregate back = PartialAggregate.fromBytes(query, shipped);   // equals the original
     * }</pre>
     *
     * <p>The bytes may come from another machine, so they are checked as hostile input: counts against the bytes
     * left (no huge allocation), and every group against the query (its dimension values and period, row and
     * presence counts, gauge cells, and a declared currency for each money measure with values), so that bytes no
     * scan of {@code query} could have produced are refused here rather than failing or answering wrongly later.
     *
     * @throws IllegalArgumentException when the bytes are not a complete encoding, do not fit the query's states, or
     *                                  describe a state no scan of the query could produce; the message names the
     *                                  part and the rule
     */
    public static PartialAggregate fromBytes(Query query, byte[] bytes) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(bytes, "bytes");
        return PartialCodec.decode(query, bytes);
    }

    /**
     * Returns whether {@code o} is a partial of the same query with the same group states, currencies and
     * undeclared measures.
     */
    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof PartialAggregate p)) {
            return false;
        }
        return Objects.equals(query, p.query) && groups.equals(p.groups) && currencies.equals(p.currencies)
                && undeclared.equals(p.undeclared);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, groups, currencies, undeclared);
    }

    /** Returns a summary: the query, the number of groups and rows. */
    @Override
    public String toString() {
        return query == null ? "PartialAggregate[empty]"
                : "PartialAggregate[" + groups.size() + " groups, " + rowCount() + " rows, " + query + "]";
    }
}
