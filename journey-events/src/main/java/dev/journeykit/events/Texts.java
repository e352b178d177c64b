package dev.journeykit.events;

/**
 * Text from a log in messages: double-quoted, quotes, backslashes and control characters escaped.
 * Public for the engines that read rows themselves (journey-spark), so that their messages match.
 */
public final class Texts {

    private static final int MAX = 80;

    private Texts() {
    }

    /** {@code "page_ping"}; a value longer than 80 characters is cut with {@code ...}. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX) + 2).append('"');
        int n = Math.min(text.length(), MAX);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u{%X}", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(text.length() > MAX ? "...\"" : "\"").toString();
    }
}
