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

    int intern(byte[] b, int from, int to) {
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
        }
        bytes[n] = name;
        hashes[n] = h;
        code[n] = Integer.MIN_VALUE;
        table[slot] = n + 1;
        if (size * 2 > table.length) {
            table = HashIndex.build(hashes, size, table.length * 2);
        }
        return n;
    }

    String name(int n) {
        return new String(bytes[n], StandardCharsets.UTF_8);
    }
}
