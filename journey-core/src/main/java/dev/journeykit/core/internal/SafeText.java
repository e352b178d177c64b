package dev.journeykit.core.internal;

import java.util.Locale;

/**
 * Text from a map made safe for where it goes. Not API, like {@link AtomicWrite}.
 *
 * <ul>
 *   <li>{@link #terminal}: for a terminal or a CI log, where a control character could move the
 *       cursor, recolour or clear the screen, and a bidirectional override could hide text;</li>
 *   <li>{@link #jsonSurrogates}: for JSON text about to be encoded as UTF-8, where a lone
 *       surrogate (which has no UTF-8 form) would become {@code ?}.</li>
 *   <li>{@link #isControl} and {@link #isInvisibleFormat}: the one definition of the characters
 *       that SVG and HTML output must not carry as they are.</li>
 * </ul>
 */
public final class SafeText {

    private SafeText() {
    }

    /**
     * {@code text} with every C0 and C1 control character (U+0000–U+001F, U+007F–U+009F), every
     * bidirectional embedding, override and isolate (U+202A–U+202E, U+2066–U+2069) and every lone
     * surrogate written as a <code>&#92;uXXXX</code> escape; everything else as it is.
     */
    public static String terminal(String text) {
        int i = firstUnsafe(text);
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        append(out, text, i, false);
        return out.toString();
    }

    /**
     * Appends {@code text} to {@code out} as {@link #terminal} writes it, without a string of its
     * own in between (the text report of a large map writes 100,000 lines so).
     */
    public static void appendTerminal(StringBuilder out, String text) {
        append(out, text, 0, false);
    }

    /**
     * Appends {@code text} to {@code out} as {@link #appendTerminal} does, with each line feed
     * written as a space: text that must stay on one line of a report.
     */
    public static void appendTerminalLine(StringBuilder out, String text) {
        append(out, text, 0, true);
    }

    /**
     * Appends {@code text} from {@code from} on. Printable ASCII, nearly all of a report, costs one
     * comparison a character and is copied in runs; only other characters are looked at closely.
     */
    private static void append(StringBuilder out, String text, int from, boolean oneLine) {
        int run = from;
        int length = text.length();
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (oneLine && c == '\n') {
                out.append(text, run, i).append(' ');
                run = i + 1;
            } else if (unsafe(text, i)) {
                out.append(text, run, i).append(escape(c));
                run = i + 1;
            }
        }
        out.append(text, run, length);
    }

    /** The index of the first character of {@code text} that {@link #terminal} rewrites, or its length. */
    private static int firstUnsafe(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c >= 0x7F) && unsafe(text, i)) {
                return i;
            }
        }
        return length;
    }

    private static boolean unsafe(String text, int i) {
        char c = text.charAt(i);
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || lone(text, i);
    }

    /**
     * The code point at {@code i}: a surrogate pair as one code point, a lone surrogate (which no
     * UTF-8 text can hold) as U+FFFD. The caller moves on by {@code Character.charCount} of it.
     */
    public static int codePointAt(String text, int i) {
        int cp = text.codePointAt(i);
        return Character.isSurrogate((char) cp) && cp < 0x10000 ? 0xFFFD : cp;
    }

    /**
     * Whether {@code cp} is a control character (C0 U+0000–U+001F, DEL and C1 U+007F–U+009F) or a
     * noncharacter (U+FFFE, U+FFFF): nothing a reader should see as it is.
     */
    public static boolean isControl(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF;
    }

    /**
     * Whether {@code cp} is an invisible formatting character that can make text read differently
     * from what it is: the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
     * U+2066–U+2069), the direction marks (U+200E, U+200F, U+061C), the zero-width space and byte
     * order mark (U+200B, U+FEFF) and the interlinear annotation marks (U+FFF9–U+FFFB). The
     * zero-width joiner and non-joiner are kept: scripts and emoji sequences need them.
     */
    public static boolean isInvisibleFormat(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E || cp == 0x200F || cp == 0x061C || cp == 0x200B || cp == 0xFEFF
                || (cp >= 0xFFF9 && cp <= 0xFFFB);
    }

    /**
     * JSON text with each lone surrogate written as its <code>&#92;uXXXX</code> escape, which a JSON reader
     * reads back as the same character. Only valid for JSON, where a surrogate can only be inside
     * a string.
     */
    public static String jsonSurrogates(String json) {
        // a report of millions of characters goes through here once, often before the JIT has
        // compiled this loop: one comparison a character, the closer look only for a surrogate
        int length = json.length();
        StringBuilder out = null;
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = json.charAt(i);
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE && lone(json, i)) {
                if (out == null) {
                    out = new StringBuilder(length + 16);
                }
                out.append(json, run, i).append(escape(c));
                run = i + 1;
            }
        }
        return out == null ? json : out.append(json, run, length).toString();
    }

    /** Whether the char at {@code i} is a surrogate that is not half of a pair. */
    private static boolean lone(CharSequence text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    private static String escape(char c) {
        return String.format(Locale.ROOT, "\\u%04X", (int) c);
    }
}
