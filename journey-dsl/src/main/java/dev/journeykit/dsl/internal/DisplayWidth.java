package dev.journeykit.dsl.internal;

/**
 * How many columns of a monospace terminal a code point takes, so that the carets under a
 * diagnostic's source line stand under the right characters: 2 for East Asian wide and
 * fullwidth characters (CJK, Hangul, kana, fullwidth forms) and for emoji shown as pictures,
 * 0 for combining marks and format characters (accents written as a second code point,
 * variation selectors, the zero-width joiner), 1 for everything else. A small built-in table
 * after Unicode's East Asian Width property (W and F) and its emoji presentation; terminals
 * differ on a few rarer characters, so this is the common case, not a promise. Not API.
 */
public final class DisplayWidth {

    /** Sorted, disjoint ranges of wide code points: first, last, first, last, ... */
    private static final int[] WIDE = {
        0x1100, 0x115F, // Hangul Jamo initial consonants
        0x231A, 0x231B, // watch, hourglass
        0x2329, 0x232A, // angle brackets
        0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3,
        0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693,
        0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE,
        0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA,
        0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728, 0x274C, 0x274C,
        0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0,
        0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55, // emoji in the BMP
        0x2E80, 0x303E, // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041, 0x33FF, // kana, bopomofo, Hangul compatibility jamo, CJK compatibility
        0x3400, 0x4DBF, // CJK extension A
        0x4E00, 0x9FFF, // CJK unified ideographs
        0xA000, 0xA4CF, // Yi
        0xA960, 0xA97F, // Hangul Jamo extended A
        0xAC00, 0xD7A3, // Hangul syllables
        0xF900, 0xFAFF, // CJK compatibility ideographs
        0xFE10, 0xFE19, // vertical forms
        0xFE30, 0xFE6F, // CJK compatibility forms, small form variants
        0xFF00, 0xFF60, // fullwidth forms
        0xFFE0, 0xFFE6, // fullwidth signs
        0x16FE0, 0x16FE4, 0x17000, 0x18CFF, // Tangut, Khitan
        0x1AFF0, 0x1B2FF, // kana supplement and extensions, Nushu
        0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A,
        0x1F200, 0x1F202, 0x1F210, 0x1F23B, 0x1F240, 0x1F248, 0x1F250, 0x1F251, 0x1F260, 0x1F265,
        0x1F300, 0x1F64F, // pictographs, emoticons
        0x1F680, 0x1F6FF, // transport and map symbols
        0x1F7E0, 0x1F7EB,
        0x1F90C, 0x1F9FF, // supplemental symbols and pictographs
        0x1FA70, 0x1FAFF, // symbols and pictographs extended A
        0x20000, 0x2FFFD, // CJK extensions B to F
        0x30000, 0x3FFFD, // CJK extension G and later
    };

    private DisplayWidth() {
    }

    /** The columns {@code cp} takes: 0, 1 or 2 (a tab is 1 here; callers keep tabs as tabs). */
    public static int of(int cp) {
        if (cp < 0x300) {
            return 1; // ASCII and Latin-1: the common case, no lookup
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        int lo = 0;
        int hi = WIDE.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < WIDE[2 * mid]) {
                hi = mid - 1;
            } else if (cp > WIDE[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
