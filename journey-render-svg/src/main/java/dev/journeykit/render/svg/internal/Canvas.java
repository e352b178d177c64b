package dev.journeykit.render.svg.internal;

import dev.journeykit.render.svg.internal.Layout.Box;
import dev.journeykit.render.svg.internal.Layout.Label;
import java.util.List;

/**
 * Draws boxes and text into an {@link SvgWriter} and records them in a {@link Layout}, so what is
 * drawn and what tests check are the same thing.
 */
final class Canvas {

    static final double FONT = 12;
    static final double SMALL = 10.5;
    static final double HEAD = 14;
    static final double TITLE = 22;
    static final double SUBTITLE = 13;
    static final double PAD = 8;

    final SvgWriter svg;
    final Layout layout = new Layout();
    final Settings settings;
    /** Room a box keeps free of badges at the right end of its top edge (a drawn corner mark). */
    final java.util.Map<Box, Double> badgeCorner = new java.util.HashMap<>();

    Canvas(Settings settings, int capacity) {
        this.settings = settings;
        this.svg = new SvgWriter(capacity);
    }

    static double lineHeight(double fontSize) {
        return Math.ceil(fontSize * 1.3);
    }

    /** Draws a rectangle and records it as a box; {@code id} may be null. */
    Box box(String key, String role, String cssClass, String id, double x, double y, double w, double h, double rx) {
        Box box = layout.add(new Box(key, role, x, y, w, h));
        svg.open("rect");
        if (id != null) {
            svg.attr("id", id);
        }
        svg.attr("class", cssClass).attr("x", x).attr("y", y).attr("width", w).attr("height", h);
        if (rx > 0) {
            svg.attr("rx", rx);
        }
        svg.close();
        return box;
    }

    /** A run of wrapped text of one style inside a box. */
    record Piece(String cssClass, List<String> lines, double fontSize, boolean bold) {

        double height() {
            return blockHeight(lines.size(), fontSize);
        }
    }

    static final double PIECE_GAP = 4;

    /** A piece of {@code text} wrapped to {@code width}. */
    static Piece piece(String cssClass, String text, double width, double fontSize, boolean bold, int maxLines) {
        return new Piece(cssClass, wrap(text, width, fontSize, bold, maxLines), fontSize, bold);
    }

    /** The height of pieces stacked with a small gap between them (empty pieces take no room). */
    static double height(List<Piece> pieces) {
        double h = 0;
        boolean first = true;
        for (Piece p : pieces) {
            if (p.lines().isEmpty()) {
                continue;
            }
            h += (first ? 0 : PIECE_GAP) + p.height();
            first = false;
        }
        return h;
    }

    /** Draws stacked pieces from {@code top}, left-aligned at {@code x}; returns the y below them. */
    double pieces(Box box, List<Piece> pieces, double x, double top) {
        double y = top;
        boolean first = true;
        for (Piece p : pieces) {
            if (p.lines().isEmpty()) {
                continue;
            }
            if (!first) {
                y += PIECE_GAP;
            }
            y = text(box, p.cssClass(), p.lines(), x, y, p.fontSize(), p.bold(), "start");
            first = false;
        }
        return y;
    }

    /** Whom a view of {@code map} shows: "for NAME" when drawn for one persona, else "all personas". */
    String scope(dev.journeykit.core.model.JourneyMap map) {
        return settings.persona().isPresent() && !map.personas().isEmpty()
                ? "for " + map.personas().get(0).name() : "all personas";
    }

    /**
     * The header of the FLOW and MATRIX views at {@code (x, y)}: the map's title and the subtitle
     * {@code "VIEW, for PERSONA: WHAT"} (or "all personas"), wrapped to {@code width}; returns the
     * y below it.
     */
    double viewHeader(dev.journeykit.core.model.JourneyMap map, String view, String what, double x, double y,
                      double width) {
        List<Piece> head = List.of(
                piece("jk-title", map.title(), width, TITLE, true, 2),
                piece("jk-subtitle", view + ", " + scope(map) + ": " + what, width, SUBTITLE, false,
                        settings.maxTextLines()));
        Box header = area("header", "header", x, y, width, height(head) + 4);
        return pieces(header, head, x, y + 2) + 2;
    }

    /** Records a box without drawing it (an invisible area that holds text or marks). */
    Box area(String key, String role, double x, double y, double w, double h) {
        return layout.add(new Box(key, role, x, y, w, h));
    }

    /** Wrapped lines of clean text. */
    static List<String> wrap(String text, double width, double fontSize, boolean bold, int maxLines) {
        return TextMetrics.wrap(SvgWriter.clean(text), width, fontSize, bold, maxLines);
    }

    /** The height of a block of {@code lines} lines from the top of the first to the bottom of the last. */
    static double blockHeight(int lines, double fontSize) {
        return lines == 0 ? 0 : (lines - 1) * lineHeight(fontSize) + fontSize * 1.05;
    }

    /**
     * Draws lines of text whose first line's top is at {@code top}, anchored at {@code x}; returns
     * the y just below the block.
     */
    double text(Box box, String cssClass, List<String> lines, double x, double top, double fontSize,
                boolean bold, String anchor) {
        if (lines.isEmpty()) {
            return top;
        }
        double baseline = top + fontSize * 0.8;
        double lh = lineHeight(fontSize);
        layout.add(new Label(box, lines, x, baseline, fontSize, lh, bold, anchor));
        svg.textLines(cssClass, x, baseline, anchor, lines, lh);
        return top + blockHeight(lines.size(), fontSize);
    }
}
