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

    static final double MARGIN = 24;
    static final double HEAD_W = 170;
    static final double CELL_W = 150;
    static final double MIN_WIDTH = 560;

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

    static Drawing draw(JourneyMap source, Settings settings) {
        JourneyMap map = settings.persona().map(source::forPersona).orElse(source);
        Canvas c = new Canvas(settings, 8192 + 600 * (map.channels().size() + 1) * (map.stages().size() + 1));
        int lines = settings.maxTextLines();
        List<Stage> stages = map.stages();
        List<Channel> channels = map.channels();
        Coverage cov = coverage(map);
        double width = Math.max(MIN_WIDTH, 2 * MARGIN + HEAD_W + stages.size() * CELL_W);
        double inner = width - 2 * MARGIN;

        // header
        double y = c.viewHeader(map, "Coverage matrix", "touchpoints per stage and channel", MARGIN, MARGIN, inner)
                + Marks.spaceAbove(settings, 14);

        // column heads
        double cellInner = CELL_W - 2 * Canvas.PAD;
        List<List<Piece>> stageHeads = new ArrayList<>();
        double headH = Canvas.blockHeight(1, Canvas.FONT) + 2 * Canvas.PAD;
        for (Stage stage : stages) {
            List<Piece> p = List.of(Canvas.piece("jk-bold", stage.name(), cellInner, Canvas.FONT, true, lines));
            stageHeads.add(p);
            headH = Math.max(headH, Canvas.height(p) + 2 * Canvas.PAD);
        }
        Box corner = c.box("corner", "head", "jk-matrix-head", null, MARGIN, y, HEAD_W, headH, 0);
        c.text(corner, "jk-small", Canvas.wrap("channel \\ stage", HEAD_W - 2 * Canvas.PAD, Canvas.SMALL, false, 1),
                MARGIN + Canvas.PAD, y + Canvas.PAD, Canvas.SMALL, false, "start");
        for (int s = 0; s < stages.size(); s++) {
            double x = MARGIN + HEAD_W + s * CELL_W;
            Box box = c.box("stage:" + stages.get(s).id(), "head", "jk-matrix-head",
                    settings.id("stage", stages.get(s).id()), x, y, CELL_W, headH, 0);
            c.layout.shows(stages.get(s).id(), box);
            c.pieces(box, stageHeads.get(s), x + Canvas.PAD, y + Canvas.PAD);
        }
        y += headH;

        int max = 0;
        for (int[] row : cov.counts()) {
            for (int n : row) {
                max = Math.max(max, n);
            }
        }
        double headInner = HEAD_W - 2 * Canvas.PAD;
        Set<Box> inset = new HashSet<>();
        for (int ch = 0; ch < channels.size(); ch++) {
            Channel channel = channels.get(ch);
            // the rows touch: badges go inside the row head, in a strip on the right kept free of text
            double strip = Marks.stripWidth(Marks.marksOn(settings, Set.of(channel.id())), HEAD_W);
            double labelW = strip == 0 ? headInner : HEAD_W - Canvas.PAD - strip - 2;
            List<Piece> label = List.of(
                    Canvas.piece("jk-bold", channel.name(), labelW, Canvas.FONT, true, lines),
                    Canvas.piece("jk-small", channel.kind().keyword(), labelW, Canvas.SMALL, false, 1));
            double rowH = Math.max(44, Canvas.height(label) + 2 * Canvas.PAD);
            List<List<Piece>> cells = new ArrayList<>();
            for (int s = 0; s < stages.size(); s++) {
                List<Piece> cell = new ArrayList<>();
                cell.add(Canvas.piece("jk-count", Integer.toString(cov.counts()[ch][s]), cellInner, 16, true, 1));
                List<Persona> gap = cov.gaps().get(ch).get(s);
                if (!gap.isEmpty()) {
                    cell.add(Canvas.piece("jk-gap-text", "gap: " + String.join(", ",
                            gap.stream().map(Persona::name).toList()), cellInner, Canvas.SMALL, true, lines));
                }
                cells.add(cell);
                rowH = Math.max(rowH, Canvas.height(cell) + 2 * Canvas.PAD);
            }
            Box head0 = c.box("channel:" + channel.id(), "head", "jk-matrix-head", settings.id("channel", channel.id()),
                    MARGIN, y, HEAD_W, rowH, 0);
            c.layout.shows(channel.id(), head0);
            inset.add(head0);
            c.pieces(head0, label, MARGIN + Canvas.PAD, y + Canvas.PAD);
            for (int s = 0; s < stages.size(); s++) {
                double x = MARGIN + HEAD_W + s * CELL_W;
                int n = cov.counts()[ch][s];
                int heat = n == 0 ? 0 : (int) Math.ceil(4.0 * n / max);
                Box cell = c.box("cell:" + channel.id() + ":" + stages.get(s).id(), "cell", "jk-heat-" + heat,
                        settings.id("cell", channel.id() + "-" + stages.get(s).id()), x, y, CELL_W, rowH, 0);
                if (cov.isGap(ch, s)) {
                    c.svg.rect("jk-gap", x + 2, y + 2, CELL_W - 4, rowH - 4, 0);
                }
                double top = y + (rowH - Canvas.height(cells.get(s))) / 2;
                List<Piece> cellPieces = cells.get(s);
                top = c.text(cell, "jk-count", cellPieces.get(0).lines(), x + CELL_W / 2, top, 16, true, "middle");
                if (cellPieces.size() > 1) {
                    // on a plate of the background colour: readable on every shade and over the hatching
                    Piece gapText = cellPieces.get(1);
                    double plateW = 0;
                    for (String line : gapText.lines()) {
                        plateW = Math.max(plateW, TextMetrics.width(line, Canvas.SMALL, true));
                    }
                    c.svg.rect("jk-gap-plate", x + Canvas.PAD - 2, top + Canvas.PIECE_GAP - 1, plateW + 4,
                            gapText.height() + 2, 2);
                    c.text(cell, "jk-gap-text", gapText.lines(), x + Canvas.PAD, top + Canvas.PIECE_GAP,
                            Canvas.SMALL, true, "start");
                }
            }
            y += rowH;
        }
        if (channels.isEmpty()) {
            Box none = c.box("channel:none", "head", "jk-matrix-head", null, MARGIN, y, HEAD_W, 44, 0);
            c.text(none, "jk-small", List.of("no channels"), MARGIN + Canvas.PAD, y + Canvas.PAD, Canvas.SMALL, false, "start");
            y += 44;
        }
        y += 14;

        // key
        double keyH = 40;
        Box key = c.area("key", "key", MARGIN, y, inner, keyH);
        c.svg.rect("jk-heat-0", MARGIN, y + 4, 40, 28, 0);
        c.svg.rect("jk-gap", MARGIN + 2, y + 6, 36, 24, 0);
        c.text(key, "jk-small", Canvas.wrap("hatched cell, a gap: a persona prefers this channel and has steps in this stage, but "
                        + "no touchpoint there offers it any of its preferred channels", inner - 52, Canvas.SMALL, false, 2),
                MARGIN + 52, y + 6, Canvas.SMALL, false, "start");
        y += keyH + 14;

        double bottom = Marks.legend(c, MARGIN, y, inner) ;
        Marks.badges(c, inset);
        c.layout.size(width, (bottom == y ? y - 14 : bottom) + MARGIN);
        int gaps = 0;
        for (int ch = 0; ch < channels.size(); ch++) {
            for (int s = 0; s < stages.size(); s++) {
                gaps += cov.isGap(ch, s) ? 1 : 0;
            }
        }
        String desc = "Coverage matrix of '" + map.title() + "', " + c.scope(map) + ": " + channels.size() + " channels by "
                + stages.size() + " stages, " + map.touchpoints().size() + " touchpoints, " + gaps
                + (gaps == 1 ? " gap." : " gaps.");
        return new Drawing(c.layout, Document.assemble(c, "matrix", map.title() + " - coverage matrix", desc, ""));
    }
}
