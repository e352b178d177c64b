package dev.journeykit.render.svg.internal;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import dev.journeykit.core.internal.SafeText;
import java.util.List;

/**
 * Writes SVG elements into a buffer. Every string that reaches the output passes through
 * {@link #clean} and is escaped here, so text from a map can never become markup; numbers are
 * written with one fixed decimal and a '.' whatever the locale; lines end with {@code \n}.
 */
public final class SvgWriter {

    private final StringBuilder out;

    public SvgWriter(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    private static final Escaper CONTENT = XmlEscapers.xmlContentEscaper();
    private static final Escaper ATTRIBUTE = XmlEscapers.xmlAttributeEscaper();

    /**
     * Text made safe to show: characters XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE,
     * U+FFFF) are replaced by U+FFFD, C1 controls and white space become one space, invisible
     * direction overrides and isolates are dropped (they can make text read differently from what
     * it is), and the result is trimmed.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        if (isClean(text)) {
            return text;
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), 1 << 16));
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            int cp = SafeText.codePointAt(text, i);
            i += Character.charCount(cp) - 1;
            if (cp == '\t' || cp == '\n' || cp == '\r' || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                    || (cp >= 0x80 && cp <= 0x9F)) {
                space = b.length() > 0;
                continue;
            }
            if (SafeText.isControl(cp)) {
                cp = 0xFFFD;
            } else if (SafeText.isInvisibleFormat(cp)) {
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    /** Whether {@code clean} would return the text unchanged: printable ASCII, single inner spaces. */
    private static boolean isClean(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        char prev = 'x';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || (c == ' ' && prev == ' ')) {
                return false;
            }
            prev = c;
        }
        return true;
    }

    /** An id made of ASCII letters, digits, '-' and '_', starting with a letter. */
    public static String xmlId(String text) {
        StringBuilder b = new StringBuilder(text.length() + 1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            b.append(ok ? c : '_');
        }
        if (b.length() == 0 || !Character.isLetter(b.charAt(0))) {
            b.insert(0, 'x');
        }
        return b.toString();
    }

    /** A number with one decimal, '.' as separator, no exponent: {@code 12.0}, {@code -0.5}. */
    public static String num(double value) {
        StringBuilder b = new StringBuilder(12);
        appendNum(b, value);
        return b.toString();
    }

    static void appendNum(StringBuilder b, double value) {
        if (!Double.isFinite(value)) {
            b.append("0.0");
            return;
        }
        long tenths = Math.round(value * 10.0);
        if (tenths < 0) {
            b.append('-');
            tenths = -tenths;
        }
        b.append(tenths / 10).append('.').append(tenths % 10);
    }

    /** Appends escaped character data (text is cleaned first). */
    public SvgWriter text(String text) {
        escape(clean(text), false);
        return this;
    }

    /**
     * Appends cleaned text escaped by Guava's XML escapers: {@code & < >} in character data, and
     * also both quotes in attribute values. (Cleaned text holds no tab, line break or control
     * character, the only other characters they would touch.)
     */
    private void escape(String s, boolean attribute) {
        out.append((attribute ? ATTRIBUTE : CONTENT).escape(s));
    }

    /** Starts an element: {@code <name}. Follow with attributes, then {@link #close()} or {@link #end()}. */
    public SvgWriter open(String name) {
        out.append('<').append(name);
        return this;
    }

    /** An attribute with a cleaned, escaped value. */
    public SvgWriter attr(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escape(clean(value), true);
        out.append('"');
        return this;
    }

    public SvgWriter attr(String name, double value) {
        out.append(' ').append(name).append("=\"");
        appendNum(out, value);
        out.append('"');
        return this;
    }

    /** Ends the start tag: {@code >\n} when {@code newline}, else {@code >}. */
    public SvgWriter end(boolean newline) {
        out.append(newline ? ">\n" : ">");
        return this;
    }

    /** Closes an empty element: {@code />\n}. */
    public SvgWriter close() {
        out.append("/>\n");
        return this;
    }

    /** Writes a closing tag and a new line. */
    public SvgWriter closing(String name) {
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** Writes markup that the renderer made itself (never text from a map). */
    public SvgWriter raw(String markup) {
        out.append(markup);
        return this;
    }

    public SvgWriter rect(String cssClass, double x, double y, double w, double h, double rx) {
        open("rect").attr("class", cssClass).attr("x", x).attr("y", y).attr("width", w).attr("height", h);
        if (rx > 0) {
            attr("rx", rx);
        }
        return close();
    }

    public SvgWriter line(String cssClass, double x1, double y1, double x2, double y2) {
        return open("line").attr("class", cssClass).attr("x1", x1).attr("y1", y1).attr("x2", x2).attr("y2", y2).close();
    }

    public SvgWriter path(String cssClass, String d) {
        return open("path").attr("class", cssClass).attr("d", d).close();
    }

    /**
     * A text element of one or more lines, each a {@code tspan}; {@code y} is the first baseline.
     * {@code anchor} is start, middle or end.
     */
    public SvgWriter textLines(String cssClass, double x, double y, String anchor, List<String> lines, double lineHeight) {
        if (lines.isEmpty()) {
            return this;
        }
        open("text").attr("class", cssClass).attr("x", x).attr("y", y);
        if (!"start".equals(anchor)) {
            attr("text-anchor", anchor);
        }
        end(false);
        if (lines.size() == 1) {
            text(lines.get(0));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                open("tspan").attr("x", x);
                if (i == 0) {
                    attr("y", y);
                } else {
                    attr("dy", lineHeight);
                }
                end(false).text(lines.get(i)).raw("</tspan>");
            }
        }
        return closing("text");
    }

    /** Path data helper: appends a command letter and coordinate pairs. */
    public static StringBuilder d(StringBuilder d, char command, double... coordinates) {
        if (d.length() > 0) {
            d.append(' ');
        }
        d.append(command);
        for (int i = 0; i < coordinates.length; i++) {
            if (i > 0) {
                d.append(i % 2 == 1 ? ',' : ' ');
            }
            appendNum(d, coordinates[i]);
        }
        return d;
    }

    /** The text written so far, without copying it. */
    CharSequence buffer() {
        return out;
    }

    public int length() {
        return out.length();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
