package dev.journeykit.render.svg.internal;

import dev.journeykit.render.svg.Legend;
import dev.journeykit.render.svg.internal.Layout.Badge;
import dev.journeykit.render.svg.internal.Layout.Box;
import dev.journeykit.render.svg.internal.Layout.Label;
import dev.journeykit.render.svg.internal.Settings.Mark;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The finding overlay ({@link #overlay}), as the settings' {@link Legend} asks: with the full
 * legend, a numbered badge on the box of every subject of a finding and a legend that lists the
 * findings by number; with the compact legend or none, one badge per box that counts its findings,
 * and a one-line legend of counts per severity or no legend. Badges differ in shape by severity
 * (error a square, warning a triangle, info a circle), not only in colour; a badge grows to hold
 * its number.
 *
 * <p>Numbered badges sit side by side from a box's right end, 3 px apart; when they would pass the
 * box's left end, the last place holds a grey {@code +n} for the rest (the legend lists them all).
 * On most boxes they sit on the top edge; a view whose boxes touch the ones above (the matrix's
 * channel rows) asks for them inside the box, in a strip it keeps free of text ({@link #stripWidth}).
 *
 * <p>Complexity: O(S + M) for the badges of M marks naming S subjects in all (the boxes of a
 * mark are found by hash), and O(M) legend entries; a finding that names every step of a large
 * map costs one pass over its subjects.
 */
final class Marks {

    static final double BADGE = 8;
    static final double FONT = 9;
    static final double GAP = 3;
    /** How far a warning triangle's apex reaches above its centre line (its base is {@link #BADGE} below). */
    static final double APEX = 13;
    /** How far a badge on a box's top edge reaches into the box (the rest stands above it). */
    static final double SINK = 2;
    /** The room a badge on a box's top edge needs above the box, its outline included. */
    static final double CLEARANCE = APEX + BADGE - SINK + 2;
    /**
     * The space a view leaves above a row of boxes that may carry badges on their top edges:
     * {@code usual} without findings, at least {@link #CLEARANCE} with them.
     */
    static double spaceAbove(Settings settings, double usual) {
        return settings.marks().isEmpty() ? usual : Math.max(usual, CLEARANCE);
    }

    /** Space between an inset badge and the top and right edges of its box. */
    static final double INSET = 4;

    private Marks() {
    }

    /** The height of every badge. */
    static double height(String severity) {
        return above(severity) + BADGE;
    }

    private static double above(String severity) {
        return severity.equals("warning") ? APEX : BADGE;
    }

    /** Half the width of a badge: wide enough for its number inside the shape. */
    static double halfWidth(Mark mark) {
        double text = TextMetrics.width(Integer.toString(mark.number()), FONT, true);
        if (mark.severity().equals("warning")) {
            // the number's top line is 2.2 px below the centre, where the triangle is (APEX - 2.2)/(APEX + BADGE)
            // of its base wide; keep 1 px either side
            return Math.max(BADGE + 2, (text / 2 + 1) * (APEX + BADGE) / (APEX - 2.2));
        }
        return Math.max(BADGE, text / 2 + 3);
    }

    private static double baseline(Mark mark, double cy) {
        return mark.severity().equals("warning") ? cy + 5 : cy + 3.5;
    }

    /** The marks shown on a box that shows any of {@code elementIds}, in legend order. */
    static List<Mark> marksOn(Settings settings, Collection<String> elementIds) {
        List<Mark> on = new ArrayList<>();
        for (Mark mark : settings.marks()) {
            for (String subject : mark.subjects()) {
                if (elementIds.contains(subject)) {
                    on.add(mark);
                    break;
                }
            }
        }
        return on;
    }

    /**
     * The width an inset strip of badges takes in a box of width {@code boxWidth}, counted from the
     * box's right edge: at most half the box (then the last place is a {@code +n}); one counting
     * badge unless the legend is {@link Legend#FULL full}; 0 without marks.
     */
    static double stripWidth(Settings settings, List<Mark> marks, double boxWidth) {
        if (marks.isEmpty()) {
            return 0;
        }
        if (counting(settings)) {
            return Math.min(boxWidth / 2, INSET + 2 * halfWidth(counter(marks)) + GAP);
        }
        double used = 0;
        for (Mark mark : marks) {
            used += 2 * halfWidth(mark) + GAP;
        }
        return Math.min(boxWidth / 2, INSET + used);
    }

    /** Whether each box carries one badge that counts its marks (every legend but the full one). */
    private static boolean counting(Settings settings) {
        return settings.legend() != Legend.FULL;
    }

    /**
     * Draws the findings' badges and their legend at {@code y} across {@code width}, as the
     * settings' {@link Legend} says, and returns the y below the legend ({@code y} when there is
     * none). A box in {@code inset} carries its badges inside its top right corner, any other box on
     * its top edge.
     */
    static double overlay(Canvas c, double x, double y, double width, Set<Box> inset) {
        double bottom = switch (c.settings.legend()) {
            case FULL -> legend(c, x, y, width);
            case COMPACT -> compactLegend(c, x, y, width);
            case NONE -> y;
        };
        if (counting(c.settings)) {
            countBadges(c, inset);
        } else {
            badges(c, inset);
        }
        return bottom;
    }

    static double overlay(Canvas c, double x, double y, double width) {
        return overlay(c, x, y, width, Set.of());
    }

    /** The findings as a view's description names them: {@code , 3 findings}, or nothing without them. */
    static String describe(Settings settings) {
        int n = settings.marks().size();
        return n == 0 ? "" : ", " + Counts.of(n, "finding");
    }

    /**
     * Draws the badges of every mark on the boxes that show its subjects: on each box's top edge,
     * or inside its top right corner when the box is in {@code inset}.
     */
    private static void badges(Canvas c, Set<Box> inset) {
        Map<Box, List<Mark>> perBox = marksPerBox(c);
        for (Box box : perBox.keySet()) {
            boolean in = inset.contains(box);
            double right = box.right() - (in ? INSET : 2) - c.badgeCorner.getOrDefault(box, 0.0);
            double left = in ? box.right() - box.w() / 2 : box.x() + 2;
            List<Mark> marks = perBox.get(box);
            // as many badges as fit; when some do not, the last place says how many more the legend has
            int shown = 0;
            double used = 0;
            while (shown < marks.size() && used + 2 * halfWidth(marks.get(shown)) <= right - left + 0.001) {
                used += 2 * halfWidth(marks.get(shown)) + GAP;
                shown++;
            }
            if (shown < marks.size()) {
                while (shown > 0 && used + 2 * moreHalfWidth(marks.size() - shown) > right - left + 0.001) {
                    shown--;
                    used -= 2 * halfWidth(marks.get(shown)) + GAP;
                }
            }
            for (int i = 0; i < shown; i++) {
                Mark mark = marks.get(i);
                double half = halfWidth(mark);
                double cy = in ? box.y() + INSET + above(mark.severity()) : box.y() + SINK - BADGE;
                badge(c, box, mark, right - half, cy);
                right -= 2 * half + GAP;
            }
            if (shown < marks.size() && right - 2 * moreHalfWidth(marks.size() - shown) >= left - 0.001) {
                double half = moreHalfWidth(marks.size() - shown);
                double cy = in ? box.y() + INSET + BADGE : box.y() + SINK - BADGE;
                more(c, box, marks.subList(shown, marks.size()), right - half, cy);
            }
        }
    }

    private static double moreHalfWidth(int count) {
        return Math.max(BADGE, TextMetrics.width("+" + count, FONT, true) / 2 + 4);
    }

    /** A grey pill in place of the badges that do not fit: {@code +n}, the numbers in its title. */
    private static void more(Canvas c, Box subject, List<Mark> hidden, double cx, double cy) {
        SvgWriter svg = c.svg;
        double half = moreHalfWidth(hidden.size());
        String text = "+" + hidden.size();
        svg.open("g").attr("class", "jk-badge").end(true);
        svg.rect("jk-badge-more", cx - half, cy - BADGE, 2 * half, 2 * BADGE, BADGE);
        svg.open("text").attr("class", "jk-badge-text").attr("x", cx).attr("y", cy + 3.5)
                .attr("text-anchor", "middle").end(false).text(text).closing("text");
        StringBuilder title = new StringBuilder("more findings:");
        for (Mark mark : hidden) {
            title.append(' ').append(mark.number());
        }
        svg.open("title").end(false).text(title.toString()).closing("title");
        svg.closing("g");
        Label label = new Label(subject, List.of(text), cx, cy + 3.5, FONT, Canvas.lineHeight(FONT), true, "middle");
        c.layout.add(new Badge(subject, "circle", cx, cy, half, BADGE, BADGE, label));
    }

    private static void badge(Canvas c, Box subject, Mark mark, double cx, double cy) {
        badge(c, subject, mark, cx, cy, mark.severity() + " " + mark.code() + ": " + mark.message());
    }

    private static void badge(Canvas c, Box subject, Mark mark, double cx, double cy, String title) {
        SvgWriter svg = c.svg;
        String cls = "jk-badge-" + mark.severity();
        double half = halfWidth(mark);
        String shape;
        svg.open("g").attr("class", "jk-badge").end(true);
        switch (mark.severity()) {
            case "error" -> {
                shape = "square";
                svg.rect(cls, cx - half, cy - BADGE, 2 * half, 2 * BADGE, 2);
            }
            case "warning" -> {
                shape = "triangle";
                svg.path(cls, SvgWriter.d(SvgWriter.d(SvgWriter.d(new StringBuilder(), 'M', cx, cy - APEX),
                        'L', cx + half, cy + BADGE), 'L', cx - half, cy + BADGE).append(" Z").toString());
            }
            default -> {
                shape = "circle";
                if (half > BADGE) {
                    svg.rect(cls, cx - half, cy - BADGE, 2 * half, 2 * BADGE, BADGE);
                } else {
                    svg.open("circle").attr("class", cls).attr("cx", cx).attr("cy", cy).attr("r", BADGE).close();
                }
            }
        }
        String number = Integer.toString(mark.number());
        double baseline = baseline(mark, cy);
        svg.open("text").attr("class", "jk-badge-text").attr("x", cx).attr("y", baseline)
                .attr("text-anchor", "middle").end(false).text(number).closing("text");
        svg.open("title").end(false).text(title).closing("title");
        svg.closing("g");
        Label label = new Label(subject, List.of(number), cx, baseline, FONT, Canvas.lineHeight(FONT), true, "middle");
        c.layout.add(new Badge(subject, shape, cx, cy, half, above(mark.severity()), BADGE, label));
    }

    /**
     * Draws the legend of the findings at {@code y} across {@code width}, and returns the y below
     * it; draws nothing and returns {@code y} when there are no findings.
     */
    private static double legend(Canvas c, double x, double y, double width) {
        List<Mark> marks = c.settings.marks();
        if (marks.isEmpty()) {
            return y;
        }
        double pad = Canvas.PAD;
        double badgeW = 2 * BADGE;
        for (Mark mark : marks) {
            badgeW = Math.max(badgeW, 2 * halfWidth(mark));
        }
        double textX = x + pad + badgeW + 8;
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
            h += 8 + Math.max(Canvas.height(entry), height(mark.severity()));
        }
        h += pad;
        Box box = c.box("legend", "legend", "jk-legend", c.settings.id("legend"), x, y, width, h, 4);
        double top = c.pieces(box, heading, x + pad, y + pad);
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = marks.get(i);
            top += 8;
            badge(c, box, mark, x + pad + badgeW / 2, top + above(mark.severity()));
            double bottom = c.pieces(box, entries.get(i), textX, top);
            top = Math.max(bottom, top + height(mark.severity()));
        }
        return y + h;
    }

    // ---------------------------------------------------------------- one counting badge per box

    private static final List<String> SEVERITIES = List.of("error", "warning", "info");

    /** The badge that stands for {@code marks}: their count, in the shape of the most severe. */
    private static Mark counter(List<Mark> marks) {
        String worst = "info";
        for (Mark mark : marks) {
            if (SEVERITIES.indexOf(mark.severity()) < SEVERITIES.indexOf(worst)) {
                worst = mark.severity();
            }
        }
        return new Mark(marks.size(), worst, "", "", List.of());
    }

    /**
     * Draws one badge on each box that shows a subject of a finding (inside its top right corner
     * when the box is in {@code inset}, else on its top edge): it counts the findings on that box,
     * has the shape of the most severe of them, and its title lists them all. The findings' full
     * text belongs in the report; {@link #compactLegend} keys it.
     */
    private static void countBadges(Canvas c, Set<Box> inset) {
        Map<Box, List<Mark>> perBox = marksPerBox(c);
        for (Box box : perBox.keySet()) {
            List<Mark> marks = perBox.get(box);
            StringBuilder title = new StringBuilder();
            for (Mark mark : marks) {
                title.append(title.length() == 0 ? "" : "; ").append(mark.number()).append(". ")
                        .append(mark.severity()).append(' ').append(mark.code()).append(": ").append(mark.message());
            }
            Mark count = counter(marks);
            boolean in = inset.contains(box);
            double half = halfWidth(count);
            double right = box.right() - (in ? INSET : 2) - c.badgeCorner.getOrDefault(box, 0.0);
            double cy = in ? box.y() + INSET + above(count.severity()) : box.y() + SINK - BADGE;
            badge(c, box, count, right - half, cy, title.toString());
        }
    }

    /**
     * A legend of two lines at {@code y} across {@code width}: how many findings of each severity,
     * with the badge shape of each, and what a badge means; returns the y below it ({@code y}
     * without findings).
     */
    private static double compactLegend(Canvas c, double x, double y, double width) {
        List<Mark> marks = c.settings.marks();
        if (marks.isEmpty()) {
            return y;
        }
        double pad = Canvas.PAD;
        String heading = "Findings (" + marks.size() + ")";
        double headW = TextMetrics.width(heading, Canvas.HEAD, true);
        double rowH = APEX + BADGE;
        String note = "A badge counts the findings on its element; its shape is the most severe, its tooltip "
                + "lists them. The full list: journey check, or --legend full.";
        List<String> noteLines = Canvas.wrap(note, width - 2 * pad, Canvas.SMALL, false, 2);
        double h = pad + rowH + 4 + Canvas.blockHeight(noteLines.size(), Canvas.SMALL) + pad;
        Box box = c.box("legend", "legend", "jk-legend", c.settings.id("legend"), x, y, width, h, 4);
        c.text(box, "jk-head", List.of(heading), x + pad, y + pad + rowH / 2 - Canvas.HEAD * 0.7, Canvas.HEAD,
                true, "start");
        double cx = x + pad + headW + 16;
        for (String severity : SEVERITIES) {
            int n = 0;
            for (Mark mark : marks) {
                n += mark.severity().equals(severity) ? 1 : 0;
            }
            if (n == 0) {
                continue;
            }
            Mark sample = new Mark(n, severity, "", "", List.of());
            double half = halfWidth(sample);
            badge(c, box, sample, cx + half, y + pad + above(severity), n + " " + severity);
            String text = severity.equals("info") ? "info" : severity + (n == 1 ? "" : "s");
            double tx = cx + 2 * half + 5;
            c.text(box, "jk-text", List.of(text), tx, y + pad + rowH / 2 - Canvas.FONT * 0.7, Canvas.FONT, false,
                    "start");
            cx = tx + TextMetrics.width(text, Canvas.FONT, false) + 16;
        }
        c.text(box, "jk-small", noteLines, x + pad, y + pad + rowH + 4, Canvas.SMALL, false, "start");
        return y + h;
    }

    /**
     * The marks on each box that shows one of their subjects, boxes in the order marks first reach
     * them. O(total subjects): a mark's boxes are told apart by a hash set (a finding such as
     * {@code path.multiple-entries} can name every step of a map).
     */
    private static Map<Box, List<Mark>> marksPerBox(Canvas c) {
        Map<Box, List<Mark>> perBox = new LinkedHashMap<>();
        Map<String, Box> elements = c.layout.elements();
        for (Mark mark : c.settings.marks()) {
            Set<Box> boxes = new LinkedHashSet<>();
            for (String subject : mark.subjects()) {
                Box box = elements.get(subject);
                if (box != null) {
                    boxes.add(box);
                }
            }
            for (Box box : boxes) {
                perBox.computeIfAbsent(box, b -> new ArrayList<>()).add(mark);
            }
        }
        return perBox;
    }
}
