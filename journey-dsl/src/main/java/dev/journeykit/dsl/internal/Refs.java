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
    int[] starts = new int[16];
    int[] ends = new int[16];
    int[] lines = new int[16];
    int[] columns = new int[16];
    int[] lineStarts = new int[16];

    void add(Token token, Kind kind) {
        if (size == ids.length) {
            int n = size * 2;
            ids = Arrays.copyOf(ids, n);
            kinds = Arrays.copyOf(kinds, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            lines = Arrays.copyOf(lines, n);
            columns = Arrays.copyOf(columns, n);
            lineStarts = Arrays.copyOf(lineStarts, n);
        }
        ids[size] = token.text;
        kinds[size] = (byte) kind.ordinal();
        starts[size] = token.start;
        ends[size] = token.end;
        lines[size] = token.line;
        columns[size] = token.column;
        lineStarts[size] = token.lineStart;
        size++;
    }

    Kind kind(int i) {
        return KINDS[kinds[i]];
    }
}
