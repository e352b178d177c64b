package dev.journeykit.dsl.internal;

import java.util.Arrays;

/**
 * References to ids written in the text, kept compact (a path of a million steps is a million
 * references): the id, what it must name, and where it is.
 */
final class Refs {

    enum Kind {
        CHANNEL("channel"), PERSONA("persona"), TOUCHPOINT("touchpoint"), STEP("step"), ELEMENT("element");

        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    private static final Kind[] KINDS = Kind.values();

    int size;
    String[] ids = new String[16];
    byte[] kinds = new byte[16];
    /** The ids' word numbers ({@link TokenStream#wordNumber}). */
    int[] words = new int[16];
    /** The tokens of the ids, for where they are. */
    long[] tokens = new long[16];

    void add(long token, String id, int word, Kind kind) {
        if (size == ids.length) {
            int n = size * 2;
            ids = Arrays.copyOf(ids, n);
            kinds = Arrays.copyOf(kinds, n);
            words = Arrays.copyOf(words, n);
            tokens = Arrays.copyOf(tokens, n);
        }
        ids[size] = id;
        kinds[size] = (byte) kind.ordinal();
        words[size] = word;
        tokens[size] = token;
        size++;
    }

    Kind kind(int i) {
        return KINDS[kinds[i]];
    }
}
