package dev.journeykit.render.svg.internal;

import dev.journeykit.render.svg.internal.Layout.Box;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Boxes filed by the square cells of a grid they touch, so that whether a box overlaps any box
 * added ({@link Box#overlaps}) is answered by looking only at the boxes of its own cells. Two
 * boxes that overlap share a point, and so a cell: the answer is the one a check of every box
 * gives. The flow view places its count labels with it ({@link FlowLayout}).
 *
 * <p>Complexity: adding a box costs the cells it touches; a check costs the cells it touches and
 * the boxes filed in them. For boxes about the cell's size that are spread over the picture, both
 * are O(1), instead of O(boxes) for a check of every box.
 */
final class BoxGrid {

    /** The side of a cell, about a count label's width. */
    static final double CELL = 64;

    private final Map<Long, List<Box>> cells = new HashMap<>();

    void add(Box box) {
        long[] span = span(box);
        for (long cx = span[0]; cx <= span[1]; cx++) {
            for (long cy = span[2]; cy <= span[3]; cy++) {
                cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(2)).add(box);
            }
        }
    }

    /** The cells a box touches: first and last column, first and last row. */
    private static long[] span(Box box) {
        return new long[] {cell(Math.min(box.x(), box.right())), cell(Math.max(box.x(), box.right())),
            cell(Math.min(box.y(), box.bottom())), cell(Math.max(box.y(), box.bottom()))};
    }

    /** Whether {@code box} overlaps no box added. */
    boolean free(Box box) {
        long[] span = span(box);
        for (long cx = span[0]; cx <= span[1]; cx++) {
            for (long cy = span[2]; cy <= span[3]; cy++) {
                List<Box> in = cells.get(key(cx, cy));
                if (in != null) {
                    for (Box o : in) {
                        if (box.overlaps(o)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
