package dev.journeykit.report;

import dev.journeykit.core.internal.SafeText;

/**
 * Text made safe for the page. Text from a map is shown as the SVG pictures show it: characters
 * that cannot be shown (controls, lone surrogates, U+FFFE, U+FFFF) become U+FFFD and invisible
 * direction overrides and isolates are shown as U+FFFD too, so text never reads differently from
 * what it is; then {@code & < > " '} are escaped, so no text becomes markup.
 */
final class Html {

    private Html() {
    }

    /** Text for an element's content or an attribute value, line breaks and tabs as spaces. */
    static String text(String text) {
        return escape(text, false);
    }

    /** The same as {@link #text}; named for where it goes. */
    static String attribute(String text) {
        return escape(text, false);
    }

    /** One line of a map's source: tabs kept, everything else as {@link #text}. */
    static String sourceLine(String line) {
        return escape(line, true);
    }

    private static String escape(String text, boolean keepTabs) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            int cp = SafeText.codePointAt(text, i);
            i += Character.charCount(cp) - 1;
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t' -> out.append(keepTabs ? '\t' : ' ');
                case '\n', '\r' -> out.append(' ');
                default -> out.appendCodePoint(SafeText.isControl(cp) || SafeText.isInvisibleFormat(cp) ? 0xFFFD : cp);
            }
        }
        return out.toString();
    }
}
