package dev.journeykit.core.internal;

/**
 * The one open-addressing index of JourneyKit's small primitive tables (the names of the CSV fast
 * path): slots hold an entry's number + 1 (0 is empty), probed linearly from
 * {@code hash & (slots - 1)}.
 */
public final class HashIndex {

    private HashIndex() {
    }

    /** An index of {@code slots} slots (a power of two, more than size) for entries 0..size-1 with these hashes. */
    public static int[] build(int[] hashes, int size, int slots) {
        int[] table = new int[slots];
        int mask = slots - 1;
        for (int k = 0; k < size; k++) {
            int s = hashes[k] & mask;
            while (table[s] != 0) {
                s = (s + 1) & mask;
            }
            table[s] = k + 1;
        }
        return table;
    }
}
