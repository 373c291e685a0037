package org.kpisdk.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns dense {@code int} codes to distinct strings in order of first appearance. A single-threaded builder.
 *
 * <p>Not API.
 */
public final class Dictionary {
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    /** Returns the code of {@code value}, assigning the next one if it is new. */
    public int encode(String value) {
        Integer code = codes.get(value);
        if (code == null) {
            code = values.size();
            codes.put(value, code);
            values.add(value);
        }
        return code;
    }

    /** Returns the number of distinct values. */
    public int size() {
        return values.size();
    }

    /** Returns code to value. */
    public String[] toArray() {
        return values.toArray(new String[0]);
    }
}
