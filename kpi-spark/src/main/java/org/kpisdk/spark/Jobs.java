package org.kpisdk.spark;

/** Helpers for Spark jobs. */
final class Jobs {
    private static final String[] REFUSALS = {"java.lang.IllegalArgumentException: ",
        "java.lang.ArithmeticException: "};

    private Jobs() {
    }

    /**
     * Returns the library's own refusal ({@link IllegalArgumentException} or {@link ArithmeticException}) behind a
     * failed Spark job, so that a bad row fails as it would in-process: the exception itself when Spark kept it as a
     * cause, else one of the same type with the task's message (Spark often keeps only the text); otherwise
     * {@code e} itself (rethrown unchanged if checked).
     */
    static RuntimeException unwrap(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException || t instanceof ArithmeticException) {
                RuntimeException r = (RuntimeException) t;
                if (r != e) {
                    r.addSuppressed(e);
                }
                return r;
            }
            String message = t.getMessage();
            for (int k = 0; message != null && k < REFUSALS.length; k++) {
                int at = message.indexOf(REFUSALS[k]);
                if (at >= 0) {
                    int end = message.indexOf('\n', at);
                    String text = message.substring(at + REFUSALS[k].length(), end < 0 ? message.length() : end);
                    RuntimeException r = k == 0 ? new IllegalArgumentException(text, e) : new ArithmeticException(text);
                    if (k == 1) {
                        r.initCause(e);
                    }
                    return r;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return e instanceof RuntimeException runtimeException ? runtimeException : Jobs.<RuntimeException>sneaky(e);
    }

    /** Rethrows Spark's checked {@code SparkException} (which Scala code throws undeclared) unchanged. */
    // The "sneaky throw" idiom: T is inferred as RuntimeException at the call site on purpose.
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    private static <T extends Exception> T sneaky(Exception e) throws T {
        throw (T) e;
    }
}
