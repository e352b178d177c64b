package dev.journeykit.events;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Byte-level helpers of the fast CSV path: the search for a field's end, 8 bytes at a time, and a hash of bytes. */
final class CsvBytes {

    private CsvBytes() {
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    /**
     * Where the next comma, quote, CR or LF is in b[i, limit), or limit: 8 bytes at a time, each
     * word tested for the four bytes at once (SWAR: a byte equal to one is a zero byte of the xor).
     */
    static int special(byte[] b, int i, int limit) {
        for (; i + 8 <= limit; i += 8) {
            long w = (long) LONGS.get(b, i);
            long found = zeroBytes(w ^ ',' * ONES) | zeroBytes(w ^ '\n' * ONES) | zeroBytes(w ^ '\r' * ONES)
                    | zeroBytes(w ^ '"' * ONES);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < limit; i++) {
            byte c = b[i];
            if (c == ',' || c == '\n' || c == '\r' || c == '"') {
                return i;
            }
        }
        return limit;
    }

    /** The 8 bytes at b[i, i + 8) as a little-endian number (i + 8 at most b.length). */
    static long word(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }

    /** The high bit of each byte of x that is zero, exactly (no borrow between bytes). */
    static long zeroBytes(long x) {
        long t = (x & LOW7) + LOW7;
        return ~(t | x | LOW7);
    }

    /** Hash of bytes. */
    static int hash(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        return h * 0x9E3779B9;
    }

    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The key of a case id of 1 to 8 bytes at b[from, from + length): its bytes 7 bits each, or -1
     * when a byte is not ASCII or is 0 (such ids are interned by their bytes).
     */
    static long shortId(byte[] b, int from, int length) {
        long w;
        if (from + 8 <= b.length) {
            w = word(b, from);
            if (length < 8) {
                w &= (1L << (8 * length)) - 1;
            }
        } else {
            w = 0;
            for (int i = 0; i < length; i++) {
                w |= (b[from + i] & 0xffL) << (8 * i);
            }
        }
        long lengthBits = length == 8 ? HIGH_BITS : HIGH_BITS & ((1L << (8 * length)) - 1);
        // a byte of 0 within the id: its high bit in zeroBytes; a byte of 128 or more: its high bit in w
        if (((w | zeroBytes(w)) & lengthBits) != 0) {
            return -1;
        }
        return w & 0x7FL | w >>> 1 & 0x7FL << 7 | w >>> 2 & 0x7FL << 14 | w >>> 3 & 0x7FL << 21
                | w >>> 4 & 0x7FL << 28 | w >>> 5 & 0x7FL << 35 | w >>> 6 & 0x7FL << 42 | w >>> 7 & 0x7FL << 49;
    }
}
