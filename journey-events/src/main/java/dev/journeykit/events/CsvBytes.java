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
}
