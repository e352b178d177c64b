package dev.journeykit.render.svg.internal;

import dev.journeykit.render.svg.internal.Layout.Box;
import dev.journeykit.render.svg.internal.Settings.Mark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The finding overlay: a numbered badge on the box of every subject of a finding, and a legend
 * that lists the findings by number. Badges differ in shape by severity (error a square, warning
 * a triangle, info a circle), not only in colour.
 */
final class Marks {

    static final double BADGE = 8;

    private Marks() {
    }

    /** Draws the badges of every mark on the boxes that show its subjects, along each box's top edge. */
    static void badges(Canvas c) {
        Map<Box, Integer> perBox = new HashMap<>();
        for (Mark mark : c.settings.marks()) {
            List<Box> boxes = new ArrayList<>();
            for (String subject : mark.subjects()) {
                Box box = c.layout.elements().get(subject);
                if (box != null && !boxes.contains(box)) {
                    boxes.add(box);
                }
            }
            for (Box box : boxes) {
                int i = perBox.merge(box, 1, Integer::sum) - 1;
                double cx = box.right() - BADGE - 2 - i * (2 * BADGE + 3);
                if (cx - BADGE < box.x()) {
                    continue; // no room for more badges on this box; the legend still lists the finding
                }
                badge(c.svg, mark, cx, box.y());
            }
        }
    }

    static void badge(SvgWriter svg, Mark mark, double cx, double cy) {
        String cls = "jk-badge-" + mark.severity();
        svg.open("g").attr("class", "jk-badge").end(true);
        switch (mark.severity()) {
            case "error" -> svg.rect(cls, cx - BADGE, cy - BADGE, 2 * BADGE, 2 * BADGE, 2);
            case "warning" -> svg.path(cls, SvgWriter.d(SvgWriter.d(SvgWriter.d(new StringBuilder(), 'M', cx, cy - BADGE - 3),
                    'L', cx + BADGE + 2, cy + BADGE), 'L', cx - BADGE - 2, cy + BADGE).append(" Z").toString());
            default -> svg.open("circle").attr("class", cls).attr("cx", cx).attr("cy", cy).attr("r", BADGE).close();
        }
        svg.open("text").attr("class", "jk-badge-text").attr("x", cx).attr("y", cy + 3.5)
                .attr("text-anchor", "middle").end(false).text(Integer.toString(mark.number())).closing("text");
        svg.open("title").end(false).text(mark.severity() + " " + mark.code() + ": " + mark.message()).closing("title");
        svg.closing("g");
    }

    /**
     * Draws the legend of the findings at {@code y} across {@code width}, and returns the y below
     * it; draws nothing and returns {@code y} when there are no findings.
     */
    static double legend(Canvas c, double x, double y, double width) {
        List<Mark> marks = c.settings.marks();
        if (marks.isEmpty()) {
            return y;
        }
        double pad = Canvas.PAD;
        double textX = x + pad + 2 * BADGE + 8;
        double textW = width - (textX - x) - pad;
        List<Canvas.Piece> heading = List.of(Canvas.piece("jk-head", "Findings (" + marks.size() + ")",
                width - 2 * pad, Canvas.HEAD, true, 1));
        List<List<Canvas.Piece>> entries = new ArrayList<>();
        double h = pad + Canvas.height(heading);
        for (Mark mark : marks) {
            String head = mark.number() + ". " + mark.severity() + " " + mark.code();
            List<Canvas.Piece> entry = List.of(
                    Canvas.piece("jk-bold", head, textW, Canvas.FONT, true, 1),
                    Canvas.piece("jk-text", mark.message(), textW, Canvas.FONT, false, 2 * c.settings.maxTextLines()),
                    Canvas.piece("jk-small", mark.subjects().isEmpty() ? "" : "on " + String.join(", ", mark.subjects()),
                            textW, Canvas.SMALL, false, 1));
            entries.add(entry);
            h += 8 + Math.max(Canvas.height(entry), 2 * BADGE);
        }
        h += pad;
        Box box = c.box("legend", "legend", "jk-legend", c.settings.id("legend"), x, y, width, h, 4);
        double top = c.pieces(box, heading, x + pad, y + pad);
        for (int i = 0; i < marks.size(); i++) {
            top += 8;
            badge(c.svg, marks.get(i), x + pad + BADGE + 2, top + BADGE);
            double bottom = c.pieces(box, entries.get(i), textX, top);
            top = Math.max(bottom, top + 2 * BADGE);
        }
        return y + h;
    }
}
