package org.kpisdk.core.internal;

/**
 * The one rule for the characters of a name a user types and reads back, shared by dimension values
 * ({@code Dimensions}, the observation table, the CSV readers) and attribution's channel and campaign names: no
 * control characters, no invisible format characters (Unicode category Cf: zero-width space and joiners, bidi
 * marks, embeddings and isolates, the byte order mark) and no unpaired surrogates. Such characters make two names
 * that print alike compare different, or reorder the text around them.
 *
 * <pre>{@code
 * int i = NameText.forbiddenIndex("UK\u200B");   // 2
 * NameText.rule("UK\u200B", i);                  // "zero-width or bidi format characters"
 * NameText.check("a\u0000", "channel");          // IAE: channel must not contain control characters, found U+0000 at 1
 * }</pre>
 *
 * <p>A static utility: stateless and thread-safe. Not API.
 */
public final class NameText {
    private NameText() {
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

    /**
     * Returns {@code text} if it holds no forbidden character; otherwise throws naming {@code field}, the rule, the
     * code point and its index, as in {@code channel must not contain control characters, found U+0000 at 1}.
     */
    public static String check(String text, String field) {
        int bad = forbiddenIndex(text);
        if (bad >= 0) {
            throw new IllegalArgumentException(Checks.format("%s must not contain %s, found %s at %d", field,
                    rule(text, bad), codePoint(text, bad), bad));
        }
        return text;
    }
}
