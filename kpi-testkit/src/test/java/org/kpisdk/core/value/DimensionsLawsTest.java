package org.kpisdk.core.value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Laws;
import org.kpisdk.testkit.ValueGens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Laws of {@link Dimensions}: text round trip, last-write-wins merge with {@code empty()} as identity, sorting. */
final class DimensionsLawsTest {
    static Stream<Arguments> triples() {
        return Cases.of(ValueGens.dimensions(), ValueGens.dimensions(), ValueGens.dimensions());
    }

    @ParameterizedTest
    @MethodSource("triples")
    void parseReadsBackToString(Dimensions a, Dimensions b, Dimensions c) {
        Laws.roundTrip(Dimensions::toString, Dimensions::parse, a);
        Laws.roundTrip(Dimensions::toString, Dimensions::parse, a.and(b));
    }

    /** Oracle: a TreeMap into which the right-hand pairs are put last. */
    @ParameterizedTest
    @MethodSource("triples")
    void andIsAssociativeLastWriteWinsWithEmptyAsIdentity(Dimensions a, Dimensions b, Dimensions c) {
        Laws.associative(Dimensions::and, a, b, c);
        Laws.identity(Dimensions::and, Dimensions.empty(), a);
        Map<String, String> expected = new TreeMap<>(a.asMap());
        expected.putAll(b.asMap());
        Dimensions merged = a.and(b);
        assertEquals(expected, merged.asMap());
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(merged.keys()));
        assertTrue(merged.containsAll(b));
        assertEquals(expected.size(), merged.size());
    }

    /** Building from the same pairs in any order gives an equal value with an equal hash; without undoes and. */
    @ParameterizedTest
    @MethodSource("triples")
    void insertionOrderDoesNotMatterAndWithoutUndoesAnd(Dimensions a, Dimensions b, Dimensions c) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(a.asMap().entrySet());
        Collections.reverse(entries);
        Dimensions reversed = Dimensions.empty();
        for (Map.Entry<String, String> e : entries) {
            reversed = reversed.and(e.getKey(), e.getValue());
        }
        assertEquals(a, reversed);
        assertEquals(a.hashCode(), reversed.hashCode());
        assertEquals(a, Dimensions.of(a.asMap()));
        assertEquals(a.equals(b), a.asMap().equals(b.asMap()));
        for (String key : a.keys()) {
            Dimensions removed = a.without(key);
            assertTrue(removed.get(key).isEmpty());
            assertEquals(a, removed.and(key, a.get(key).orElseThrow()));
        }
    }
}
