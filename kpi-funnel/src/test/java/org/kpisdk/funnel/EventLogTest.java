package org.kpisdk.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class EventLogTest {
    @Test
    void builderAndArraysGiveTheSameDictionaryEncodedLog() {
        EventLog built = EventLog.builder().add(1, 10, "view").add(2, 5, "buy").add(1, 20, "view").build();
        EventLog fromArrays = EventLog.of(new long[] {1, 2, 1}, new long[] {10, 5, 20},
                new String[] {"view", "buy", "view"});
        EventLog encoded = EventLog.of(new long[] {1, 2, 1}, new long[] {10, 5, 20}, new int[] {0, 1, 0},
                List.of("view", "buy"));
        for (EventLog log : List.of(built, fromArrays, encoded)) {
            assertEquals(3, log.size());
            assertEquals(List.of("view", "buy"), log.eventTypes());
            assertEquals("buy", log.type(1));
            assertEquals(0, log.typeCode(2));
            assertEquals(2, log.entity(1));
            assertEquals(20, log.timestamp(2));
            assertEquals(OptionalInt.of(1), log.codeOf("buy"));
            assertEquals(OptionalInt.empty(), log.codeOf("cart"));
        }
        assertEquals("EventLog[3 rows, 2 event types]", built.toString());
    }

    @Test
    void theLogCopiesItsInput() {
        long[] ts = {1, 2};
        EventLog log = EventLog.of(new long[] {1, 1}, ts, new String[] {"a", "b"});
        ts[0] = 99;
        assertEquals(1, log.timestamp(0));
    }

    @Test
    void aBuilderGrowsPastItsFirstCapacity() {
        EventLog.Builder b = EventLog.builder();
        for (int i = 0; i < 1000; i++) {
            b.add(i % 7, i, "t" + (i % 3));
        }
        EventLog log = b.build();
        assertEquals(1000, log.size());
        assertEquals(999, log.timestamp(999));
        assertEquals("t0", log.type(999));
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of((Executable) () -> EventLog.of(new long[] {1, 1}, new long[] {1}, new String[] {"a"}),
                        "columns must have equal lengths, were entities 2, timestamps 1, types 1"),
                Arguments.of((Executable) () -> EventLog.of(new long[] {1, 1}, new long[] {1, -5},
                        new String[] {"a", "b"}), "timestamps[1] must be >= 0, was -5"),
                Arguments.of((Executable) () -> EventLog.of(new long[] {1, 1}, new long[] {1, 2},
                        new String[] {"a", " "}), "types[1] must not be blank"),
                Arguments.of((Executable) () -> EventLog.of(new long[] {1}, new long[] {1}, new int[] {3},
                        List.of("a")), "typeCodes[0] must be in [0, 1), was 3"),
                Arguments.of((Executable) () -> EventLog.of(new long[] {1}, new long[] {1}, new int[] {0},
                        List.of("a", "a")), "dictionary types must be distinct, 'a'"),
                Arguments.of((Executable) () -> EventLog.builder().add(1, 0, "a").add(1, -1, "b"),
                        "timestamps[1] must be >= 0, was -1"),
                Arguments.of((Executable) () -> EventLog.builder().add(1, 0, "a").add(1, 0, "a").add(1, 0, ""),
                        "types[2] must not be blank"),
                Arguments.of((Executable) () -> EventLog.of(new long[] {1, 1}, new long[] {1, 2},
                        new String[] {"a", "b"}, Map.of("plan", new String[] {"pro"})),
                        "property 'plan' must have one value per row (2), had 1"),
                Arguments.of((Executable) () -> EventLog.of(new long[] {1}, new long[] {1}, new String[] {"a"},
                        Map.of(" ", new String[] {"pro"})), "property name must not be blank, was ' '"),
                Arguments.of((Executable) () -> EventLog.builder().add(1, 0, "a", Map.of("", "x")),
                        "property name must not be blank, was ''"));
    }

    @ParameterizedTest
    @MethodSource("badRows")
    void badRowsAreRefusedWithTheirIndex(Executable call, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void nullTypesAreRefusedWithTheirIndex() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> EventLog.of(new long[] {1, 2}, new long[] {1, 2}, new String[] {"a", null}));
        assertEquals("types[1] must not be null", e.getMessage());
        assertThrows(NullPointerException.class, () -> EventLog.builder().add(1, 1, null));
    }

    @Test
    void propertiesFromTheBuilderAndFromColumnsAgree() {
        EventLog built = EventLog.builder()
                .add(1, 10, "view", Map.of("plan", "pro", "cart", "c7"))
                .add(1, 20, "buy")
                .add(2, 15, "view", Map.of("plan", "free"))
                .build();
        EventLog cols = EventLog.of(new long[] {1, 1, 2}, new long[] {10, 20, 15},
                new String[] {"view", "buy", "view"},
                Map.of("plan", new String[] {"pro", null, "free"}, "cart", new String[] {"c7", null, null}));
        for (EventLog log : List.of(built, cols)) {
            assertEquals(Set.of("cart", "plan"), log.propertyNames());
            assertEquals(Optional.of("pro"), log.property(0, "plan"));
            assertEquals(Optional.empty(), log.property(1, "plan"));
            assertEquals(Optional.of("free"), log.property(2, "plan"));
            assertEquals(Optional.empty(), log.property(2, "cart"));
            assertEquals(Optional.empty(), log.property(0, "unknown"));
            assertEquals("buy", log.type(1));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> built.property(3, "plan"));
        // A log without properties has none.
        assertTrue(EventLog.of(new long[] {1}, new long[] {1}, new String[] {"a"}).propertyNames().isEmpty());
    }

    @Test
    void aPropertyFirstSeenLateAndABuilderPastItsCapacityKeepEveryRow() {
        EventLog.Builder b = EventLog.builder();
        for (int i = 0; i < 200; i++) {
            b.add(i, i, "e", i % 50 == 49 ? Map.of("k", "v" + i) : Map.of());
        }
        EventLog log = b.build();
        assertEquals(200, log.size());
        for (int i = 0; i < 200; i++) {
            assertEquals(i % 50 == 49 ? Optional.of("v" + i) : Optional.empty(), log.property(i, "k"));
        }
    }

    @Test
    void nullPropertyValuesAreRefusedByTheBuilder() {
        Map<String, String> props = new HashMap<>();
        props.put("plan", null);
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> EventLog.builder().add(1, 1, "a", props));
        assertEquals("property 'plan' of row 0 must not be null", e.getMessage());
    }
}
