package dev.journeykit.render.svg.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Text widths from a built-in table, so layout is the same on every machine: no AWT, no installed
 * fonts. The table holds advance widths (in thousandths of an em) close to DejaVu Sans, the widest
 * of the fonts the style sheet names, rounded up; a safety factor covers the rest. Characters
 * outside the table count as wide (a full em), so text is over-measured rather than cut.
 *
 * <p>Wrapping is greedy by words, breaks words that are wider than a line, and ends the last
 * allowed line with an ellipsis when text is left over. It stops reading once the line limit is
 * reached, so it is cheap on very long strings.
 */
final class TextMetrics {

    /** Bold text is wider by about this much in DejaVu Sans Bold. */
    static final double BOLD_FACTOR = 1.13;
    /** Head room for fonts a little wider than the table. */
    static final double SAFETY = 1.06;
    /** The ellipsis that ends cut text. */
    static final String ELLIPSIS = "\u2026";

    // ASCII 32..126, thousandths of an em.
    private static final short[] ASCII = {
        318, 401, 460, 838, 637, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, // space .. /
        637, 637, 637, 637, 637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838, 531, // 0 .. ?
        1000, 684, 686, 698, 771, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, // @ .. O
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, // P .. _
        500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, // ` .. o
        635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838        // p .. ~
    };

    private TextMetrics() {
    }

    /** The advance width of one code point, in thousandths of an em. */
    static int advance(int cp) {
        if (cp >= 32 && cp <= 126) {
            return ASCII[cp - 32];
        }
        if (cp >= 0x0300 && cp <= 0x036F) {
            return 0; // combining marks sit on the letter before them
        }
        if (cp == 0x2022 || cp == 0x00B7) {
            return 600; // bullets
        }
        if (cp >= 0x00A0 && cp <= 0x052F) {
            return 800; // Latin supplements, Greek, Cyrillic: no wider than an M
        }
        if (cp > 0xFFFF) {
            return 1250; // emoji and other supplementary characters
        }
        return 1000;
    }

    /** The width of {@code text} in thousandths of an em. */
    static long units(String text) {
        long units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += advance(cp);
            i += Character.charCount(cp);
        }
        return units;
    }

    private static double scale(double fontSize, boolean bold) {
        return fontSize * SAFETY * (bold ? BOLD_FACTOR : 1.0) / 1000.0;
    }

    /** The width of {@code text} in pixels at {@code fontSize}. */
    static double width(String text, double fontSize, boolean bold) {
        return units(text) * scale(fontSize, bold);
    }

    /**
     * Wraps clean text (see {@link SvgWriter#clean}) into at most {@code maxLines} lines no wider
     * than {@code maxWidth}. Text that does not fit ends with an ellipsis. Empty text gives no lines.
     */
    static List<String> wrap(String text, double maxWidth, double fontSize, boolean bold, int maxLines) {
        if (text.isEmpty() || maxLines < 1) {
            return new ArrayList<>();
        }
        // all comparisons in whole table units, so that a line is measured the same way however it was built
        long max = (long) Math.floor(maxWidth / scale(fontSize, bold));
        Lines out = new Lines(maxLines, max);
        boolean cut = false;
        int i = 0;
        int n = text.length();
        while (i < n && !cut) {
            int end = text.indexOf(' ', i);
            if (end < 0) {
                end = n;
            }
            if (end > i) {
                cut = out.add(text.substring(i, end));
            }
            i = end + 1;
        }
        List<String> lines = out.done;
        if (!cut && out.line.length() > 0) {
            if (lines.size() == maxLines) {
                cut = true;
            } else {
                lines.add(out.line.toString());
            }
        }
        if (cut) {
            int last = lines.size() - 1;
            lines.set(last, ellipsize(lines.get(last), max));
        }
        // a single character wider than the line cannot be shown: drop such lines
        lines.removeIf(l -> units(l) > max);
        return lines;
    }

    /** The lines {@link #wrap} has filled and the one it is filling, widths in table units. */
    private static final class Lines {
        final List<String> done = new ArrayList<>();
        final StringBuilder line = new StringBuilder();
        private final int maxLines;
        private final long max;
        private long width;

        Lines(int maxLines, long max) {
            this.maxLines = maxLines;
            this.max = max;
        }

        /** Adds a word, on this line or the next; true when it did not fit in the lines left. */
        boolean add(String word) {
            long w = units(word);
            long space = advance(' ');
            if (line.length() > 0 && width + space + w <= max) {
                line.append(' ').append(word);
                width += space + w;
                return false;
            }
            if (line.length() > 0 && endLine()) {
                return true;
            }
            if (w <= max) {
                line.append(word);
                width = w;
                return false;
            }
            // a word wider than a line: break it between characters
            for (int k = 0; k < word.length(); ) {
                int cp = word.codePointAt(k);
                long cw = advance(cp);
                if (width + cw > max && line.length() > 0 && endLine()) {
                    return true;
                }
                line.appendCodePoint(cp);
                width += cw;
                k += Character.charCount(cp);
            }
            return false;
        }

        /** Ends the line; true when it was the last one allowed. */
        private boolean endLine() {
            done.add(line.toString());
            line.setLength(0);
            width = 0;
            return done.size() == maxLines;
        }
    }

    /** {@code text} shortened so that it and an ellipsis fit {@code max} units. */
    private static String ellipsize(String text, long max) {
        long ellipsis = advance(ELLIPSIS.codePointAt(0));
        String kept = text;
        long w = units(kept);
        while (!kept.isEmpty() && w + ellipsis > max) {
            int cut = kept.offsetByCodePoints(kept.length(), -1);
            w -= advance(kept.codePointAt(cut));
            kept = kept.substring(0, cut);
        }
        kept = kept.stripTrailing();
        return units(kept) + ellipsis <= max ? kept + ELLIPSIS : kept;
    }

    /** One line: the whole text when it fits, else shortened with an ellipsis. */
    static String fit(String text, double maxWidth, double fontSize, boolean bold) {
        List<String> lines = wrap(text, maxWidth, fontSize, bold, 1);
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
