package dev.journeykit.core.internal;

import java.util.Locale;

/**
 * A text as a {@code .journey} string literal, the one spelling the DSL formatter writes and the
 * findings' messages quote. Not API: exported only to JourneyKit's own modules.
 */
public final class DslStrings {

    private DslStrings() {
    }

    /**
     * {@code "text"}: quotes, backslashes, line feeds and tabs escaped with a backslash; other
     * control characters and lone surrogates as a backslash, {@code u}, and the hex code in braces.
     */
    public static String quote(String text) {
        return quote(new StringBuilder(text.length() + 2), text).toString();
    }

    /** Appends {@link #quote(String) the literal} of {@code text} to {@code s}; returns {@code s}. */
    public static StringBuilder quote(StringBuilder s, String text) {
        s.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                        hex(s, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        s.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        hex(s, c); // a lone surrogate has no UTF-8 form
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"');
    }

    private static void hex(StringBuilder s, int c) {
        s.append("\\u{").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append('}');
    }
}
