package dev.journeykit.dsl.internal;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.JourneyDslException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The implementation behind {@code JourneyDsl}; not API. */
public final class Dsl {

    private Dsl() {
    }

    public static JourneyMap parse(String sourceName, String text) {
        return new Parser(sourceName, text, false).parse();
    }

    public static String format(JourneyMap map) {
        return Formatter.format(map, Comments.NONE, 0);
    }

    public static String reformat(String sourceName, String text) {
        // a comment starts with '#' or '//': a text with neither has none, and is read without noting
        // where each statement is (which only attaches comments)
        boolean comments = text.indexOf('#') >= 0 || text.contains("//");
        Parser parser = new Parser(sourceName, text, comments);
        JourneyMap map = parser.parse();
        return Formatter.format(map, parser.comments(), text.length());
    }

    /**
     * Decodes UTF-8 strictly: a byte that is not UTF-8 is reported at its line and column, with
     * the bad byte named, as a {@link JourneyDslException}. A text without U+FFFD is decoded once,
     * leniently (malformed bytes would have become U+FFFD); only one with it goes through the strict
     * decoder, which finds the bad byte or gives the same text.
     */
    public static String decode(String sourceName, byte[] bytes) {
        // the JDK's own decoding is some twenty times faster than a CharsetDecoder on C1
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        return decodeStrictly(sourceName, bytes);
    }

    private static String decodeStrictly(String sourceName, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            out.flip();
            String before = out.toString();
            reportBadByte(sourceName, before, bytes[bad] & 0xff);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new IllegalStateException(new CharacterCodingException());
        }
        out.flip();
        return out.toString();
    }

    private static void reportBadByte(String sourceName, String before, int bad) {
        int lineStart = before.lastIndexOf('\n') + 1;
        int line = 1;
        for (int i = 0; i < lineStart; i++) {
            if (before.charAt(i) == '\n') {
                line++;
            }
        }
        int column = before.codePointCount(lineStart, before.length()) + 1;
        // the line as far as it is valid, then a replacement character for the bad byte
        String text = before + '\uFFFD';
        Reporter reporter = new Reporter(sourceName, text, new Lines(text));
        reporter.at(before.length(), lineStart, line, column, before.length() + 1,
                "invalid UTF-8: byte 0x" + String.format(Locale.ROOT, "%02X", bad)
                        + " is not valid here (a .journey file is UTF-8 text)");
        reporter.throwIfAny();
    }
}
