package dev.journeykit.render.svg.internal;

import dev.journeykit.core.analysis.CoverageGap;
import dev.journeykit.core.analysis.CoverageMatrix;
import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Stage;
import dev.journeykit.render.svg.internal.Canvas.Piece;
import dev.journeykit.render.svg.internal.Layout.Box;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coverage matrix: one row a channel, one column a stage, each cell the number of touchpoints
 * of that stage on that channel. Core's {@link CoverageMatrix} gives the counts and the gaps: a
 * stage where a persona has steps and is offered none of its preferred channels (what
 * {@code coverage.preferred-channel} reports) hatches that persona's preferred-channel cells of
 * the stage; gaps are hatched and outlined, and name the personas, so they show without colour. With a persona selected, counts and gaps are that
 * persona's; otherwise counts are of all touchpoints and gaps of every persona.
 *
 * <p>Time O(touchpoints + personas * (steps + preferred channels) + stages * channels * gaps).
 */
final class MatrixView {

    static final double MARGIN = MatrixLayout.MARGIN;
    static final double HEAD_W = MatrixLayout.HEAD_W;
    static final double CELL_W = MatrixLayout.CELL_W;

    private MatrixView() {
    }

    /** The touchpoint count and gap personas of every cell, [channel][stage], as core's {@link CoverageMatrix} says. */
    record Coverage(int[][] counts, List<List<List<Persona>>> gaps) {

        boolean isGap(int channel, int stage) {
            return !gaps.get(channel).get(stage).isEmpty();
        }
    }

    static Coverage coverage(JourneyMap map) {
        CoverageMatrix matrix = CoverageMatrix.of(map);
        List<String> channels = matrix.channels();
        List<String> stages = matrix.stages();
        Map<String, Integer> channelIndex = indexes(channels);
        Map<String, Integer> stageIndex = indexes(stages);
        int[][] counts = new int[channels.size()][stages.size()];
        List<List<List<Persona>>> gaps = new ArrayList<>();
        for (int ch = 0; ch < channels.size(); ch++) {
            List<List<Persona>> row = new ArrayList<>();
            for (int s = 0; s < stages.size(); s++) {
                counts[ch][s] = matrix.overall().get(s).get(ch);
                row.add(new ArrayList<>());
            }
            gaps.add(row);
        }
        for (CoverageGap gap : matrix.gaps()) {
            int s = stageIndex.get(gap.stage());
            Persona persona = map.persona(gap.persona()).orElseThrow();
            for (String preferred : gap.preferredChannels()) {
                Integer ch = channelIndex.get(preferred);
                if (ch != null && !gaps.get(ch).get(s).contains(persona)) {
                    gaps.get(ch).get(s).add(persona);
                }
            }
        }
        return new Coverage(counts, gaps);
    }

    private static Map<String, Integer> indexes(List<String> ids) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }

    /** Draws the view: the header, then {@link MatrixLayout} as it was computed, then key, legend and badges. */
    static Drawing draw(JourneyMap source, Settings settings) {
        JourneyMap map = settings.persona().map(source::forPersona).orElse(source);
        Canvas c = new Canvas(settings, 8192 + 600 * (map.channels().size() + 1) * (map.stages().size() + 1));
        double inner = MatrixLayout.widthOf(map) - 2 * MARGIN;
        double top = c.viewHeader(map, "Coverage matrix", "touchpoints per stage and channel", MARGIN, MARGIN, inner)
                + Marks.spaceAbove(settings, 14);
        MatrixLayout layout = MatrixLayout.of(map, settings, top);
        heads(c, layout, settings);
        Set<Box> inset = new HashSet<>();
        for (MatrixLayout.Row row : layout.rows()) {
            inset.add(row(c, row, settings));
        }
        if (layout.rows().isEmpty()) {
            double y = top + layout.headH();
            Box none = c.box("channel:none", "head", "jk-matrix-head", null, MARGIN, y, HEAD_W, MatrixLayout.ROW_H, 0);
            c.text(none, "jk-small", List.of("no channels"), MARGIN + Canvas.PAD, y + Canvas.PAD, Canvas.SMALL, false, "start");
        }
        double y = key(c, layout.keyY(), inner);
        double bottom = Marks.overlay(c, MARGIN, y, inner, inset);
        c.layout.size(layout.width(), (bottom == y ? y - 14 : bottom) + MARGIN);
        String desc = "Coverage matrix of '" + map.title() + "', " + c.scope(map) + ": "
                + Counts.of(map.channels().size(), "channel") + " by " + Counts.of(map.stages().size(), "stage") + ", "
                + Counts.of(map.touchpoints().size(), "touchpoint") + ", " + Counts.of(layout.gaps(), "gap")
                + Marks.describe(settings) + ".";
        return new Drawing(c.layout, Document.assemble(c, "matrix", map.title() + " - coverage matrix", desc, ""));
    }

    private static void heads(Canvas c, MatrixLayout layout, Settings settings) {
        double y = layout.top();
        Box corner = c.box("corner", "head", "jk-matrix-head", null, MARGIN, y, HEAD_W, layout.headH(), 0);
        c.text(corner, "jk-small", Canvas.wrap("channel \\ stage", HEAD_W - 2 * Canvas.PAD, Canvas.SMALL, false, 1),
                MARGIN + Canvas.PAD, y + Canvas.PAD, Canvas.SMALL, false, "start");
        for (MatrixLayout.Column column : layout.columns()) {
            String id = column.stage().id();
            Box box = c.box("stage:" + id, "head", "jk-matrix-head", settings.id("stage", id), column.x(), y, CELL_W,
                    layout.headH(), 0);
            c.layout.shows(id, box);
            c.pieces(box, column.head(), column.x() + Canvas.PAD, y + Canvas.PAD);
        }
    }

    /** Emits a row: its head, then each cell with its count and, for a gap, hatching and the personas. */
    private static Box row(Canvas c, MatrixLayout.Row row, Settings settings) {
        Channel channel = row.channel();
        double y = row.y();
        Box head = c.box("channel:" + channel.id(), "head", "jk-matrix-head", settings.id("channel", channel.id()),
                MARGIN, y, HEAD_W, row.h(), 0);
        c.layout.shows(channel.id(), head);
        c.pieces(head, row.label(), MARGIN + Canvas.PAD, y + Canvas.PAD);
        for (MatrixLayout.Cell cell : row.cells()) {
            double x = cell.x();
            String stage = cell.stage().id();
            Box box = c.box("cell:" + channel.id() + ":" + stage, "cell", "jk-heat-" + cell.heat(),
                    settings.id("cell", channel.id() + "-" + stage), x, y, CELL_W, row.h(), 0);
            if (cell.isGap()) {
                c.svg.rect("jk-gap", x + 2, y + 2, CELL_W - 4, row.h() - 4, 0);
            }
            List<Piece> pieces = cell.gapText() == null ? List.of(cell.countText())
                    : List.of(cell.countText(), cell.gapText());
            double top = y + (row.h() - Canvas.height(pieces)) / 2;
            top = c.text(box, "jk-count", cell.countText().lines(), x + CELL_W / 2, top, 16, true, "middle");
            if (cell.gapText() != null) {
                // on a plate of the background colour: readable on every shade and over the hatching
                c.svg.rect("jk-gap-plate", x + Canvas.PAD - 2, top + Canvas.PIECE_GAP - 1, cell.plateW() + 4,
                        cell.gapText().height() + 2, 2);
                c.text(box, "jk-gap-text", cell.gapText().lines(), x + Canvas.PAD, top + Canvas.PIECE_GAP,
                        Canvas.SMALL, true, "start");
            }
        }
        return head;
    }

    /** The key of the hatching at {@code y}; returns the y below it. */
    private static double key(Canvas c, double y, double inner) {
        double keyH = 40;
        Box key = c.area("key", "key", MARGIN, y, inner, keyH);
        c.svg.rect("jk-heat-0", MARGIN, y + 4, 40, 28, 0);
        c.svg.rect("jk-gap", MARGIN + 2, y + 6, 36, 24, 0);
        c.text(key, "jk-small", Canvas.wrap("hatched cell, a gap: a persona prefers this channel and has steps in this stage, but "
                        + "no touchpoint there offers it any of its preferred channels", inner - 52, Canvas.SMALL, false, 2),
                MARGIN + 52, y + 6, Canvas.SMALL, false, "start");
        return y + keyH + 14;
    }
}
