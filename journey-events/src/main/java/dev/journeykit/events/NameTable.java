package dev.journeykit.events;

import dev.journeykit.core.internal.HashIndex;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A few distinct names (event names, persona values) by their bytes, each with a code and a count. */
final class NameTable {
    int size;
    byte[][] bytes = new byte[16][];
    int[] hashes = new int[16];
    int[] code = new int[16];
    long[] count = new long[16];
    int[] table = new int[64];

    /** First and last 8 bytes of each name of 8 to 16 bytes (they overlap below 16). */
    long[] head = new long[16];
    long[] tail = new long[16];
    int[] lengths = new int[16];

    int intern(byte[] b, int from, int to) {
        int length = to - from;
        if (length >= 8 && length <= 16) {
            // the common name: compared by two words, no loop over its bytes
            long first = CsvBytes.word(b, from);
            long last = CsvBytes.word(b, to - 8);
            long m = (first * 0x9E3779B97F4A7C15L ^ last) * 0xC2B2AE3D27D4EB4FL + length;
            int h = (int) (m ^ m >>> 32);
            int mask = table.length - 1;
            for (int slot = h & mask; ; slot = (slot + 1) & mask) {
                int entry = table[slot];
                if (entry == 0) {
                    int n = add(Arrays.copyOfRange(b, from, to), h, slot);
                    head[n] = first;
                    tail[n] = last;
                    return n;
                }
                int n = entry - 1;
                if (head[n] == first && tail[n] == last && lengths[n] == length) {
                    return n;
                }
            }
        }
        int h = CsvBytes.hash(b, from, to);
        int mask = table.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return add(Arrays.copyOfRange(b, from, to), h, slot);
            }
            int n = entry - 1;
            if (hashes[n] == h && Arrays.equals(bytes[n], 0, bytes[n].length, b, from, to)) {
                return n;
            }
        }
    }

    private int add(byte[] name, int h, int slot) {
        int n = size++;
        if (n == bytes.length) {
            bytes = Arrays.copyOf(bytes, n * 2);
            hashes = Arrays.copyOf(hashes, n * 2);
            code = Arrays.copyOf(code, n * 2);
            count = Arrays.copyOf(count, n * 2);
            head = Arrays.copyOf(head, n * 2);
            tail = Arrays.copyOf(tail, n * 2);
            lengths = Arrays.copyOf(lengths, n * 2);
        }
        lengths[n] = name.length;
        bytes[n] = name;
        hashes[n] = h;
        code[n] = Integer.MIN_VALUE;
        table[slot] = n + 1;
        if (size * 8 > table.length) {
            table = HashIndex.build(hashes, size, table.length * 2);
        }
        return n;
    }

    String name(int n) {
        return new String(bytes[n], StandardCharsets.UTF_8);
    }
}
