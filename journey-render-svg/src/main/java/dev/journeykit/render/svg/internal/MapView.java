package dev.journeykit.render.svg.internal;

import dev.journeykit.core.model.BlueprintLayer;
import dev.journeykit.core.model.Fallout;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.Observation;
import dev.journeykit.core.model.MapKind;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.PainPoint;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Question;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import dev.journeykit.render.svg.internal.Canvas.Piece;
import dev.journeykit.render.svg.internal.Layout.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The journey map view: a header, persona cards, a band of stage headers, then one lane a kind of
 * content (steps, actions, thoughts, questions, the emotion curve, pains, opportunities, metrics,
 * and the service-blueprint layers with their lines). Every step has a column of fixed width, so
 * a stage is as wide as its steps; a lane is as tall as its tallest cell. A lane is drawn only
 * when some step has content for it (the blueprint layers always, on a blueprint map).
 *
 * <p>Time and output size are linear in the size of the map.
 */
final class MapView {

    static final double MARGIN = 24;
    static final double LABEL_W = 150;
    static final double COL_W = 200;
    static final double GAP = 14;
    static final double MIN_WIDTH = 640;
    static final double PERSONA_W = 320;
    static final int MAX_ITEMS = 6;

    private final JourneyMap map;
    private final Canvas c;
    private final int maxLines;
    private final List<Step> steps = new ArrayList<>();
    /** Column of each step in {@link #steps}, and first column and column count of each stage. */
    private final List<Integer> stepColumn = new ArrayList<>();
    private final int[] stageStart;
    private final int[] stageCols;
    private final int columns;
    private final double contentX;
    private final double width;
    /** The observations drawn (customers per step, reached per stage), or null. */
    private final Observation observed;
    /** What the picture adds to the map ({@link MapOverlay#NONE} for the MAP view). */
    private final MapOverlay overlay;
    /** The stages in column order, the overlay's ghosts included. */
    private final List<Stage> stages;

    private MapView(JourneyMap map, Settings settings, MapOverlay overlay) {
        this.map = map;
        this.overlay = overlay;
        this.observed = Observations.of(settings).orElse(null);
        this.c = new Canvas(settings, 4096 + 2048 * map.steps().size());
        this.maxLines = settings.maxTextLines();
        this.stages = overlay.stages(map);
        stageStart = new int[stages.size()];
        stageCols = new int[stages.size()];
        int col = 0;
        for (int i = 0; i < stages.size(); i++) {
            List<Step> here = overlay.steps(stages.get(i));
            stageStart[i] = col;
            stageCols[i] = Math.max(1, here.size());
            for (Step step : here) {
                steps.add(step);
                stepColumn.add(col++);
            }
            if (here.isEmpty()) {
                col++;
            }
        }
        columns = Math.max(1, col);
        contentX = MARGIN + LABEL_W;
        width = Math.max(MIN_WIDTH, contentX + columns * COL_W + MARGIN);
    }

    static Drawing draw(JourneyMap source, Settings settings) {
        return draw(source, settings, MapOverlay.NONE);
    }

    /** Draws {@code source} (as the settings' persona walks it) with what {@code overlay} adds. */
    static Drawing draw(JourneyMap source, Settings settings, MapOverlay overlay) {
        JourneyMap map = settings.persona().map(source::forPersona).orElse(source);
        return new MapView(map, settings, overlay).draw();
    }

    /** Whether the step is drawn as a ghost: not in the map, shown by the overlay. */
    private boolean ghost(Step step) {
        return overlay.ghost("step", step.id());
    }

    private double colX(int col) {
        return contentX + col * COL_W + GAP / 2;
    }

    private static final double CELL_W = COL_W - GAP;
    private static final double INNER_W = CELL_W - 2 * Canvas.PAD;

    /** One lane: its name and the pieces of each step's cell (empty when the step has none). */
    private record Lane(String key, String name, String cellClass, List<List<Piece>> cells, double height) {
    }

    private Drawing draw() {
        double y = header(MARGIN);
        double badgeRoom = Marks.spaceAbove(c.settings, GAP);
        y = personas(y + badgeRoom);
        y = stages(y + badgeRoom);
        List<Object> rows = lanes();
        double lanesTop = y + GAP;
        double lanesBottom = lanesTop;
        for (Object row : rows) {
            lanesBottom += above(row, badgeRoom) + rowHeight(row) + GAP;
        }
        // stage column backgrounds, behind the lanes
        for (int i = 0; i < stageStart.length; i++) {
            c.svg.rect(overlay.ghost("stage", stages.get(i).id()) ? "jk-column jk-diff-ghost-column" : "jk-column",
                    contentX + stageStart[i] * COL_W + 2, lanesTop - GAP / 2,
                    stageCols[i] * COL_W - 4, lanesBottom - lanesTop, 0);
        }
        y = lanesTop;
        for (Object row : rows) {
            y += above(row, badgeRoom);
            if (row instanceof Lane lane) {
                drawLane(lane, y);
            } else if (row instanceof BlueprintLine line) {
                drawLine(line, y);
            } else {
                drawEmotion(y);
            }
            y += rowHeight(row) + GAP;
        }
        double bottom = overlay.key(c, MARGIN, y, width - 2 * MARGIN); // y when the overlay has no key
        if (!c.settings.marks().isEmpty()) {
            bottom = Marks.compactLegend(c, MARGIN, bottom == y ? y : bottom + GAP, width - 2 * MARGIN);
        }
        Marks.countBadges(c);
        c.layout.size(width, bottom + MARGIN);
        String title = overlay.title(map);
        String desc = overlay.description(map, count(map.stages().size(), "stage") + ", "
                + count(map.steps().size(), "step") + ", " + count(map.personas().size(), "persona") + findingsNote()
                + (observed == null ? "" : Observations.describe(observed, 0)));
        return new Drawing(c.layout, Document.assemble(c, overlay.view(), title, desc, "", observed != null));
    }

    private String findingsNote() {
        int n = c.settings.marks().size();
        return n == 0 ? "." : ", " + count(n, "finding") + ".";
    }

    /** {@code 1 persona}, {@code 2 personas}: a number and its noun as a person writes them. */
    static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    // ---------------------------------------------------------------- header and personas

    private double header(double top) {
        double w = width - 2 * MARGIN;
        List<String> sub = new ArrayList<>();
        sub.add(overlay.subtitle(map));
        map.objective().ifPresent(o -> sub.add("Objective: " + o));
        map.timeline().ifPresent(t -> sub.add("Timeline: " + t));
        List<Piece> pieces = List.of(
                Canvas.piece("jk-title", map.title(), w, Canvas.TITLE, true, 2),
                Canvas.piece("jk-subtitle", String.join("  \u00b7  ", sub), w, Canvas.SUBTITLE, false, maxLines));
        double h = Canvas.height(pieces) + 4;
        Box box = c.area("header", "header", MARGIN, top, w, h);
        return c.pieces(box, pieces, MARGIN, top + 2) + 2;
    }

    /** The extra space above a row: the steps lane carries badges, and needs room for them. */
    private static double above(Object row, double badgeRoom) {
        return row instanceof Lane lane && lane.key().equals("steps") ? badgeRoom - GAP : 0;
    }

    private double personas(double top) {
        List<Persona> personas = overlay.personas(map);
        if (personas.isEmpty()) {
            return top - GAP;
        }
        double cardW = Math.min(PERSONA_W, width - 2 * MARGIN);
        double inner = cardW - 2 * Canvas.PAD;
        int perRow = Math.max(1, (int) ((width - 2 * MARGIN + GAP) / (cardW + GAP)));
        double y = top;
        for (int start = 0; start < personas.size(); start += perRow) {
            List<List<Piece>> cards = new ArrayList<>();
            double rowH = 0;
            for (int i = start; i < Math.min(personas.size(), start + perRow); i++) {
                Persona p = personas.get(i);
                JourneyMap source = overlay.source("persona", p.id(), map);
                List<Piece> pieces = new ArrayList<>(overlay.tag("persona", p.id(), inner, maxLines));
                pieces.add(Canvas.piece("jk-head", p.name(), inner, Canvas.HEAD, true, maxLines));
                p.description().ifPresent(d -> pieces.add(Canvas.piece("jk-text", d, inner, Canvas.FONT, false, maxLines)));
                items(pieces, "jk-text", "Goal: ", p.goals(), inner, Canvas.FONT);
                items(pieces, "jk-text", "Need: ", p.needs(), inner, Canvas.FONT);
                items(pieces, "jk-text", "Pain: ", p.pains(), inner, Canvas.FONT);
                items(pieces, "jk-small", "", p.attributes().entrySet().stream()
                        .map(a -> a.getKey() + ": " + a.getValue()).toList(), inner, Canvas.SMALL);
                if (!p.preferredChannels().isEmpty()) {
                    List<String> names = p.preferredChannels().stream()
                            .map(id -> source.channel(id).map(ch -> ch.name()).orElse(id)).toList();
                    pieces.add(Canvas.piece("jk-small", "Prefers: " + String.join(", ", names), inner,
                            Canvas.SMALL, false, maxLines));
                }
                cards.add(pieces);
                rowH = Math.max(rowH, Canvas.height(pieces) + 2 * Canvas.PAD);
            }
            for (int k = 0; k < cards.size(); k++) {
                Persona p = personas.get(start + k);
                double x = MARGIN + k * (cardW + GAP);
                boolean ghost = overlay.ghost("persona", p.id());
                ghostStart(ghost);
                Box box = c.box("persona:" + p.id(), "persona", "jk-persona" + overlay.classes("persona", p.id()),
                        c.settings.id("persona", p.id()), x, y, cardW, rowH, 6);
                if (!ghost) {
                    c.layout.shows(p.id(), box);
                }
                c.pieces(box, cards.get(k), x + Canvas.PAD, y + Canvas.PAD);
                ghostEnd(ghost);
            }
            y += rowH + Marks.spaceAbove(c.settings, GAP);
        }
        return y - Marks.spaceAbove(c.settings, GAP);
    }

    /** Opens the group of a ghost's drawing (its text faded by the style sheet). */
    private void ghostStart(boolean ghost) {
        if (ghost) {
            c.svg.open("g").attr("class", "jk-diff-ghost").end(true);
        }
    }

    private void ghostEnd(boolean ghost) {
        if (ghost) {
            c.svg.closing("g");
        }
    }

    /** Adds one piece per item (at most {@link #MAX_ITEMS}, then a "+n more" line). */
    private void items(List<Piece> pieces, String cssClass, String prefix, List<String> items, double w, double size) {
        for (int i = 0; i < Math.min(items.size(), MAX_ITEMS); i++) {
            pieces.add(Canvas.piece(cssClass, prefix + items.get(i), w, size, false, maxLines));
        }
        more(pieces, items.size(), w);
    }

    private void more(List<Piece> pieces, int count, double w) {
        if (count > MAX_ITEMS) {
            pieces.add(Canvas.piece("jk-small", "+" + (count - MAX_ITEMS) + " more", w, Canvas.SMALL, false, 1));
        }
    }

    // ---------------------------------------------------------------- stages

    private double stages(double top) {
        List<List<Piece>> heads = new ArrayList<>();
        double h = 0;
        for (int i = 0; i < stageStart.length; i++) {
            Stage stage = stages.get(i);
            double inner = stageCols[i] * COL_W - GAP - 2 * Canvas.PAD;
            List<Piece> pieces = new ArrayList<>(overlay.tag("stage", stage.id(), inner, maxLines));
            pieces.add(Canvas.piece("jk-head", stage.name(), inner, Canvas.HEAD, true, maxLines));
            stage.goal().ifPresent(g -> pieces.add(Canvas.piece("jk-text", "Goal: " + g, inner, Canvas.FONT, false, maxLines)));
            if (observed != null && !overlay.ghost("stage", stage.id())) {
                pieces.add(Canvas.piece("jk-observed-text", Observations.reached(observed, stage.id()), inner,
                        Canvas.SMALL, true, 2));
            }
            heads.add(pieces);
            h = Math.max(h, Canvas.height(pieces) + 2 * Canvas.PAD);
        }
        if (heads.isEmpty()) {
            return top - GAP;
        }
        Box label = c.box("label:stages", "lane-label", "jk-lane-label", null, MARGIN, top, LABEL_W - GAP, h, 4);
        c.text(label, "jk-bold", Canvas.wrap("Stages", LABEL_W - GAP - 2 * Canvas.PAD, Canvas.FONT, true, 1),
                MARGIN + Canvas.PAD, top + Canvas.PAD, Canvas.FONT, true, "start");
        for (int i = 0; i < stageStart.length; i++) {
            Stage stage = stages.get(i);
            double x = colX(stageStart[i]);
            boolean ghost = overlay.ghost("stage", stage.id());
            ghostStart(ghost);
            Box box = c.box("stage:" + stage.id(), "stage", "jk-stage" + overlay.classes("stage", stage.id()),
                    c.settings.id("stage", stage.id()), x, top, stageCols[i] * COL_W - GAP, h, 4);
            if (!ghost) {
                c.layout.shows(stage.id(), box);
            }
            c.pieces(box, heads.get(i), x + Canvas.PAD, top + Canvas.PAD);
            ghostEnd(ghost);
        }
        return top + h;
    }

    // ---------------------------------------------------------------- lanes

    private record BlueprintLine(String key, String name, List<String> labelLines) {
    }

    private static final Object EMOTION = new Object();

    private double rowHeight(Object row) {
        if (row instanceof Lane lane) {
            return lane.height();
        }
        if (row instanceof BlueprintLine line) {
            return Canvas.blockHeight(line.labelLines().size(), Canvas.SMALL) + 4;
        }
        return emotionHeight();
    }

    private List<Object> lanes() {
        boolean blueprint = map.kind() == MapKind.SERVICE_BLUEPRINT;
        List<Object> rows = new ArrayList<>();
        if (blueprint) {
            addLane(rows, layerLane(BlueprintLayer.EVIDENCE, "Evidence"), true);
        }
        addLane(rows, stepLane(), !steps.isEmpty());
        addLane(rows, listLane("actions", "Actions", s -> bullets(s.actions(), "\u2022 ")), false);
        addLane(rows, listLane("thoughts", "Thoughts", s -> bullets(s.thoughts().stream()
                .map(t -> "\u201c" + t + "\u201d").toList(), "")), false);
        addLane(rows, listLane("questions", "Questions", this::questions), false);
        if (steps.stream().anyMatch(s -> !ghost(s) && s.emotion().isPresent() || overlay.secondCurve(s).isPresent())) {
            rows.add(EMOTION);
        }
        if (blueprint) {
            rows.add(line("interaction", "line of interaction"));
            addLane(rows, layerLane(BlueprintLayer.FRONTSTAGE, "Frontstage"), true);
            rows.add(line("visibility", "line of visibility"));
            addLane(rows, layerLane(BlueprintLayer.BACKSTAGE, "Backstage"), true);
            rows.add(line("internal", "line of internal interaction"));
            addLane(rows, layerLane(BlueprintLayer.SUPPORT, "Support"), true);
        }
        addLane(rows, listLane("pains", "Pains", this::pains), false);
        addLane(rows, listLane("opportunities", "Opportunities", s -> s instanceof Touchpoint t
                ? bullets(t.opportunities(), "\u2022 ") : List.of()), false);
        addLane(rows, listLane("metrics", "Metrics", this::metrics), false);
        addLane(rows, listLane("feedback", "Feedback", s -> s instanceof Touchpoint t && !t.feedback().isEmpty()
                ? bullets(List.of(String.join(", ", t.feedback().stream().map(f -> f.keyword()).toList())), "")
                : List.of()), false);
        addLane(rows, listLane("fallouts", "Fall-outs", this::fallouts), false);
        addLane(rows, listLane("owners", "Owner", s -> s instanceof Touchpoint t
                ? bullets(t.owner().stream().toList(), "") : List.of()), false);
        return rows;
    }

    private BlueprintLine line(String key, String name) {
        return new BlueprintLine(key, name, Canvas.wrap(name, LABEL_W - GAP - 4, Canvas.SMALL, true, 2));
    }

    private static void addLane(List<Object> rows, Lane lane, boolean always) {
        if (always || lane.cells().stream().anyMatch(cell -> !cell.isEmpty())) {
            rows.add(lane);
        }
    }

    private Lane listLane(String key, String name, Function<Step, List<Piece>> content) {
        List<List<Piece>> cells = new ArrayList<>();
        double h = 0;
        for (Step step : steps) {
            List<Piece> cell = ghost(step) ? List.of() : content.apply(step);
            cells.add(cell);
            if (!cell.isEmpty()) {
                h = Math.max(h, Canvas.height(cell) + 2 * Canvas.PAD);
            }
        }
        double labelH = Canvas.blockHeight(1, Canvas.FONT) + 2 * Canvas.PAD;
        return new Lane(key, name, "jk-cell jk-" + key, cells, Math.max(h, labelH));
    }

    private Lane layerLane(BlueprintLayer layer, String name) {
        return listLane(layer.keyword(), name, s -> s instanceof Touchpoint t
                ? bullets(t.layer(layer), "\u2022 ") : List.of());
    }

    private List<Piece> bullets(List<String> items, String prefix) {
        List<Piece> pieces = new ArrayList<>();
        items(pieces, "jk-text", prefix, items, INNER_W, Canvas.FONT);
        return pieces;
    }

    private List<Piece> questions(Step step) {
        List<Piece> pieces = new ArrayList<>();
        if (step instanceof Touchpoint t) {
            for (int i = 0; i < Math.min(t.questions().size(), MAX_ITEMS); i++) {
                Question q = t.questions().get(i);
                pieces.add(Canvas.piece("jk-text", "? " + q.text(), INNER_W, Canvas.FONT, false, maxLines));
                q.answeredBy().ifPresent(a -> pieces.add(Canvas.piece("jk-small", "answered by: "
                        + map.step(a).map(Step::name).orElse(a), INNER_W, Canvas.SMALL, false, 1)));
            }
            more(pieces, t.questions().size(), INNER_W);
        }
        return pieces;
    }

    private List<Piece> fallouts(Step step) {
        List<Piece> pieces = new ArrayList<>();
        if (step instanceof Touchpoint t) {
            for (int i = 0; i < Math.min(t.fallouts().size(), MAX_ITEMS); i++) {
                Fallout f = t.fallouts().get(i);
                pieces.add(Canvas.piece("jk-text", "\u2198 " + f.text(), INNER_W, Canvas.FONT, false, maxLines));
                pieces.add(f.recoveredBy().isPresent()
                        ? Canvas.piece("jk-met", "recovered by: " + map.step(f.recoveredBy().get()).map(Step::name)
                                .orElse(f.recoveredBy().get()), INNER_W, Canvas.SMALL, false, maxLines)
                        : Canvas.piece("jk-missed", "no recovery", INNER_W, Canvas.SMALL, true, 1));
            }
            more(pieces, t.fallouts().size(), INNER_W);
        }
        return pieces;
    }

    private List<Piece> pains(Step step) {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < Math.min(step.pains().size(), MAX_ITEMS); i++) {
            PainPoint p = step.pains().get(i);
            String severity = p.severity().keyword();
            pieces.add(Canvas.piece("jk-pain-" + severity, severity + ": " + p.text(), INNER_W, Canvas.FONT,
                    p.severity() == dev.journeykit.core.model.PainSeverity.HIGH, maxLines));
        }
        more(pieces, step.pains().size(), INNER_W);
        return pieces;
    }

    private List<Piece> metrics(Step step) {
        List<Piece> pieces = new ArrayList<>();
        if (step instanceof Touchpoint t) {
            for (int i = 0; i < Math.min(t.metrics().size(), MAX_ITEMS); i++) {
                Metric m = t.metrics().get(i);
                pieces.add(Canvas.piece("jk-bold", m.name() + " " + m.value(), INNER_W, Canvas.FONT, true, maxLines));
                String status = m.target().map(target -> (m.meetsTarget().orElse(false) ? "met" : "missed")
                        + " target " + target).orElse("no target");
                String cls = m.target().isEmpty() ? "jk-small" : m.meetsTarget().orElse(false) ? "jk-met" : "jk-missed";
                pieces.add(Canvas.piece(cls, status, INNER_W, Canvas.SMALL, "jk-missed".equals(cls), 1));
            }
            more(pieces, t.metrics().size(), INNER_W);
        }
        return pieces;
    }

    /** The steps lane: one card per step, touchpoints solid, moments dashed, brand contacts marked. */
    private Lane stepLane() {
        List<List<Piece>> cells = new ArrayList<>();
        double h = 0;
        for (Step step : steps) {
            JourneyMap map = overlay.source("step", step.id(), this.map);
            List<Piece> cell = new ArrayList<>(overlay.tag("step", step.id(), INNER_W, maxLines));
            if (step instanceof Touchpoint t) {
                double nameW = t.isBrandInitiated() ? INNER_W - 14 : INNER_W;
                cell.add(Canvas.piece("jk-bold", t.name(), nameW, Canvas.FONT, true, maxLines));
                String channel = map.channel(t.channelId()).map(ch -> ch.name()).orElse(t.channelId());
                cell.add(Canvas.piece("jk-small", "via " + channel, INNER_W, Canvas.SMALL, false, 1));
                if (t.isBrandInitiated()) {
                    cell.add(Canvas.piece("jk-brand-text", "brand-initiated", INNER_W, Canvas.SMALL, false, 1));
                }
            } else {
                cell.add(Canvas.piece("jk-bold", step.name(), INNER_W, Canvas.FONT, true, maxLines));
                cell.add(Canvas.piece("jk-small", "moment (no channel)", INNER_W, Canvas.SMALL, false, 1));
            }
            if (!step.personas().isEmpty() && map.personas().size() > 1
                    && !step.personas().containsAll(map.personas().stream().map(Persona::id).toList())) {
                cell.add(Canvas.piece("jk-small", "only for " + String.join(", ", step.personas().stream()
                        .map(id -> map.persona(id).map(Persona::name).orElse(id)).toList()), INNER_W, Canvas.SMALL,
                        false, maxLines));
            }
            if (observed != null && !ghost(step)) {
                cell.add(Observations.customersPiece(observed, step.id(), INNER_W));
            }
            cells.add(cell);
            h = Math.max(h, Canvas.height(cell) + 2 * Canvas.PAD);
        }
        return new Lane("steps", "Steps", "jk-card", cells, h);
    }

    private Box laneLabel(String key, String name, double top, double h, double w) {
        Box label = c.box("label:" + key, "lane-label", "jk-lane-label", null, MARGIN, top, w, h, 4);
        c.text(label, "jk-bold", Canvas.wrap(name, w - 2 * Canvas.PAD, Canvas.FONT, true, 2),
                MARGIN + Canvas.PAD, top + Canvas.PAD, Canvas.FONT, true, "start");
        return label;
    }

    private void drawLane(Lane lane, double top) {
        laneLabel(lane.key(), lane.name(), top, lane.height(), LABEL_W - GAP);
        boolean stepsLane = lane.key().equals("steps");
        for (int i = 0; i < steps.size(); i++) {
            List<Piece> cell = lane.cells().get(i);
            if (cell.isEmpty()) {
                continue;
            }
            Step step = steps.get(i);
            double x = colX(stepColumn.get(i));
            String cls = lane.cellClass();
            String id = null;
            boolean ghost = stepsLane && ghost(step);
            if (stepsLane) {
                cls = (step instanceof Touchpoint ? "jk-card" : "jk-moment")
                        + (observed != null && !ghost && Observations.customers(observed, step.id()) == 0
                        ? " jk-node-unreached" : "") + overlay.classes("step", step.id());
                id = c.settings.id("step", step.id());
            }
            ghostStart(ghost);
            Box box = c.box(lane.key() + ":" + step.id(), lane.key(), cls, id, x, top, CELL_W, lane.height(),
                    stepsLane && !(step instanceof Touchpoint) ? 14 : 4);
            if (stepsLane && !ghost) {
                c.layout.shows(step.id(), box);
                if (step instanceof Touchpoint t && t.isBrandInitiated()) {
                    // a filled corner marks a brand-initiated contact; badges stay left of it
                    double r = box.right();
                    c.badgeCorner.put(box, 16.0);
                    c.svg.open("path").attr("class", "jk-brand").attr("d", SvgWriter.d(SvgWriter.d(SvgWriter.d(
                            new StringBuilder(), 'M', r - 16, top), 'L', r, top), 'L', r, top + 16).append(" Z")
                            .toString()).end(false).open("title").end(false).text("brand-initiated")
                            .closing("title").closing("path");
                }
            }
            c.pieces(box, cell, x + Canvas.PAD, top + Canvas.PAD);
            ghostEnd(ghost);
        }
    }

    private void drawLine(BlueprintLine line, double top) {
        double h = rowHeight(line);
        Box label = c.area("line:" + line.key(), "line-label", MARGIN, top, LABEL_W - GAP, h);
        c.text(label, "jk-blueprint-label", line.labelLines(), MARGIN + 2, top + 2, Canvas.SMALL, true, "start");
        double y = top + h / 2;
        c.svg.line("jk-blueprint-line", contentX, y, width - MARGIN, y);
    }

    // ---------------------------------------------------------------- emotion curve

    /** The height of one line of the curves' key under the lane's name. */
    private static final double KEY_H = 15;
    /** The most lines a persona's name takes in the key: a long name wraps instead of being cut at once. */
    private static final int KEY_LINES = 2;
    /** The width of the scale of the emotion lane, beside its label. */
    private static final double SCALE_W = 34;

    /**
     * The key's lines: each curve persona's name, or the overlay's names of its curves, wrapped to
     * the width beside its swatch.
     */
    private List<List<String>> keyLines() {
        double labelW = LABEL_W - GAP - SCALE_W - 4;
        List<List<String>> lines = new ArrayList<>();
        List<String> names = overlay.curveNames().isEmpty() ? curvePersonas().stream().map(Persona::name).toList()
                : overlay.curveNames();
        for (String name : names) {
            lines.add(Canvas.wrap(name, labelW - 2 * Canvas.PAD - 26, Canvas.SMALL, false, KEY_LINES));
        }
        return lines;
    }

    private double emotionHeight() {
        int range = overlay.high(map) - overlay.low(map);
        List<List<String>> key = keyLines();
        double keyH = key.isEmpty() ? 0
                : Canvas.blockHeight(1, Canvas.FONT) + 2 * Canvas.PAD + KEY_H * key.stream().mapToInt(l -> Math.max(1, l.size())).sum() + 6;
        return Math.max(keyH, Math.max(110, Math.min(260, 22.0 * range + 40)));
    }

    /**
     * The personas that get a curve of their own: every persona, when there are two or more and
     * some step with an emotion is not for all of them (else their curves would be one); none
     * otherwise, and the one curve goes through every step.
     */
    private List<Persona> curvePersonas() {
        if (!overlay.curveNames().isEmpty() || map.personas().size() < 2
                || steps.stream().noneMatch(s -> s.emotion().isPresent()
                && !s.personas().isEmpty() && !s.personas().containsAll(map.personas().stream().map(Persona::id).toList()))) {
            return List.of();
        }
        return map.personas();
    }

    private void drawEmotion(double top) {
        double h = emotionHeight();
        double scaleW = SCALE_W;
        double labelW = LABEL_W - GAP - scaleW - 4;
        Box label = laneLabel("emotion", "Emotion", top, h, labelW);
        List<Persona> curves = curvePersonas();
        int low = overlay.low(map);
        int high = overlay.high(map);
        double plotTop = top + 12;
        double plotH = h - 24;
        Function<Integer, Double> yOf = v -> plotTop + plotH * (high - v) / (double) (high - low);
        double scaleX = MARGIN + LABEL_W - GAP - scaleW;
        Box scale = c.area("emotion:scale", "scale", scaleX, top, scaleW, h);
        double plotX = contentX + GAP / 2;
        double plotW = columns * COL_W - GAP;
        c.area("emotion:plot", "plot", plotX, top, plotW, h);
        List<Integer> ticks = new ArrayList<>();
        if (high - low <= 12) {
            for (int v = high; v >= low; v--) {
                ticks.add(v);
            }
        } else {
            ticks = List.of(high, 0, low);
        }
        for (int v : ticks) {
            double ty = yOf.apply(v);
            c.svg.line(v == 0 ? "jk-baseline" : "jk-gridline", plotX, ty, plotX + plotW, ty);
            String text = v > 0 ? "+" + v : Integer.toString(v);
            c.text(scale, "jk-small", List.of(text), scaleX + scaleW - 2, ty - Canvas.SMALL * 0.4,
                    Canvas.SMALL, false, "end");
        }
        List<double[]> points = new ArrayList<>();
        double ky = top + Canvas.PAD + Canvas.blockHeight(1, Canvas.FONT) + 6;
        List<List<String>> key = keyLines();
        if (!overlay.curveNames().isEmpty()) {
            // the overlay's curve first, under the map's: faint, dashed, with hollow points
            List<double[]> before = new ArrayList<>();
            String d = curve(yOf, overlay::secondCurve, before);
            if (!d.isEmpty()) {
                c.svg.open("path").attr("class", "jk-curve jk-diff-old-curve").attr("d", d).end(false)
                        .open("title").end(false).text(overlay.curveNames().get(1)).closing("title").closing("path");
            }
            c.svg.path("jk-curve", curve(yOf, this::mapEmotion, points));
            String[] styles = {"jk-swatch jk-diff-now-swatch", "jk-swatch jk-diff-old-curve"};
            for (int k = 0; k < key.size(); k++) {
                ky = keyEntry(label, styles[k], key.get(k), ky);
            }
            for (double[] p : before) {
                Step step = steps.get((int) p[0]);
                String value = p[3] > 0 ? "+" + (int) p[3] : Integer.toString((int) p[3]);
                c.svg.open("circle").attr("class", "jk-diff-old-point").attr("cx", p[1]).attr("cy", p[2])
                        .attr("r", 3.5).end(false).open("title").end(false)
                        .text(step.name() + ": " + value + " (" + overlay.curveNames().get(1) + ")")
                        .closing("title").closing("circle");
            }
        } else if (curves.isEmpty()) {
            c.svg.path("jk-curve", curve(yOf, this::mapEmotion, points));
        } else {
            for (int k = 0; k < curves.size(); k++) {
                Persona persona = curves.get(k);
                String style = "jk-persona-" + (k % Styles.PERSONA_STYLES);
                String d = curve(yOf, s -> s.isFor(persona.id()) ? mapEmotion(s) : OptionalInt.empty(),
                        new ArrayList<>());
                if (!d.isEmpty()) {
                    c.svg.open("path").attr("class", "jk-curve jk-edge " + style).attr("d", d).end(false)
                            .open("title").end(false).text("emotion of " + persona.name()).closing("title")
                            .closing("path");
                }
                ky = keyEntry(label, "jk-swatch " + style, key.get(k), ky);
            }
            curve(yOf, this::mapEmotion, points); // the markers: one per step, on every curve through it
        }
        for (double[] p : points) {
            Step step = steps.get((int) p[0]);
            marker(step, p[1], p[2], (int) p[3]);
        }
    }

    /** The emotion of a step on the map's curve: none for a ghost. */
    private OptionalInt mapEmotion(Step step) {
        return ghost(step) ? OptionalInt.empty() : step.emotion();
    }

    /** One line of the curves' key: a swatch and its name; returns the y of the next. */
    private double keyEntry(Box label, String style, List<String> lines, double ky) {
        c.svg.line(style, MARGIN + Canvas.PAD, ky + KEY_H / 2 - 3, MARGIN + Canvas.PAD + 22, ky + KEY_H / 2 - 3);
        c.text(label, "jk-small", lines, MARGIN + Canvas.PAD + 26, ky, Canvas.SMALL, false, "start");
        return ky + KEY_H * Math.max(1, lines.size());
    }

    /**
     * The curve through the steps that have an emotion by {@code emotionOf}, in column order; adds
     * its points (step index, x, y, emotion) to {@code points}.
     */
    private String curve(Function<Integer, Double> yOf, Function<Step, OptionalInt> emotionOf, List<double[]> points) {
        StringBuilder d = new StringBuilder();
        double px = 0;
        double py = 0;
        for (int i = 0; i < steps.size(); i++) {
            OptionalInt e = emotionOf.apply(steps.get(i));
            if (e.isEmpty()) {
                continue;
            }
            double x = contentX + stepColumn.get(i) * COL_W + COL_W / 2;
            double y = yOf.apply(e.getAsInt());
            if (d.length() == 0) {
                SvgWriter.d(d, 'M', x, y);
            } else {
                double mid = (px + x) / 2;
                SvgWriter.d(d, 'C', mid, py, mid, y, x, y);
            }
            px = x;
            py = y;
            points.add(new double[] {i, x, y, e.getAsInt()});
        }
        return d.toString();
    }

    /** A point of the curve: a circle when positive, a diamond when neutral, a down triangle when negative. */
    private void marker(Step step, double x, double y, int emotion) {
        double r = 6;
        StringBuilder d = new StringBuilder();
        String cls;
        if (emotion > 0) {
            cls = "jk-emotion-positive";
            SvgWriter.d(d, 'M', x - r, y);
            SvgWriter.d(d, 'A', r, r).append(" 0 1 0 ");
            SvgWriter.appendNum(d, x + r);
            d.append(',');
            SvgWriter.appendNum(d, y);
            SvgWriter.d(d, 'A', r, r).append(" 0 1 0 ");
            SvgWriter.appendNum(d, x - r);
            d.append(',');
            SvgWriter.appendNum(d, y);
        } else if (emotion == 0) {
            cls = "jk-emotion-neutral";
            SvgWriter.d(d, 'M', x, y - r - 1);
            SvgWriter.d(d, 'L', x + r + 1, y);
            SvgWriter.d(d, 'L', x, y + r + 1);
            SvgWriter.d(d, 'L', x - r - 1, y);
        } else {
            cls = "jk-emotion-negative";
            SvgWriter.d(d, 'M', x - r - 1, y - r + 1);
            SvgWriter.d(d, 'L', x + r + 1, y - r + 1);
            SvgWriter.d(d, 'L', x, y + r + 1);
        }
        d.append(" Z");
        String value = emotion > 0 ? "+" + emotion : Integer.toString(emotion);
        c.svg.open("path").attr("class", cls).attr("d", d.toString()).end(false)
                .open("title").end(false).text(step.name() + ": " + value).closing("title").closing("path");
    }
}
