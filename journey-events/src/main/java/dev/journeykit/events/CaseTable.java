package dev.journeykit.events;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Case ids interned by their bytes: customer index by an open-addressing table whose slots
 * hold an id's first 8 bytes, its length and hash, so that ids of up to 8 bytes are found
 * without reading the stored bytes (the common case: one memory access an event), longer ones
 * compared with them. Case ids that are not ASCII are interned by the bytes of their decoded
 * string, so that byte sequences the streaming reader decodes to one string are one customer
 * there and here.
 */
final class CaseTable {
    int size;
    int[] hash = new int[1024];
    int[] start = new int[1025];
    byte[] arena = new byte[1 << 14];
    /** Slot s: table[2s] the first 8 bytes, table[2s + 1] entry(hash, length, customer); 0 empty. */
    long[] table = new long[2 * 2048];

    int intern(byte[] b, int from, int to) {
        int length = to - from;
        long first = 0;
        int bits = 0;
        for (int i = 0; i < length && i < 8; i++) {
            first |= (b[from + i] & 0xffL) << (8 * i);
            bits |= b[from + i];
        }
        for (int i = from + 8; i < to; i++) {
            bits |= b[i];
        }
        if (bits < 0) {
            byte[] text = new String(b, from, length, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
            first = 0;
            for (int i = 0; i < text.length && i < 8; i++) {
                first |= (text[i] & 0xffL) << (8 * i);
            }
            return intern(text, 0, text.length, first, hash(text, 0, text.length, first));
        }
        return intern(b, from, to, first, hash(b, from, to, first));
    }

    private int intern(byte[] b, int from, int to, long first, int h) {
        int length = to - from;
        int slots = table.length >> 1;
        int mask = slots - 1;
        long tag = (long) (h & 0xffffff) << 40 | (long) Math.min(length, 255) << 32;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            long entry = table[2 * slot + 1];
            if (entry == 0) {
                return add(b, from, to, h, first, slot);
            }
            if ((entry & 0xffffffff00000000L) == tag && table[2 * slot] == first) {
                int c = (int) entry - 1;
                if (length <= 8) {
                    return c;
                }
                int at = start[c];
                if (start[c + 1] - at == length && Arrays.equals(arena, at, at + length, b, from, to)) {
                    return c;
                }
            }
        }
    }

    /** The hash of an id: of its first 8 bytes (as a number), the rest and the length. */
    private static int hash(byte[] b, int from, int to, long first) {
        long h = (first ^ (to - from)) * 0x9E3779B97F4A7C15L;
        for (int i = from + 8; i < to; i++) {
            h = (h + b[i]) * 0x9E3779B97F4A7C15L;
        }
        return (int) (h ^ h >>> 29);
    }

    private int add(byte[] b, int from, int to, int h, long first, int slot) {
        int c = size++;
        if (c == hash.length) {
            hash = Arrays.copyOf(hash, c * 2);
            start = Arrays.copyOf(start, c * 2 + 1);
        }
        int at = start[c];
        int length = to - from;
        if (at + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, at + length));
        }
        System.arraycopy(b, from, arena, at, length);
        start[c + 1] = at + length;
        hash[c] = h;
        table[2 * slot] = first;
        table[2 * slot + 1] = entry(h, length, c);
        if (size * 4 > (table.length >> 1) * 3) {
            rehash();
        }
        return c;
    }

    private static long entry(int h, int length, int c) {
        return (long) (h & 0xffffff) << 40 | (long) Math.min(length, 255) << 32 | (c + 1L);
    }

    private void rehash() {
        long[] bigger = new long[table.length * 2];
        int mask = (bigger.length >> 1) - 1;
        for (int i = 0; i < table.length; i += 2) {
            long entry = table[i + 1];
            if (entry != 0) {
                int c = (int) entry - 1;
                int slot = hash[c] & mask;
                while (bigger[2 * slot + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                bigger[2 * slot] = table[i];
                bigger[2 * slot + 1] = entry;
            }
        }
        table = bigger;
    }
}
