package org.kpisdk.core.internal;

/**
 * The characters a dimension value may not contain, shared by {@code Dimensions}, the observation table and the
 * CSV readers: control characters, invisible format characters (Unicode category Cf: zero-width space and joiners,
 * bidi marks, embeddings and isolates, the byte order mark) and unpaired surrogates. Such characters make two
 * values that print alike compare different, or reorder the text around them.
 *
 * <pre>{@code
 * int i = DimensionText.forbiddenIndex("UK\u200B");   // 2
 * DimensionText.rule("UK\u200B", i);                  // "zero-width or bidi format characters"
 * }</pre>
 *
 * <p>A static utility: stateless and thread-safe. Not API.
 */
public final class DimensionText {
    private DimensionText() {
    }

    /** Returns the index of the first forbidden character of {@code value}, or -1 when there is none. */
    public static int forbiddenIndex(CharSequence value) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return i;
            }
            if (c < 0xAD) {
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    if (Character.getType(Character.toCodePoint(c, value.charAt(i + 1))) == Character.FORMAT) {
                        return i;
                    }
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || Character.getType(c) == Character.FORMAT) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the code point at {@code index} of {@code value}, as {@code U+XXXX}. */
    public static String codePoint(CharSequence value, int index) {
        return Checks.format("U+%04X", Character.codePointAt(value, index));
    }

    /** Returns the rule the character at {@code index} breaks, as the end of "must not contain ...". */
    public static String rule(CharSequence value, int index) {
        char c = value.charAt(index);
        if (Character.isISOControl(c)) {
            return "control characters";
        }
        if (Character.isSurrogate(c) && Character.getType(Character.codePointAt(value, index)) != Character.FORMAT) {
            return "unpaired surrogates";
        }
        return "zero-width or bidi format characters";
    }
}
