package dev.journeykit.render.svg.internal;

import static dev.journeykit.render.svg.internal.FlowLayout.MARGIN;
import static dev.journeykit.render.svg.internal.FlowLayout.NODE_W;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import dev.journeykit.core.observe.Observation;
import dev.journeykit.render.svg.internal.FlowGraph.Edge;
import dev.journeykit.render.svg.internal.FlowGraph.Kind;
import dev.journeykit.render.svg.internal.Layout.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * The flow view: steps as boxes in stage columns, transitions as arrows. Forward transitions run
 * left to right through the gaps their dummy nodes keep open; transitions back to an earlier step
 * are dotted lines in their own colour, routed below the steps when they pass over a column; a
 * step that is part of a loop is outlined and says so. Stroke width follows volume when the map gives volumes; each persona's transitions have their
 * own colour and dash pattern, explained in the key.
 *
 * <p>With observations, stroke width follows the observed count instead, every taken transition is
 * labelled with its count and share, designed transitions nobody took are faint and dashed,
 * taken ones the map does not design have a style of their own and say so in their label, steps
 * nobody reached are marked, and every stage head gives its reached customers and drop-off.
 * Where things go is {@link FlowLayout}'s; this class only draws them.
 */
final class FlowView {

    private FlowView() {
    }

    /** Crossings of the flow of {@code map} in map order and after the ordering step: {before, after}. */
    static long[] crossingCounts(JourneyMap map) {
        FlowGraph g = new FlowGraph(map, map.personas().stream().map(Persona::id).toList());
        long before = g.crossings();
        long after = g.reduceCrossings();
        return new long[] {before, after};
    }

    /** The layout of the flow of {@code source} (as the settings' persona sees it), placed as drawn. */
    static FlowLayout layout(JourneyMap source, Settings settings, Canvas c) {
        List<String> personaOrder = source.personas().stream().map(Persona::id).toList();
        JourneyMap map = settings.persona().map(source::forPersona).orElse(source);
        Observation observed = Observations.of(settings).orElse(null);
        FlowGraph g = new FlowGraph(map, personaOrder, observed);
        g.reduceCrossings();
        FlowLayout f = new FlowLayout(map, g, settings, observed);
        double y = c.viewHeader(map, "Flow", observed == null ? "steps by stage, transitions as arrows"
                        : "steps by stage, transitions as arrows as wide as customers made them", MARGIN, MARGIN,
                f.inner) + Marks.spaceAbove(settings, 16);
        f.place(y);
        return f;
    }

    static Drawing draw(JourneyMap source, Settings settings) {
        JourneyMap map = settings.persona().map(source::forPersona).orElse(source);
        Canvas c = new Canvas(settings, 8192 + 700 * map.steps().size() + 400 * map.transitions().size());
        FlowLayout f = layout(source, settings, c);
        FlowGraph g = f.g;

        for (int l = 0; l < g.layers; l++) {
            Stage stage = map.stages().get(l);
            Box at = f.headBox(l);
            Box box = c.box(at.key(), at.role(), "jk-stage", settings.id("stage", stage.id()), at.x(), at.y(),
                    at.w(), at.h(), 4);
            c.layout.shows(stage.id(), box);
            c.pieces(box, f.heads.get(l), at.x() + Canvas.PAD, at.y() + Canvas.PAD);
        }

        // edges first, so boxes cover them
        c.svg.open("g").attr("class", "jk-edges").end(true);
        for (int i = 0; i < g.edges.size(); i++) {
            edge(c, f, i);
        }
        c.svg.closing("g");

        for (int v = 0; v < g.stepCount; v++) {
            Step step = g.steps.get(v);
            Box at = f.nodeBox(v);
            String cls = (step instanceof Touchpoint ? "jk-node" : "jk-node-moment") + (g.inLoop.get(v) ? " jk-node-loop" : "")
                    + (f.observed != null && f.customers(step.id()) == 0 ? " jk-node-unreached" : "");
            Box box = c.box(at.key(), at.role(), cls, settings.id("step", step.id()), at.x(), at.y(), at.w(), at.h(),
                    step instanceof Touchpoint ? 4 : 12);
            c.layout.shows(step.id(), box);
            c.pieces(box, f.content.get(v), at.x() + Canvas.PAD, at.y() + Canvas.PAD);
        }
        double bottom = f.bottom;
        if (g.stepCount == 0) {
            Box none = c.area("empty", "note", MARGIN, f.top, f.inner, 20);
            c.text(none, "jk-small", List.of("no steps"), MARGIN, f.top, Canvas.SMALL, false, "start");
            bottom = f.top + 20;
        }
        if (!f.labels.isEmpty()) {
            c.svg.open("g").attr("class", "jk-counts").end(true);
            for (FlowLayout.EdgeLabel label : f.labels) {
                Box p = label.plate();
                Box plate = c.box(p.key(), p.role(), g.edges.get(label.edge()).undesigned
                        ? "jk-count-plate jk-count-undesigned" : "jk-count-plate", null, p.x(), p.y(), p.w(), p.h(), 3);
                c.text(plate, "jk-edge-count", List.of(label.text()), p.x() + p.w() / 2,
                        p.y() + (p.h() - Canvas.blockHeight(1, Canvas.SMALL)) / 2, Canvas.SMALL, true, "middle");
            }
            c.svg.closing("g");
        }

        double y2 = f.observed == null ? key(c, map, source, f.volumes, f.maxVolume, MARGIN, bottom + 28, f.inner)
                : observedKey(c, f, MARGIN, bottom + 28, f.inner);
        double end = Marks.overlay(c, MARGIN, y2 + 14, f.inner);
        c.layout.size(f.width, (end == y2 + 14 ? y2 : end) + MARGIN);
        String desc = "Flow of '" + map.title() + "', " + c.scope(map) + ": " + Counts.of(map.steps().size(), "step")
                + " in " + Counts.of(map.stages().size(), "stage") + ", " + Counts.of(map.transitions().size(), "transition")
                + Marks.describe(settings) + (f.observed == null ? "." : Observations.describe(f.observed, g.edges.stream()
                        .filter(e -> e.undesigned).count()));
        return new Drawing(c.layout, Document.assemble(c, "flow", map.title() + " - flow", desc,
                markers(settings, f.observed != null), f.observed != null));
    }

    private static String arrowId(Settings s, String suffix) {
        return s.id("arrow" + suffix);
    }

    private static String markers(Settings s, boolean observed) {
        SvgWriter w = new SvgWriter(2048);
        List<String> suffixes = new ArrayList<>(List.of("", "-back", "-loop"));
        for (int i = 0; i < Styles.PERSONA_STYLES; i++) {
            suffixes.add("-" + i);
        }
        if (observed) {
            suffixes.add("-untaken");
            suffixes.add("-undesigned");
        }
        for (String suffix : suffixes) {
            w.open("marker").attr("id", arrowId(s, suffix)).attr("viewBox", "0 0 10 10").attr("refX", 9)
                    .attr("refY", 5).attr("markerWidth", 9).attr("markerHeight", 9)
                    .attr("markerUnits", "userSpaceOnUse").attr("orient", "auto").end(false);
            w.open("path").attr("class", "jk-arrow" + suffix).attr("d", "M0,0 L10,5 L0,10 Z").close();
            w.closing("marker");
        }
        return w.toString();
    }

    /** How an edge is drawn: its class, the suffix of its arrow marker and its kind in the layout record. */
    private record EdgeStyle(String cls, String arrow, String kind) {
    }

    private static void edge(Canvas c, FlowLayout f, int i) {
        FlowGraph g = f.g;
        Edge e = g.edges.get(i);
        double strokeWidth = f.widths[i];
        EdgeStyle style = style(e);
        double[] head = f.tips[i];
        String key = e.undesigned ? "u:" + g.steps.get(e.from).id() + ">" + g.steps.get(e.to).id() : "t:" + e.firstIndex;
        c.layout.add(new Layout.Route(key, style.kind(), strokeWidth, f.points(i)));
        SvgWriter svg = c.svg;
        String id = e.undesigned ? c.settings.id("u", g.steps.get(e.from).id() + "-" + g.steps.get(e.to).id())
                : c.settings.id("t", Integer.toString(e.firstIndex));
        svg.open("path").attr("id", id).attr("class", style.cls()).attr("d", f.traces[i].d()).attr("stroke-width", strokeWidth);
        if (head == null) {
            svg.attr("marker-end", "url(#" + arrowId(c.settings, style.arrow()) + ")");
        }
        svg.end(false);
        svg.open("title").end(false).text(title(f, e)).closing("title").closing("path");
        if (head != null) {
            arrowHead(svg, head, strokeWidth, style.arrow());
        }
    }

    /** The class and arrow of an edge: by its direction, then its persona, then what customers did with it. */
    private static EdgeStyle style(Edge e) {
        String cls;
        String arrow;
        String kind;
        switch (e.type) {
            case FORWARD -> {
                cls = "jk-edge";
                arrow = "";
                kind = "forward";
            }
            case SAME_STAGE -> {
                cls = "jk-edge";
                arrow = "";
                kind = "same-stage";
            }
            case BACKWARD -> {
                cls = "jk-edge-back";
                arrow = "-back";
                kind = "back";
            }
            default -> {
                cls = "jk-edge-self";
                arrow = "-loop";
                kind = "self";
            }
        }
        if (e.persona >= 0 && e.type != Kind.BACKWARD && e.type != Kind.SELF) {
            int style = e.persona % Styles.PERSONA_STYLES;
            cls += " jk-persona-" + style;
            arrow = "-" + style;
        }
        if (e.undesigned) {
            cls += " jk-edge-undesigned";
            arrow = "-undesigned";
        } else if (e.observed == 0) {
            cls += " jk-edge-untaken";
            arrow = "-untaken";
        }
        return new EdgeStyle(cls, arrow, kind);
    }

    /** An edge's tooltip: its steps, persona, volume, how many transitions it draws and what customers did. */
    private static String title(FlowLayout f, Edge e) {
        FlowGraph g = f.g;
        StringBuilder title = new StringBuilder();
        title.append(g.steps.get(e.from).name()).append(" -> ").append(g.steps.get(e.to).name());
        JourneyMap map = f.map;
        if (!e.undesigned) {
            map.transitions().get(e.firstIndex).persona().flatMap(map::persona)
                    .ifPresent(p -> title.append(" (").append(p.name()).append(')'));
        }
        if (e.hasVolume) {
            title.append(", volume ").append(e.volume);
        }
        if (e.count > 1) {
            title.append(", ").append(e.count).append(" transitions");
        }
        if (e.observed >= 0) {
            title.append(e.undesigned ? ", not in the map" : "").append(", taken ").append(Counts.count(e.observed))
                    .append(e.observed == 1 ? " time" : " times");
            if (e.observed > 0) {
                title.append(" (").append(Counts.share(e.share)).append(" of the transitions from ")
                        .append(g.steps.get(e.from).name()).append(')');
            }
        }
        return title.toString();
    }

    /** The arrow head of a wide line, drawn as a path at its tip (x, y, direction x, direction y). */
    private static void arrowHead(SvgWriter svg, double[] head, double strokeWidth, String arrow) {
        double half = FlowLayout.headWidth(strokeWidth) / 2;
        double len = FlowLayout.headLength(strokeWidth);
        double bx = head[0] - head[2] * len;
        double by = head[1] - head[3] * len;
        StringBuilder hd = new StringBuilder();
        SvgWriter.d(hd, 'M', head[0], head[1]);
        SvgWriter.d(hd, 'L', bx - head[3] * half, by + head[2] * half);
        SvgWriter.d(hd, 'L', bx + head[3] * half, by - head[2] * half);
        hd.append('Z');
        svg.open("path").attr("class", "jk-arrow" + arrow).attr("d", hd.toString()).close();
    }

    /** The key: persona styles, the backward style, loops, volume. Returns the y below it. */
    private static double key(Canvas c, JourneyMap map, JourneyMap source, boolean volumes, long maxVolume,
                              double x, double y, double width) {
        List<String[]> entries = new ArrayList<>();
        List<Persona> personas = map.personas();
        for (Persona p : personas) {
            int style = source.personas().indexOf(p) % Styles.PERSONA_STYLES;
            entries.add(new String[] {"jk-edge jk-persona-" + Math.max(0, style), "path of " + p.name()});
        }
        entries.add(new String[] {"jk-edge", "transition of a flow"});
        entries.add(new String[] {"jk-edge-back", "back to an earlier step"});
        entries.add(new String[] {"", "\u21bb step in a loop (outlined)"});
        if (volumes) {
            entries.add(new String[] {"", "stroke width grows with volume (max " + maxVolume + ")"});
        }
        return keyRows(c, entries, x, y, width);
    }

    /** Key entries in rows: a swatch (a line of the classes given, if any) and a text each. */
    private static double keyRows(Canvas c, List<String[]> entries, double x, double y, double width) {
        double entryW = 250;
        for (String[] entry : entries) {
            // room for the swatch and the whole text, so no entry is cut
            entryW = Math.max(entryW, 44 + TextMetrics.width(SvgWriter.clean(entry[1]), Canvas.SMALL, false) + 12);
        }
        entryW = Math.min(entryW, width);
        int perRow = Math.max(1, (int) (width / entryW));
        double rowH = 22;
        int rows = (entries.size() + perRow - 1) / perRow;
        Box box = c.area("key", "key", x, y, width, rows * rowH);
        for (int i = 0; i < entries.size(); i++) {
            double ex = x + (i % perRow) * entryW;
            double ey = y + (i / perRow) * rowH;
            String[] entry = entries.get(i);
            double textX = ex;
            if (!entry[0].isEmpty()) {
                String cls = entry[0].replace("jk-edge ", "jk-swatch ").replace("jk-edge-back", "jk-swatch jk-edge-back");
                if (cls.equals("jk-edge")) {
                    cls = "jk-swatch";
                }
                c.svg.line(cls, ex, ey + 9, ex + 36, ey + 9);
                textX = ex + 44;
            }
            c.text(box, "jk-small", Canvas.wrap(entry[1], entryW - (textX - ex) - 8, Canvas.SMALL, false, 1),
                    textX, ey + 3, Canvas.SMALL, false, "start");
        }
        return y + rows * rowH;
    }

    /** The key of a flow with observations. Returns the y below it. */
    private static double observedKey(Canvas c, FlowLayout f, double x, double y, double width) {
        List<String[]> entries = new ArrayList<>();
        entries.add(new String[] {"jk-edge", "customers' transitions, as wide as their count (most "
                + Counts.count(f.maxObserved) + ")"});
        entries.add(new String[] {"", "label: customers' transitions \u00b7 share of the step's"});
        entries.add(new String[] {"jk-edge jk-edge-untaken", "designed, nobody took it (faint, dashed)"});
        entries.add(new String[] {"jk-edge jk-edge-undesigned", "taken, not in the map (labelled so)"});
        if (f.g.hiddenUndesigned > 0) {
            entries.add(new String[] {"", "+ " + f.g.hiddenUndesigned + " more not in the map, each under "
                    + Counts.share(FlowGraph.MIN_UNDESIGNED_SHARE) + " of its step's (not drawn)"});
        }
        entries.add(new String[] {"jk-edge-back", "back to an earlier step"});
        entries.add(new String[] {"", "\u2715 step nobody reached (dashed outline)"});
        entries.add(new String[] {"", "\u21bb step in a loop (outlined)"});
        return keyRows(c, entries, x, y, width);
    }
}
