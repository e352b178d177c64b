package dev.journeykit.render.svg.internal;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import dev.journeykit.render.svg.internal.Canvas.Piece;
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
 */
final class FlowView {

    static final double MARGIN = 24;
    static final double SIDE = 56;
    static final double NODE_W = 170;
    static final double COL_GAP = 120;
    static final double V_GAP = 18;
    static final double DUMMY_H = 4;
    static final double DUMMY_GAP = 6;

    private FlowView() {
    }

    /** Crossings of the flow of {@code map} in map order and after the ordering step: {before, after}. */
    static long[] crossingCounts(JourneyMap map) {
        FlowGraph g = new FlowGraph(map, map.personas().stream().map(Persona::id).toList());
        long before = g.crossings();
        long after = g.reduceCrossings();
        return new long[] {before, after};
    }

    static Drawing draw(JourneyMap source, Settings settings) {
        List<String> personaOrder = source.personas().stream().map(Persona::id).toList();
        JourneyMap map = settings.persona().map(source::forPersona).orElse(source);
        FlowGraph g = new FlowGraph(map, personaOrder);
        g.reduceCrossings();
        Canvas c = new Canvas(settings, 8192 + 700 * map.steps().size() + 400 * g.edges.size());
        int lines = settings.maxTextLines();
        int layers = g.layers;
        double contentX = MARGIN + SIDE;
        double graphW = layers == 0 ? NODE_W : layers * NODE_W + (layers - 1) * COL_GAP;
        double width = Math.max(560, contentX + graphW + SIDE + MARGIN);
        double inner = width - 2 * MARGIN;

        String scope = settings.persona().isPresent() && !map.personas().isEmpty()
                ? "for " + map.personas().get(0).name() : "all personas";
        List<Piece> head = List.of(
                Canvas.piece("jk-title", map.title(), inner, Canvas.TITLE, true, 2),
                Canvas.piece("jk-subtitle", "Flow, " + scope + ": steps by stage, transitions as arrows",
                        inner, Canvas.SUBTITLE, false, lines));
        double y = MARGIN;
        Box header = c.area("header", "header", MARGIN, y, inner, Canvas.height(head) + 4);
        y = c.pieces(header, head, MARGIN, y + 2) + 2 + Marks.spaceAbove(settings, 16);

        // stage heads
        double nodeInner = NODE_W - 2 * Canvas.PAD;
        double headH = 0;
        List<List<Piece>> heads = new ArrayList<>();
        for (Stage stage : map.stages()) {
            List<Piece> p = List.of(Canvas.piece("jk-head", stage.name(), nodeInner, Canvas.HEAD, true, lines));
            heads.add(p);
            headH = Math.max(headH, Canvas.height(p) + 2 * Canvas.PAD);
        }
        for (int l = 0; l < layers; l++) {
            Stage stage = map.stages().get(l);
            double x = colX(contentX, l);
            Box box = c.box("stage:" + stage.id(), "stage", "jk-stage", settings.id("stage", stage.id()), x, y,
                    NODE_W, headH, 4);
            c.layout.shows(stage.id(), box);
            c.pieces(box, heads.get(l), x + Canvas.PAD, y + Canvas.PAD);
        }
        double top = y + headH + 24;

        // node sizes and positions
        List<List<Piece>> content = new ArrayList<>();
        double[] nodeY = new double[g.nodeCount];
        double[] nodeH = new double[g.nodeCount];
        for (int v = 0; v < g.stepCount; v++) {
            Step step = g.steps.get(v);
            List<Piece> p = new ArrayList<>();
            p.add(Canvas.piece("jk-bold", step.name(), nodeInner, Canvas.FONT, true, lines));
            if (step instanceof Touchpoint t) {
                String channel = map.channel(t.channelId()).map(ch -> ch.name()).orElse(t.channelId());
                p.add(Canvas.piece("jk-small", "via " + channel, nodeInner, Canvas.SMALL, false, 1));
            } else {
                p.add(Canvas.piece("jk-small", "moment", nodeInner, Canvas.SMALL, false, 1));
            }
            if (g.inLoop[v]) {
                p.add(Canvas.piece("jk-loop-text", "\u21bb in a loop", nodeInner, Canvas.SMALL, false, 1));
            }
            content.add(p);
            nodeH[v] = Canvas.height(p) + 2 * Canvas.PAD;
        }
        double bottom = top;
        double vGap = Marks.spaceAbove(settings, V_GAP);
        // with findings, a box keeps room for badges above it even when a gap (dummy) lies between
        double badgeRoom = settings.marks().isEmpty() ? Double.NEGATIVE_INFINITY : vGap;
        for (int l = 0; l < layers; l++) {
            double cy = top;
            double lastBottom = Double.NEGATIVE_INFINITY;
            boolean prevDummy = true;
            for (int v : g.order[l]) {
                if (g.isDummy(v)) {
                    cy += DUMMY_GAP;
                    nodeY[v] = cy;
                    nodeH[v] = DUMMY_H;
                    cy += DUMMY_H;
                    prevDummy = true;
                } else {
                    cy += prevDummy ? DUMMY_GAP : vGap;
                    cy = Math.max(cy, lastBottom + badgeRoom);
                    nodeY[v] = cy;
                    cy += nodeH[v];
                    lastBottom = cy;
                    prevDummy = false;
                }
            }
            bottom = Math.max(bottom, cy);
        }

        // edges first, so boxes cover them
        long maxVolume = 0;
        boolean volumes = false;
        for (Edge e : g.edges) {
            if (e.hasVolume) {
                volumes = true;
                maxVolume = Math.max(maxVolume, e.volume);
            }
        }
        double[][] ports = ports(g, nodeY, nodeH);
        c.svg.open("g").attr("class", "jk-edges").end(true);
        int lanes = 0;
        for (int i = 0; i < g.edges.size(); i++) {
            Edge e = g.edges.get(i);
            edge(c, g, e, contentX, nodeY, nodeH, volumes, maxVolume, map, bottom, lanes, ports[0][i], ports[1][i]);
            lanes += routedBelow(g, e) ? 1 : 0;
        }
        c.svg.closing("g");
        if (lanes > 0) {
            bottom += LANE_TOP + (lanes - 1) * LANE_GAP + 4;
        }

        for (int v = 0; v < g.stepCount; v++) {
            Step step = g.steps.get(v);
            double x = colX(contentX, g.layerOf[v]);
            String cls = (step instanceof Touchpoint ? "jk-node" : "jk-node-moment") + (g.inLoop[v] ? " jk-node-loop" : "");
            Box box = c.box("step:" + step.id(), "node", cls, settings.id("step", step.id()), x, nodeY[v], NODE_W,
                    nodeH[v], step instanceof Touchpoint ? 4 : 12);
            c.layout.shows(step.id(), box);
            c.pieces(box, content.get(v), x + Canvas.PAD, nodeY[v] + Canvas.PAD);
        }
        if (g.stepCount == 0) {
            Box none = c.area("empty", "note", MARGIN, top, inner, 20);
            c.text(none, "jk-small", List.of("no steps"), MARGIN, top, Canvas.SMALL, false, "start");
            bottom = top + 20;
        }

        double y2 = key(c, map, source, volumes, maxVolume, MARGIN, bottom + 28, inner);
        double end = Marks.legend(c, MARGIN, y2 + 14, inner);
        Marks.badges(c);
        c.layout.size(width, (end == y2 + 14 ? y2 : end) + MARGIN);
        String desc = "Flow of '" + map.title() + "', " + scope + ": " + map.steps().size() + " steps in "
                + map.stages().size() + " stages, " + map.transitions().size() + " transitions.";
        return new Drawing(c.layout, Document.assemble(c, "flow", map.title() + " - flow", desc, markers(settings)));
    }

    private static double colX(double contentX, int layer) {
        return contentX + layer * (NODE_W + COL_GAP);
    }

    private static String arrowId(Settings s, String suffix) {
        return s.id("arrow" + suffix);
    }

    private static String markers(Settings s) {
        SvgWriter w = new SvgWriter(2048);
        List<String> suffixes = new ArrayList<>(List.of("", "-back", "-loop"));
        for (int i = 0; i < Styles.PERSONA_STYLES; i++) {
            suffixes.add("-" + i);
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

    /** Path data that also keeps the line as points, for the layout's routes. */
    private static final class Trace {
        final StringBuilder d = new StringBuilder();
        final List<double[]> points = new ArrayList<>();
        private double x;
        private double y;

        Trace move(double px, double py) {
            SvgWriter.d(d, 'M', px, py);
            points.add(new double[] {px, py});
            x = px;
            y = py;
            return this;
        }

        Trace line(double px, double py) {
            SvgWriter.d(d, 'L', px, py);
            points.add(new double[] {px, py});
            x = px;
            y = py;
            return this;
        }

        Trace curve(double x1, double y1, double x2, double y2, double px, double py) {
            SvgWriter.d(d, 'C', x1, y1, x2, y2, px, py);
            for (int i = 1; i <= 16; i++) {
                double t = i / 16.0;
                double u = 1 - t;
                points.add(new double[] {
                        u * u * u * x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * px,
                        u * u * u * y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * py});
            }
            x = px;
            y = py;
            return this;
        }

        /** A quarter turn: a quadratic corner through (cx, cy), drawn as a cubic. */
        Trace corner(double cx, double cy, double px, double py) {
            return curve(x + 2.0 / 3 * (cx - x), y + 2.0 / 3 * (cy - y), px + 2.0 / 3 * (cx - px),
                    py + 2.0 / 3 * (cy - py), px, py);
        }
    }

    /** How far from the middle of a box's side an arrow that is not between columns meets it. */
    private static double off(double boxHeight) {
        return Math.max(0, Math.min(8, boxHeight / 2 - 6));
    }

    /** Whether a backward edge jumps over at least one stage column, and so is routed below the steps. */
    static boolean routedBelow(FlowGraph g, Edge e) {
        return e.type == Kind.BACKWARD && g.layerOf[e.from] - g.layerOf[e.to] >= 2;
    }

    static final double LANE_TOP = 18;
    static final double LANE_GAP = 10;
    static final double CORNER = 8;

    static final double PORT_GAP = 6;

    /**
     * Where forward arrows leave and meet their steps, as offsets from the middle of the side:
     * {start offsets, end offsets} by edge index. The arrows at one side are spread
     * {@link #PORT_GAP} apart (less on a low box), in the order of the other ends' heights, so two
     * personas' arrows between the same steps run side by side instead of on top of each other.
     */
    static double[][] ports(FlowGraph g, double[] nodeY, double[] nodeH) {
        int n = g.edges.size();
        double[][] offsets = new double[2][n];
        java.util.Map<Integer, List<double[]>> sides = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            Edge e = g.edges.get(i);
            if (e.type != Kind.FORWARD) {
                continue;
            }
            int next = e.route[1];
            int previous = e.route[e.route.length - 2];
            // key: node * 2 (+1 for the left side); value: {edge, 0 start | 1 end, other end's y}
            sides.computeIfAbsent(e.from * 2, k -> new ArrayList<>())
                    .add(new double[] {i, 0, nodeY[next] + nodeH[next] / 2});
            sides.computeIfAbsent(e.to * 2 + 1, k -> new ArrayList<>())
                    .add(new double[] {i, 1, nodeY[previous] + nodeH[previous] / 2});
        }
        for (java.util.Map.Entry<Integer, List<double[]>> side : sides.entrySet()) {
            List<double[]> ends = side.getValue();
            if (ends.size() < 2) {
                continue;
            }
            ends.sort(java.util.Comparator.<double[]>comparingDouble(a -> a[2]).thenComparingDouble(a -> a[0]));
            double h = nodeH[side.getKey() / 2];
            double gap = Math.min(PORT_GAP, Math.max(0, h - 2 * PORT_GAP) / (ends.size() - 1));
            for (int k = 0; k < ends.size(); k++) {
                double[] end = ends.get(k);
                offsets[(int) end[1]][(int) end[0]] = (k - (ends.size() - 1) / 2.0) * gap;
            }
        }
        return offsets;
    }

    private static void edge(Canvas c, FlowGraph g, Edge e, double contentX, double[] nodeY, double[] nodeH,
                             boolean volumes, long maxVolume, JourneyMap map, double bottom, int lane,
                             double startPort, double endPort) {
        Trace path = new Trace();
        int from = e.from;
        int to = e.to;
        double fromL = colX(contentX, g.layerOf[from]);
        double toL = colX(contentX, g.layerOf[to]);
        double fy = nodeY[from] + nodeH[from] / 2;
        double ty = nodeY[to] + nodeH[to] / 2;
        String cls;
        String arrow;
        switch (e.type) {
            case FORWARD -> {
                double px = fromL + NODE_W;
                double py = fy + startPort;
                path.move(px, py);
                for (int k = 1; k < e.route.length; k++) {
                    int v = e.route[k];
                    double vx = colX(contentX, g.layerOf[v]);
                    double vy = nodeY[v] + nodeH[v] / 2 + (k == e.route.length - 1 ? endPort : 0);
                    double mid = (px + vx) / 2;
                    path.curve(mid, py, mid, vy, vx, vy);
                    if (g.isDummy(v)) {
                        path.line(vx + NODE_W, vy);
                        px = vx + NODE_W;
                    } else {
                        px = vx;
                    }
                    py = vy;
                }
                cls = "jk-edge";
                arrow = "";
            }
            case SAME_STAGE -> {
                // off the middle of the side, where the arrows between columns meet the boxes
                double x = fromL + NODE_W;
                double toward = Math.signum(ty - fy);
                fy += toward * off(nodeH[from]);
                ty -= toward * off(nodeH[to]);
                double bulge = Math.min(COL_GAP * 0.4, 18 + 0.08 * Math.abs(ty - fy));
                path.move(x, fy).curve(x + bulge, fy, x + bulge, ty, x, ty);
                cls = "jk-edge";
                arrow = "";
            }
            case BACKWARD -> {
                // leave below and arrive above the middle of the sides, where forward arrows meet the boxes
                fy += off(nodeH[from]);
                ty -= off(nodeH[to]);
                if (g.layerOf[from] == g.layerOf[to]) {
                    double bulge = Math.min(SIDE - 6, 18 + 0.08 * Math.abs(ty - fy));
                    path.move(fromL, fy).curve(fromL - bulge, fy, fromL - bulge, ty, fromL, ty);
                } else if (!routedBelow(g, e)) {
                    // into the gap between the two neighbouring columns, which holds no box
                    double reach = 50;
                    path.move(fromL, fy).curve(fromL - reach, fy - reach, toL + NODE_W + reach, ty - reach,
                            toL + NODE_W, ty);
                } else {
                    // over stage columns: down the gap left of the source column, left along a lane of
                    // its own below every step, up the gap right of the target column
                    double laneY = bottom + LANE_TOP + lane * LANE_GAP;
                    double shift = 16 + 8 * (lane % 4);
                    double outX = fromL - shift;
                    double inX = toL + NODE_W + shift;
                    path.move(fromL, fy).line(outX + CORNER, fy).corner(outX, fy, outX, fy + CORNER)
                            .line(outX, laneY - CORNER).corner(outX, laneY, outX - CORNER, laneY)
                            .line(inX + CORNER, laneY).corner(inX, laneY, inX, laneY - CORNER)
                            .line(inX, ty + CORNER).corner(inX, ty, inX - CORNER, ty)
                            .line(toL + NODE_W, ty);
                }
                cls = "jk-edge-back";
                arrow = "-back";
            }
            default -> {
                double x = fromL + NODE_W;
                path.move(x, fy - 6).curve(x + 30, fy - 22, x + 30, fy + 22, x, fy + 6);
                cls = "jk-edge-self";
                arrow = "-loop";
            }
        }
        StringBuilder d = path.d;
        c.layout.add(new Layout.Route("t:" + e.firstIndex, path.points));
        if (e.persona >= 0 && e.type != Kind.BACKWARD && e.type != Kind.SELF) {
            int style = e.persona % Styles.PERSONA_STYLES;
            cls += " jk-persona-" + style;
            arrow = "-" + style;
        }
        double strokeWidth = volumes ? (e.hasVolume ? 1.0 + 7.0 * Math.sqrt((double) e.volume / Math.max(1, maxVolume)) : 1.0)
                : 1.6;
        if (e.type == Kind.BACKWARD) {
            strokeWidth = Math.max(strokeWidth, 2.2); // dotted: the dots need some width to show
        }
        SvgWriter svg = c.svg;
        svg.open("path").attr("id", c.settings.id("t", Integer.toString(e.firstIndex))).attr("class", cls)
                .attr("d", d.toString()).attr("stroke-width", strokeWidth)
                .attr("marker-end", "url(#" + arrowId(c.settings, arrow) + ")").end(false);
        StringBuilder title = new StringBuilder();
        title.append(g.steps.get(from).name()).append(" -> ").append(g.steps.get(to).name());
        map.transitions().get(e.firstIndex).persona().flatMap(map::persona)
                .ifPresent(p -> title.append(" (").append(p.name()).append(')'));
        if (e.hasVolume) {
            title.append(", volume ").append(e.volume);
        }
        if (e.count > 1) {
            title.append(", ").append(e.count).append(" transitions");
        }
        svg.open("title").end(false).text(title.toString()).closing("title").closing("path");
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
}
