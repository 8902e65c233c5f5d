package dev.camelokta.component.okta.logging;

/**
 * Makes a value fit for a log line or an error message: control characters (CR and LF first) are escaped so that no
 * input can forge a log line, and the value is cut to a bounded length so that no input can flood a log.
 */
public final class LogValues {

    /** The longest value that reaches a log line whole. */
    public static final int MAX_LENGTH = 256;

    private LogValues() {
    }

    /** The value escaped and cut to {@link #MAX_LENGTH}; "null" for null. */
    public static String safe(Object value) {
        return safe(value, MAX_LENGTH);
    }

    /** The value escaped and cut to at most {@code maxLength} characters of the original, with what was cut counted. */
    public static String safe(Object value, int maxLength) {
        String text = String.valueOf(value);
        int shown = Math.min(text.length(), maxLength);
        StringBuilder out = null;
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(shown + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        if (out == null && shown == text.length()) {
            return text; // the common case: nothing to escape, nothing to cut
        }
        if (out == null) {
            out = new StringBuilder(shown + 32).append(text, 0, shown);
        }
        if (shown < text.length()) {
            out.append("...(").append(text.length() - shown).append(" more chars)");
        }
        return out.toString();
    }

    private static String escape(char c) {
        switch (c) {
        case '\r':
            return "\\r";
        case '\n':
            return "\\n";
        case '\t':
            return "\\t";
        default:
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return String.format("\\u%04x", (int) c);
            }
            return null;
        }
    }
}
