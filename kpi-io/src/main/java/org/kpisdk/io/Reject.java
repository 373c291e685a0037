package org.kpisdk.io;

/**
 * A cell or row refused by a rule: the column (empty for the whole row), the text and the rule. No stack trace, so
 * that refusing many rows on the lenient path stays cheap.
 */
final class Reject extends Exception {
    private static final long serialVersionUID = 1L;

    private final String column;
    private final String value;

    Reject(String rule) {
        this("", "", rule);
    }

    Reject(String column, String value, String rule) {
        super(rule, null, false, false);
        this.column = column;
        this.value = value;
    }

    /** Returns this rule placed at a cell. */
    Reject at(String column, String value) {
        return new Reject(column, value, rule());
    }

    String rule() {
        return getMessage();
    }

    RejectedRow toRow(long line) {
        return new RejectedRow(line, column, value, rule());
    }
}
