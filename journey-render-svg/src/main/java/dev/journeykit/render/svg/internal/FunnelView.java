package dev.journeykit.render.svg.internal;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.observe.NonLinear;
import dev.journeykit.core.observe.Observation;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.StageObservation;
import dev.journeykit.core.observe.Variant;
import dev.journeykit.render.svg.internal.Canvas.Piece;
import dev.journeykit.render.svg.internal.Layout.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The funnel view: the stages left to right, each with a bar as high as the customers who reached
 * it, the part of them who went no further hatched on top of it, and below a drop-off bar with
 * its share and count; per persona a row of the same figures when the log gives personas; the
 * non-linear share and the top variants beneath. Sized for a 16:9 slide (at least 1280 px wide,
 * each stage at least {@link #COL_MIN} wide).
 */
final class FunnelView {

    static final double MARGIN = 32;
    static final double COL_MIN = 180;
    static final double COL_GAP = 24;
    static final double BAR_MAX = 200;
    static final double BAR_W = 64;
    static final double DROP_H = 10;
    /** The variants listed beneath. */
    static final int TOP_VARIANTS = 5;

    private FunnelView() {
    }

    static Drawing draw(JourneyMap source, Settings settings) {
        ObservedJourney observedJourney = settings.observed().orElseThrow(() -> new IllegalArgumentException(
                "the funnel view draws what customers did: give the observations with SvgOptions.observed"));
        JourneyMap map = settings.persona().map(source::forPersona).orElse(source);
        Observation o = Observations.of(settings).orElseThrow();
        Canvas c = new Canvas(settings, 16384);
        List<Stage> stages = map.stages();
        int n = Math.max(1, stages.size());
        double width = Math.max(1280, 2 * MARGIN + n * COL_MIN + (n - 1) * COL_GAP);
        double inner = width - 2 * MARGIN;
        double colW = (inner - (n - 1) * COL_GAP) / n;
        double y = c.viewHeader(map, "Funnel", Counts.counted(o.customers(), "customer") + " by the furthest stage they "
                + "reached; hatched: those who left there", MARGIN, MARGIN, inner) + Marks.spaceAbove(settings, 18);

        y = stageColumns(c, settings, map, o, colW, y);
        y = personaRows(c, settings, map, observedJourney.personas(), colW, inner, y);
        y = notes(c, map, o, inner, y);

        double end = Marks.overlay(c, MARGIN, y + 14, inner);
        double height = Math.max(width * 9 / 16, (end == y + 14 ? y : end) + MARGIN);
        c.layout.size(width, height);
        String desc = "Funnel of '" + map.title() + "', " + c.scope(map) + ": " + Counts.of(o.customers(), "customer")
                + Marks.describe(settings) + "; "
                + o.stages().stream().map(s -> s.name() + " " + s.reached() + " reached"
                        + (s.dropOff().isPresent() ? ", " + Counts.share(s.dropOff().getAsDouble()) + " left" : ""))
                        .collect(Collectors.joining("; ")) + ".";
        return new Drawing(c.layout, Document.assemble(c, "funnel", map.title() + " - funnel", desc, "", true));
    }

    /** The stage heads, each stage's bar of reached customers and its drop-off; returns the y below. */
    private static double stageColumns(Canvas c, Settings settings, JourneyMap map, Observation o, double colW,
                                       double y) {
        List<Stage> stages = map.stages();
        // stage heads
        int lines = settings.maxTextLines();
        double headH = 0;
        List<List<Piece>> heads = new ArrayList<>();
        for (Stage stage : stages) {
            List<Piece> p = List.of(Canvas.piece("jk-head", stage.name(), colW - 2 * Canvas.PAD, Canvas.HEAD, true,
                    lines));
            heads.add(p);
            headH = Math.max(headH, Canvas.height(p) + 2 * Canvas.PAD);
        }
        long most = 1;
        for (StageObservation s : o.stages()) {
            most = Math.max(most, s.reached());
        }
        double barTop = y + headH + 12 + 20;
        double barBottom = barTop + BAR_MAX;
        for (int l = 0; l < stages.size(); l++) {
            Stage stage = stages.get(l);
            double x = MARGIN + l * (colW + COL_GAP);
            Box head = c.box("stage:" + stage.id(), "stage", "jk-stage", settings.id("stage", stage.id()), x, y, colW,
                    headH, 4);
            c.layout.shows(stage.id(), head);
            c.pieces(head, heads.get(l), x + Canvas.PAD, y + Canvas.PAD);
            StageObservation s = o.stage(stage.id()).orElse(new StageObservation(stage.id(), stage.name(), 0, 0,
                    java.util.OptionalDouble.empty()));
            double h = BAR_MAX * s.reached() / most;
            double barW = Math.max(BAR_W, colW * 0.4);
            double barX = x + (colW - barW) / 2;
            Box number = c.area("reached:" + stage.id(), "label", x, barBottom - h - 22, colW, 20);
            c.text(number, "jk-funnel-count", Canvas.wrap(Counts.count(s.reached()) + " reached", colW, Canvas.HEAD, true, 1),
                    x + colW / 2, barBottom - h - 20, Canvas.HEAD, true, "middle");
            if (h > 0) {
                Box bar = c.box("bar:" + stage.id(), "bar", "jk-funnel-bar", settings.id("bar", stage.id()), barX,
                        barBottom - h, barW, h, 0);
                double left = s.dropOff().isPresent() ? BAR_MAX * s.furthest() / most : 0;
                if (left > 0) {
                    c.svg.rect("jk-funnel-left", bar.x(), bar.y(), bar.w(), left, 0);
                    c.svg.rect("jk-funnel-drop", bar.x(), bar.y(), bar.w(), left, 0);
                }
            }
            // the drop-off: a number and a bar across the column
            double dy = barBottom + 10;
            Box drop = c.area("drop:" + stage.id(), "label", x, dy, colW, 34);
            if (s.dropOff().isPresent()) {
                double share = s.dropOff().getAsDouble();
                c.svg.rect("jk-funnel-track", x, dy, colW, DROP_H, 2);
                if (share > 0) {
                    c.svg.rect("jk-funnel-drop", x, dy, Math.max(1, colW * share), DROP_H, 2);
                }
                c.text(drop, "jk-observed-text", Canvas.wrap(Counts.share(share) + " left here (" + Counts.counted(
                        s.furthest(), "customer") + ")", colW, Canvas.FONT, true, 1), x, dy + DROP_H + 4, Canvas.FONT, true,
                        "start");
            } else {
                c.text(drop, "jk-observed-text", Canvas.wrap(s.reached() == 0 ? "nobody reached it"
                        : "the last stage", colW, Canvas.FONT, true, 1), x, dy + DROP_H + 4, Canvas.FONT, true,
                        "start");
            }
        }
        return barBottom + 10 + 34 + 16;
    }

    /** One row a persona (when the log names them and no persona is chosen); returns the y below. */
    private static double personaRows(Canvas c, Settings settings, JourneyMap map, Map<String, Observation> personas,
                                      double colW, double inner, double y) {
        List<Stage> stages = map.stages();
        // per persona: reached and drop-off in each stage's column
        if (settings.persona().isEmpty() && !personas.isEmpty()) {
            Box title = c.area("personas", "label", MARGIN, y, inner, 18);
            c.text(title, "jk-bold", List.of("By persona: reached, and the share who left there"), MARGIN, y,
                    Canvas.FONT, true, "start");
            y += 18 + Marks.spaceAbove(settings, 4);
            for (Map.Entry<String, Observation> e : personas.entrySet()) {
                String name = map.persona(e.getKey()).map(Persona::name).orElse(e.getKey());
                Observation po = e.getValue();
                Box row = c.area("persona:" + e.getKey(), "persona", MARGIN, y, inner, 30);
                c.layout.shows(e.getKey(), row);
                c.text(row, "jk-observed-text", Canvas.wrap(name + " (" + Counts.counted(po.customers(), "customer") + ")",
                        inner, Canvas.SMALL, true, 1), MARGIN, y, Canvas.SMALL, true, "start");
                for (int l = 0; l < stages.size(); l++) {
                    double x = MARGIN + l * (colW + COL_GAP);
                    StageObservation s = po.stage(stages.get(l).id()).orElse(null);
                    if (s == null) {
                        continue;
                    }
                    double share = s.dropOff().orElse(0);
                    double trackW = Math.min(60, colW / 3);
                    c.svg.rect("jk-funnel-track", x, y + 16, trackW, 8, 2);
                    if (share > 0) {
                        c.svg.rect("jk-funnel-drop", x, y + 16, Math.max(1, trackW * share), 8, 2);
                    }
                    String text = Counts.count(s.reached()) + (s.dropOff().isPresent()
                            ? " \u00b7 " + Counts.share(share) + " left" : "");
                    c.text(row, "jk-small", Canvas.wrap(text, colW - trackW - 6, Canvas.SMALL, false, 1),
                            x + trackW + 6, y + 14, Canvas.SMALL, false, "start");
                }
                y += 30 + Marks.spaceAbove(settings, 6);
            }
            y += 8;
        }
        return y;
    }

    /** The non-linear customers and the top variants; returns the y below. */
    private static double notes(Canvas c, JourneyMap map, Observation o, double inner, double y) {
        // non-linear customers and the top variants
        NonLinear nl = o.nonLinear();
        List<String> notes = new ArrayList<>();
        notes.add("Non-linear: " + Counts.counted(nl.customers(), "customer") + " (" + Counts.share(nl.share())
                + ") went back to an earlier stage; " + Counts.count(nl.revisitCustomers()) + " did a step twice or more.");
        List<Variant> variants = o.variants();
        notes.add("Top variants (" + Counts.counted(variants.size(), "distinct path") + "):");
        Map<String, String> names = map.steps().stream().collect(Collectors.toMap(s -> s.id(), s -> s.name()));
        for (int i = 0; i < Math.min(TOP_VARIANTS, variants.size()); i++) {
            Variant v = variants.get(i);
            String path = v.steps().stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(" \u2192 "));
            notes.add((i + 1) + ". " + Counts.counted(v.customers(), "customer") + " ("
                    + Counts.share(o.customers() == 0 ? 0 : (double) v.customers() / o.customers()) + "): " + path);
        }
        double lh = Canvas.lineHeight(Canvas.FONT);
        Box box = c.area("notes", "notes", MARGIN, y, inner, notes.size() * lh + 4);
        for (int i = 0; i < notes.size(); i++) {
            c.text(box, i == 1 ? "jk-bold" : "jk-text", Canvas.wrap(notes.get(i), inner, Canvas.FONT, i == 1, 1),
                    MARGIN, y + i * lh, Canvas.FONT, i == 1, "start");
        }
        y += notes.size() * lh + 4;
        return y;
    }
}
