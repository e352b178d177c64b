package dev.journeykit.dsl.internal;

import dev.journeykit.core.internal.Spelling;
import java.util.List;
import java.util.Locale;

/** Characters and words as messages name them, and the nearest-word suggestion. */
final class Words {

    private static final int CUT = 40;

    private Words() {
    }

    /** Text shortened for a message, with control characters shown as {@code ?}. */
    static String cut(String text) {
        String shown = text.length() > CUT ? text.substring(0, safeCut(text, CUT)) + "..." : text;
        StringBuilder out = null;
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                if (out == null) {
                    out = new StringBuilder(shown.substring(0, i));
                }
                out.append('?');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? shown : out.toString();
    }

    private static int safeCut(String text, int at) {
        return Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
    }

    /** A character in words: {@code tab}, {@code NUL (U+0000)}, {@code '@'}, {@code 'é' (U+00E9)}. */
    static String character(int cp) {
        switch (cp) {
            case '\t':
                return "tab";
            case '\r':
                return "carriage return";
            case '\n':
                return "end of line";
            case 0:
                return "NUL (U+0000)";
            case 0xFEFF:
                return "byte order mark (U+FEFF)";
            case 0xA0:
                return "no-break space (U+00A0)";
            default:
                break;
        }
        String code = codePoint(cp);
        if (Character.isISOControl(cp)) {
            return "control character " + code;
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT || type == Character.SPACE_SEPARATOR
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED || type == Character.SURROGATE
                || type == Character.PRIVATE_USE) {
            return "character " + code;
        }
        if (cp < 0x80) {
            return "'" + (char) cp + "'";
        }
        return "'" + new String(Character.toChars(cp)) + "' (" + code + ")";
    }

    /** {@code U+00E9}: a code point as Unicode writes it, at least four hex digits. */
    static String codePoint(int cp) {
        String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        return "U+" + "0000".substring(Math.min(4, hex.length())) + hex;
    }

    /** {@code a, b, c} of the words, each quoted when it is punctuation such as {@code '}'}. */
    static String list(List<String> words) {
        return String.join(", ", words);
    }

    /**
     * The candidate nearest to {@code word} by edit distance (core's {@link Spelling}), when it is
     * close enough to be a likely typo: 1 edit for words of up to 3 characters, 2 up to 6, else 3;
     * null otherwise. Ties go to the earlier candidate.
     */
    static String nearest(String word, Iterable<String> candidates) {
        int limit = word.length() <= 3 ? 1 : word.length() <= 6 ? 2 : 3;
        return Spelling.nearest(word, candidates, limit);
    }

    /** {@code " (did you mean 'x'?)"} or the empty string. */
    static String didYouMean(String word, Iterable<String> candidates) {
        String near = nearest(word, candidates);
        return near == null ? "" : " (did you mean '" + near + "'?)";
    }
}
