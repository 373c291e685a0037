package org.kpisdk.core.internal;

/**
 * The one rule for the characters of a name a user types and reads back (a dimension value, a channel): no
 * control characters ({@link Character#isISOControl}, such as NUL, tab or newline) and no lone surrogates (half of
 * a supplementary character, which no encoder can write). Such characters print as nothing or as garbage, so two
 * names that look equal would count apart.
 *
 * <p>Not API: this package may change in any release.
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class NameText {
    private NameText() {
    }

    /** Returns the index of the first character {@code text} must not contain, or -1 when there is none. */
    public static int firstRefused(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns {@code text} if it holds no refused character; otherwise throws naming {@code field}, the code unit
     * and its index, as in {@code channel must not contain control characters or lone surrogates, found U+0000 at
     * 3}.
     */
    public static String check(String text, String field) {
        int at = firstRefused(text);
        if (at >= 0) {
            throw new IllegalArgumentException(Checks.format(
                    "%s must not contain control characters or lone surrogates, found U+%04X at %d", field,
                    (int) text.charAt(at), at));
        }
        return text;
    }
}
