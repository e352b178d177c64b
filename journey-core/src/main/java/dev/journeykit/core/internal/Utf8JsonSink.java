package dev.journeykit.core.internal;

import java.io.Writer;
import java.util.Arrays;

/**
 * Where a generator of {@link PrettyJson#generator} writes a large document: the text goes
 * straight to UTF-8 bytes as it comes, each lone surrogate as its <code>&#92;uXXXX</code> escape
 * (as {@link SafeText#jsonSurrogates} writes it), and {@link #finish()} adds the final line break:
 * the bytes of {@link PrettyJson#finish} of the same text, without the text in between (a report
 * of megabytes is otherwise copied four times: a string buffer, its string, the escaped string,
 * its bytes). A pair of surrogates split between two writes is still a pair. Not thread-safe.
 */
public final class Utf8JsonSink extends Writer {

    private byte[] bytes;
    private int size;
    /** A high surrogate written last, waiting for the char after it; 0 for none. */
    private char high;
    private boolean finished;

    /** A sink with room for about {@code capacity} bytes at first. */
    public Utf8JsonSink(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(int c) {
        char[] one = {(char) c};
        write(one, 0, 1);
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(String text, int off, int len) {
        char[] chars = new char[len];
        text.getChars(off, off + len, chars, 0);
        write(chars, 0, len);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        if (finished) {
            throw new IllegalStateException("the sink is finished");
        }
        ensure(len);
        byte[] b = bytes;
        int n = size;
        int i = off;
        int end = off + len;
        if (high != 0 && i < end) {
            char c = chars[i];
            if (Character.isLowSurrogate(c)) {
                n = pair(high, c, n);
                i++;
            } else {
                n = escape(high, n);
            }
            high = 0;
            b = bytes;
        }
        while (i < end) {
            // ASCII, most of a report, a byte a char
            int room = Math.min(end - i, b.length - n);
            int stop = i + room;
            while (i < stop) {
                char c = chars[i];
                if (c >= 0x80) {
                    break;
                }
                b[n++] = (byte) c;
                i++;
            }
            if (i == end) {
                break;
            }
            size = n;
            ensure(end - i + 12);
            b = bytes;
            char c = chars[i++];
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                if (i == end) {
                    high = c; // its pair, if any, comes with the next write
                } else if (Character.isLowSurrogate(chars[i])) {
                    n = pair(c, chars[i++], n);
                } else {
                    n = escape(c, n);
                }
            } else if (Character.isLowSurrogate(c)) {
                n = escape(c, n);
            } else {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        size = n;
    }

    /** Writes the pair's code point at n (room for 4 bytes made); where the bytes end. */
    private int pair(char hi, char lo, int n) {
        ensureAt(n, 4);
        int cp = Character.toCodePoint(hi, lo);
        byte[] b = bytes;
        b[n++] = (byte) (0xF0 | cp >> 18);
        b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[n++] = (byte) (0x80 | cp & 0x3F);
        return n;
    }

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Writes a lone surrogate's escape at n; where the bytes end. */
    private int escape(char c, int n) {
        ensureAt(n, 6);
        byte[] b = bytes;
        b[n++] = '\\';
        b[n++] = 'u';
        b[n++] = HEX[c >> 12 & 0xF];
        b[n++] = HEX[c >> 8 & 0xF];
        b[n++] = HEX[c >> 4 & 0xF];
        b[n++] = HEX[c & 0xF];
        return n;
    }

    /** Room for at least {@code more} bytes after size. */
    private void ensure(int more) {
        ensureAt(size, more);
    }

    private void ensureAt(int at, int more) {
        long needed = (long) at + more;
        if (needed > bytes.length) {
            if (needed > Integer.MAX_VALUE - 16) {
                throw new OutOfMemoryError("a JSON document of over 2 GB");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.max(needed, Math.min(Integer.MAX_VALUE - 16, bytes.length * 2L)));
        }
    }

    @Override
    public void flush() {
        // bytes stay here until finish
    }

    @Override
    public void close() {
        // a generator closes its target only when told to; finish ends the text
    }

    /** The bytes written, a lone surrogate left at the end escaped, and a final {@code \n}; the sink takes no more. */
    public byte[] finish() {
        if (!finished) {
            if (high != 0) {
                size = escape(high, size);
                high = 0;
            }
            ensure(1);
            bytes[size++] = '\n';
            finished = true;
        }
        return Arrays.copyOf(bytes, size);
    }
}
