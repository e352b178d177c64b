package dev.journeykit.render.svg.internal;

import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Stage;
import dev.journeykit.render.svg.internal.Canvas.Piece;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The geometry of the MATRIX view below its header, computed whole before anything is drawn (and
 * testable without SVG): the column heads, one row per channel with its cells, the key. The counts
 * and gaps are core's {@link dev.journeykit.core.analysis.CoverageMatrix}.
 *
 * @param width the drawing's width
 * @param top the y of the column heads
 * @param headH the height of the column heads
 * @param columns the stages' column heads, in map order
 * @param rows the channels' rows, in map order
 * @param keyY the y of the key, below the rows
 * @param gaps how many cells are gaps
 */
record MatrixLayout(double width, double top, double headH, List<Column> columns, List<Row> rows, double keyY,
                    int gaps) {

    static final double MARGIN = 24;
    static final double HEAD_W = 170;
    static final double CELL_W = 150;
    static final double MIN_WIDTH = 560;
    /** The height of the row that says there are no channels, and the least height of a row. */
    static final double ROW_H = 44;

    /** A stage's column head at {@code x}: its name wrapped. */
    record Column(Stage stage, double x, List<Piece> head) {
    }

    /**
     * A channel's row at {@code y}, {@code h} high: its head's label (name and kind) and, when the
     * channel carries finding badges, the strip kept free of text for them; then its cells.
     */
    record Row(Channel channel, double y, double h, List<Piece> label, List<Cell> cells) {
    }

    /**
     * One cell at {@code x}: the count and its heat step 0..4; when it is a gap, the personas and
     * the text naming them ({@code gapText}, else null) on a plate {@code plateW} wide.
     */
    record Cell(Stage stage, double x, int count, int heat, List<Persona> gap, Piece countText, Piece gapText,
                double plateW) {

        boolean isGap() {
            return !gap.isEmpty();
        }
    }

    /** The inner width, between the margins. */
    double inner() {
        return width - 2 * MARGIN;
    }

    /** The drawing's width for {@code map}. */
    static double widthOf(JourneyMap map) {
        return Math.max(MIN_WIDTH, 2 * MARGIN + HEAD_W + map.stages().size() * CELL_W);
    }

    /** The layout of {@code map} (already narrowed to the persona drawn), its column heads at {@code top}. */
    static MatrixLayout of(JourneyMap map, Settings settings, double top) {
        int lines = settings.maxTextLines();
        List<Stage> stages = map.stages();
        List<Channel> channels = map.channels();
        MatrixView.Coverage cov = MatrixView.coverage(map);
        double cellInner = CELL_W - 2 * Canvas.PAD;
        List<Column> columns = new ArrayList<>();
        double headH = Canvas.blockHeight(1, Canvas.FONT) + 2 * Canvas.PAD;
        for (int s = 0; s < stages.size(); s++) {
            List<Piece> p = List.of(Canvas.piece("jk-bold", stages.get(s).name(), cellInner, Canvas.FONT, true, lines));
            columns.add(new Column(stages.get(s), MARGIN + HEAD_W + s * CELL_W, p));
            headH = Math.max(headH, Canvas.height(p) + 2 * Canvas.PAD);
        }
        int max = 0;
        for (int[] row : cov.counts()) {
            for (int n : row) {
                max = Math.max(max, n);
            }
        }
        double y = top + headH;
        List<Row> rows = new ArrayList<>();
        int gaps = 0;
        for (int ch = 0; ch < channels.size(); ch++) {
            Row row = row(channels.get(ch), ch, y, cov, max, stages, settings);
            rows.add(row);
            gaps += (int) row.cells().stream().filter(Cell::isGap).count();
            y += row.h();
        }
        if (channels.isEmpty()) {
            y += ROW_H;
        }
        return new MatrixLayout(widthOf(map), top, headH, columns, rows, y + 14, gaps);
    }

    private static Row row(Channel channel, int ch, double y, MatrixView.Coverage cov, int max, List<Stage> stages,
                           Settings settings) {
        int lines = settings.maxTextLines();
        double cellInner = CELL_W - 2 * Canvas.PAD;
        // the rows touch: badges go inside the row head, in a strip on the right kept free of text
        double strip = Marks.stripWidth(settings, Marks.marksOn(settings, Set.of(channel.id())), HEAD_W);
        double labelW = strip == 0 ? HEAD_W - 2 * Canvas.PAD : HEAD_W - Canvas.PAD - strip - 2;
        List<Piece> label = List.of(
                Canvas.piece("jk-bold", channel.name(), labelW, Canvas.FONT, true, lines),
                Canvas.piece("jk-small", channel.kind().keyword(), labelW, Canvas.SMALL, false, 1));
        double rowH = Math.max(ROW_H, Canvas.height(label) + 2 * Canvas.PAD);
        List<Cell> cells = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            int n = cov.counts()[ch][s];
            Piece count = Canvas.piece("jk-count", Integer.toString(n), cellInner, 16, true, 1);
            List<Persona> gap = cov.gaps().get(ch).get(s);
            Piece gapText = null;
            double plateW = 0;
            if (!gap.isEmpty()) {
                gapText = Canvas.piece("jk-gap-text", "gap: " + String.join(", ",
                        gap.stream().map(Persona::name).toList()), cellInner, Canvas.SMALL, true, lines);
                for (String line : gapText.lines()) {
                    plateW = Math.max(plateW, TextMetrics.width(line, Canvas.SMALL, true));
                }
            }
            int heat = n == 0 ? 0 : (int) Math.ceil(4.0 * n / max);
            cells.add(new Cell(stages.get(s), MARGIN + HEAD_W + s * CELL_W, n, heat, gap, count, gapText, plateW));
            rowH = Math.max(rowH, Canvas.height(gapText == null ? List.of(count) : List.of(count, gapText))
                    + 2 * Canvas.PAD);
        }
        return new Row(channel, y, rowH, label, cells);
    }
}
