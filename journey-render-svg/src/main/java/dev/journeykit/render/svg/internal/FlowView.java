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
        double nodeInner = NODE_W - 2 * Canvas.PAD;

        // stroke widths, then node sizes: a box is at least as high as the arrows at one side need
        long maxVolume = 0;
        boolean volumes = false;
        for (Edge e : g.edges) {
            if (e.hasVolume) {
                volumes = true;
                maxVolume = Math.max(maxVolume, e.volume);
            }
        }
        double[] widths = new double[g.edges.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = strokeWidth(g.edges.get(i), volumes, maxVolume);
        }
        List<List<Piece>> content = new ArrayList<>();
        double[] nodeY = new double[g.nodeCount];
        double[] nodeH = new double[g.nodeCount];
        double[] demand = portDemand(g, widths);
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
            if (g.inLoop.get(v)) {
                p.add(Canvas.piece("jk-loop-text", "\u21bb in a loop", nodeInner, Canvas.SMALL, false, 1));
            }
            content.add(p);
            nodeH[v] = Math.max(Canvas.height(p) + 2 * Canvas.PAD, demand[v] + 2 * PORT_MARGIN);
        }

        // node positions, from the top of the graph (moved down below the heads later)
        double bottomRel = 0;
        double vGap = Marks.spaceAbove(settings, V_GAP);
        // with findings, a box keeps room for badges above it even when a gap (dummy) lies between,
        // counted from the lower edge of the widest line through the gap (a thick line is wider than the gap)
        double badgeRoom = settings.marks().isEmpty() ? Double.NEGATIVE_INFINITY : vGap;
        double[] through = new double[g.nodeCount];
        for (int i = 0; i < g.edges.size(); i++) {
            int[] route = g.edges.get(i).route;
            for (int k = 1; k < route.length - 1; k++) {
                through[route[k]] = Math.max(through[route[k]], widths[i]);
            }
        }
        for (int l = 0; l < layers; l++) {
            double cy = 0;
            double lastBottom = Double.NEGATIVE_INFINITY;
            boolean prevDummy = true;
            for (int v : g.order[l]) {
                if (g.isDummy(v)) {
                    cy += DUMMY_GAP;
                    nodeY[v] = cy;
                    nodeH[v] = DUMMY_H;
                    cy += DUMMY_H;
                    // a box below keeps its badges clear of the line through the gap too
                    lastBottom = Math.max(cy, cy - DUMMY_H / 2 + through[v] / 2);
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
            bottomRel = Math.max(bottomRel, cy);
        }

        // arcs in a column get lanes, arrows get ports; the gaps between columns make room for the arcs
        int[] belowLane = belowLanes(g);
        double[] extent = lanes(g, nodeY, nodeH, widths);
        double[][] ports = ports(g, nodeY, nodeH, widths, extent, belowLane);
        double[] reachRight = new double[Math.max(1, layers)];
        double[] reachLeft = new double[Math.max(1, layers)];
        for (int i = 0; i < g.edges.size(); i++) {
            Edge e = g.edges.get(i);
            int l = g.layerOf[e.from];
            if (e.type == Kind.SAME_STAGE || e.type == Kind.SELF) {
                reachRight[l] = Math.max(reachRight[l], extent[i] + overshoot(extent[i], widths[i]) + widths[i] / 2);
            } else if (e.type == Kind.BACKWARD && l == g.layerOf[e.to]) {
                reachLeft[l] = Math.max(reachLeft[l], extent[i] + overshoot(extent[i], widths[i]) + widths[i] / 2);
            }
        }
        double[] colX = new double[Math.max(1, layers)];
        double contentX = MARGIN + Math.max(SIDE, reachLeft[0] + 8);
        colX[0] = contentX;
        for (int l = 1; l < layers; l++) {
            colX[l] = colX[l - 1] + NODE_W + Math.max(COL_GAP, reachRight[l - 1] + reachLeft[l] + MID_ROOM);
        }
        double graphRight = layers == 0 ? contentX + NODE_W : colX[layers - 1] + NODE_W;
        double rightSide = Math.max(SIDE, reachRight[Math.max(0, layers - 1)] + 8);
        double width = Math.max(560, graphRight + rightSide + MARGIN);
        double inner = width - 2 * MARGIN;

        double y = c.viewHeader(map, "Flow", "steps by stage, transitions as arrows", MARGIN, MARGIN, inner)
                + Marks.spaceAbove(settings, 16);

        // stage heads
        double headH = 0;
        List<List<Piece>> heads = new ArrayList<>();
        for (Stage stage : map.stages()) {
            List<Piece> p = List.of(Canvas.piece("jk-head", stage.name(), nodeInner, Canvas.HEAD, true, lines));
            heads.add(p);
            headH = Math.max(headH, Canvas.height(p) + 2 * Canvas.PAD);
        }
        for (int l = 0; l < layers; l++) {
            Stage stage = map.stages().get(l);
            double x = colX[l];
            Box box = c.box("stage:" + stage.id(), "stage", "jk-stage", settings.id("stage", stage.id()), x, y,
                    NODE_W, headH, 4);
            c.layout.shows(stage.id(), box);
            c.pieces(box, heads.get(l), x + Canvas.PAD, y + Canvas.PAD);
        }
        double top = y + headH + 24;
        for (int v = 0; v < g.nodeCount; v++) {
            nodeY[v] += top;
        }
        double bottom = top + bottomRel;

        // edges first, so boxes cover them
        c.svg.open("g").attr("class", "jk-edges").end(true);
        int lanes = 0;
        for (int i = 0; i < g.edges.size(); i++) {
            Edge e = g.edges.get(i);
            edge(c, g, e, colX, nodeY, nodeH, widths[i], extent[i], map, bottom, belowLane[i], ports[0][i],
                    ports[1][i]);
            lanes += routedBelow(g, e) ? 1 : 0;
        }
        c.svg.closing("g");
        if (lanes > 0) {
            bottom += LANE_TOP + (lanes - 1) * LANE_GAP + 4;
        }

        for (int v = 0; v < g.stepCount; v++) {
            Step step = g.steps.get(v);
            double x = colX[g.layerOf[v]];
            String cls = (step instanceof Touchpoint ? "jk-node" : "jk-node-moment") + (g.inLoop.get(v) ? " jk-node-loop" : "");
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
        String desc = "Flow of '" + map.title() + "', " + c.scope(map) + ": " + map.steps().size() + " steps in "
                + map.stages().size() + " stages, " + map.transitions().size() + " transitions.";
        return new Drawing(c.layout, Document.assemble(c, "flow", map.title() + " - flow", desc, markers(settings)));
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

    /**
     * A line as segments (M, L, C), giving its path data and its points (curves sampled), for the
     * layout's routes; its end can be pulled back to leave room for a drawn arrowhead.
     */
    private static final class Trace {
        /** Each segment: {type ('M', 'L' or 'C'), coordinates...}. */
        private final List<double[]> segments = new ArrayList<>();
        private double x;
        private double y;

        Trace move(double px, double py) {
            segments.add(new double[] {'M', px, py});
            x = px;
            y = py;
            return this;
        }

        Trace line(double px, double py) {
            segments.add(new double[] {'L', px, py});
            x = px;
            y = py;
            return this;
        }

        Trace curve(double x1, double y1, double x2, double y2, double px, double py) {
            segments.add(new double[] {'C', x1, y1, x2, y2, px, py});
            x = px;
            y = py;
            return this;
        }

        /** A quarter turn: a quadratic corner through (cx, cy), drawn as a cubic. */
        Trace corner(double cx, double cy, double px, double py) {
            return curve(x + 2.0 / 3 * (cx - x), y + 2.0 / 3 * (cy - y), px + 2.0 / 3 * (cx - px),
                    py + 2.0 / 3 * (cy - py), px, py);
        }

        /**
         * Pulls the end back by {@code length} along the direction the line arrives in; returns {tip x, tip y,
         * unit direction x, unit direction y}, the tip being the old end.
         */
        double[] pullBack(double length) {
            double[] last = segments.get(segments.size() - 1);
            int n = last.length;
            double fromX = n == 7 ? last[3] : previousX();
            double fromY = n == 7 ? last[4] : previousY();
            double tipX = last[n - 2];
            double tipY = last[n - 1];
            double dx = tipX - fromX;
            double dy = tipY - fromY;
            double len = Math.hypot(dx, dy);
            if (len < 1e-9) {
                dx = 1;
                dy = 0;
            } else {
                dx /= len;
                dy /= len;
            }
            double pull = Math.min(length, Math.max(0, len - 1));
            // the new end lies on the line from the last control point to the tip: same direction
            last[n - 2] -= dx * pull;
            last[n - 1] -= dy * pull;
            return new double[] {tipX, tipY, dx, dy};
        }

        private double previousX() {
            double[] prev = segments.get(segments.size() - 2);
            return prev[prev.length - 2];
        }

        private double previousY() {
            double[] prev = segments.get(segments.size() - 2);
            return prev[prev.length - 1];
        }

        String d() {
            StringBuilder d = new StringBuilder();
            for (double[] seg : segments) {
                if (seg.length == 7) {
                    SvgWriter.d(d, 'C', seg[1], seg[2], seg[3], seg[4], seg[5], seg[6]);
                } else {
                    SvgWriter.d(d, (char) seg[0], seg[1], seg[2]);
                }
            }
            return d.toString();
        }

        List<double[]> points() {
            int size = 1; // room for a drawn head's tip
            for (double[] seg : segments) {
                size += seg.length == 7 ? 16 : 1;
            }
            List<double[]> points = new ArrayList<>(size);
            double cx = 0;
            double cy = 0;
            for (double[] seg : segments) {
                if (seg.length == 7) {
                    for (int i = 1; i <= 16; i++) {
                        double t = i / 16.0;
                        double u = 1 - t;
                        points.add(new double[] {
                                u * u * u * cx + 3 * u * u * t * seg[1] + 3 * u * t * t * seg[3] + t * t * t * seg[5],
                                u * u * u * cy + 3 * u * u * t * seg[2] + 3 * u * t * t * seg[4] + t * t * t * seg[6]});
                    }
                    cx = seg[5];
                    cy = seg[6];
                } else {
                    points.add(new double[] {seg[1], seg[2]});
                    cx = seg[1];
                    cy = seg[2];
                }
            }
            return points;
        }
    }

    /** Whether a backward edge jumps over at least one stage column, and so is routed below the steps. */
    static boolean routedBelow(FlowGraph g, Edge e) {
        return e.type == Kind.BACKWARD && g.layerOf[e.from] - g.layerOf[e.to] >= 2;
    }

    static final double LANE_TOP = 18;
    static final double LANE_GAP = 10;
    static final double CORNER = 8;

    /** Least distance between the middles of two line ends at one side of a box. */
    static final double PORT_GAP = 6;
    /** Free space between two line ends at one side of a box, on top of their half widths. */
    static final double PORT_AIR = 2;
    /** Room kept free at the top and the bottom of a side, outside the line ends. */
    static final double PORT_MARGIN = 4;
    /** Free space between two arcs of one column side, on top of their half widths. */
    static final double ARC_AIR = 3;
    /** How far a self-loop reaches out of its box at the least. */
    static final double SELF_REACH = 22.5;
    /** Room kept free in the middle of a gap between columns, between the arcs of its two sides. */
    static final double MID_ROOM = 48;

    static double strokeWidth(Edge e, boolean volumes, long maxVolume) {
        double w = volumes ? (e.hasVolume ? 1.0 + 7.0 * Math.sqrt((double) e.volume / Math.max(1, maxVolume)) : 1.0)
                : 1.6;
        if (e.type == Kind.BACKWARD) {
            w = Math.max(w, 2.2); // dotted: the dots need some width to show
        }
        return Math.round(w * 10) / 10.0; // as written, so that what is drawn is what was laid out
    }

    /** Lines wider than this get a drawn arrowhead scaled to them instead of the fixed marker. */
    static final double THICK = 3;

    static boolean thick(double w) {
        return w > THICK;
    }

    /** The width of a drawn arrowhead at its base: 3 px out of the line on each side. */
    static double headWidth(double w) {
        return w + 6;
    }

    static double headLength(double w) {
        return 0.9 * headWidth(w);
    }

    /**
     * The height a line end of width {@code w} takes at the side of a box: an arrowhead ({@code tip})
     * of a thick line takes its head's width and 1 px.
     */
    static double slot(double w, boolean tip) {
        return Math.max(PORT_GAP, tip && thick(w) ? headWidth(w) + 1 : w + PORT_AIR);
    }

    /** Whether the start (or end) of an edge meets the right side of its box (else the left side). */
    private static boolean onRight(FlowGraph g, Edge e, boolean start) {
        return switch (e.type) {
            case FORWARD -> start;
            case SAME_STAGE, SELF -> true;
            case BACKWARD -> !start && g.layerOf[e.from] != g.layerOf[e.to];
        };
    }

    /** The heights the line ends need at the busier side of each step. */
    static double[] portDemand(FlowGraph g, double[] widths) {
        double[] right = new double[g.stepCount];
        double[] left = new double[g.stepCount];
        double[] demand = new double[g.stepCount];
        for (int i = 0; i < g.edges.size(); i++) {
            Edge e = g.edges.get(i);
            (onRight(g, e, true) ? right : left)[e.from] += slot(widths[i], false);
            (onRight(g, e, false) ? right : left)[e.to] += slot(widths[i], true);
        }
        for (int v = 0; v < g.stepCount; v++) {
            demand[v] = Math.max(right[v], left[v]);
        }
        return demand;
    }

    /** The lane of each backward edge routed below the steps, in edge order; -1 for the others. */
    static int[] belowLanes(FlowGraph g) {
        int[] lane = new int[g.edges.size()];
        int next = 0;
        for (int i = 0; i < lane.length; i++) {
            lane[i] = routedBelow(g, g.edges.get(i)) ? next++ : -1;
        }
        return lane;
    }

    /**
     * How far each arc that stays in its column (same-stage arcs and self-loops to the right,
     * backward arcs within a stage to the left) reaches out of the column; 0 for other edges.
     * Arcs of one side are placed shortest first, each outside every arc placed before whose
     * vertical span overlaps its own, by their half stroke widths and {@link #ARC_AIR}: so arcs
     * of one side never run on top of each other, and a longer arc goes round a shorter one.
     */
    static double[] lanes(FlowGraph g, double[] nodeY, double[] nodeH, double[] widths) {
        int n = g.edges.size();
        double[] extent = new double[n];
        // key: layer * 2 (+1 for the left side)
        java.util.Map<Integer, List<Integer>> sides = new java.util.TreeMap<>();
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] outer = new double[n];
        for (int i = 0; i < n; i++) {
            Edge e = g.edges.get(i);
            int l = g.layerOf[e.from];
            boolean arc = e.type == Kind.SAME_STAGE || e.type == Kind.SELF
                    || (e.type == Kind.BACKWARD && l == g.layerOf[e.to]);
            if (!arc) {
                continue;
            }
            double a = nodeY[e.from] + nodeH[e.from] / 2;
            double b = nodeY[e.to] + nodeH[e.to] / 2;
            // a self-loop takes a little span, so that every arc past or to its box goes round it
            lo[i] = Math.min(a, b) - (e.type == Kind.SELF ? 1 : 0);
            hi[i] = Math.max(a, b) + (e.type == Kind.SELF ? 1 : 0);
            sides.computeIfAbsent(l * 2 + (e.type == Kind.BACKWARD ? 1 : 0), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> arcs : sides.values()) {
            arcs.sort(java.util.Comparator.<Integer>comparingDouble(i -> hi[i] - lo[i]).thenComparingInt(i -> i));
            // arcs placed so far by their tops: one no longer than arc i overlaps it only if its top
            // lies within a span of i above i's top, so only those are looked at
            java.util.TreeMap<Double, List<Integer>> placed = new java.util.TreeMap<>();
            for (int i : arcs) {
                double span = hi[i] - lo[i];
                double reach = g.edges.get(i).type == Kind.SELF ? SELF_REACH : Math.min(36, 13.5 + 0.06 * span);
                for (List<Integer> near : placed.subMap(lo[i] - span, false, hi[i], false).values()) {
                    for (int o : near) {
                        if (lo[o] < hi[i] && lo[i] < hi[o]) {
                            reach = Math.max(reach, outer[o] + (widths[o] + widths[i]) / 2 + ARC_AIR);
                        }
                    }
                }
                extent[i] = reach;
                outer[i] = reach + overshoot(reach, widths[i]);
                placed.computeIfAbsent(lo[i], k -> new ArrayList<>()).add(i);
            }
        }
        return extent;
    }

    /**
     * How much farther than {@code extent} an arc of width {@code w} reaches because a thick line
     * ends before its drawn head (its curve ends that much out of the column).
     */
    static double overshoot(double extent, double w) {
        if (!thick(w)) {
            return 0;
        }
        double b = extent / 0.75;
        double p = headLength(w);
        double most = 0;
        for (int k = 0; k <= 64; k++) {
            double t = k / 64.0;
            most = Math.max(most, 3 * t * (1 - t) * b + t * t * t * p);
        }
        return Math.max(0, most - extent);
    }

    /**
     * Where every arrow leaves and meets its steps, as offsets from the middle of the side:
     * {start offsets, end offsets} by edge index. All line ends at one side of a box are stacked,
     * each taking {@link #slot} of the height, so no two arrowheads meet and thick lines do not
     * overlap. From the top: arcs up the column (inner first), arrows coming from or going to the
     * upper left or right, self-loops, arrows between columns in the order of their other ends'
     * heights (so two personas' arrows between the same steps run side by side), arrows routed
     * below the steps, arcs down the column (inner last).
     */
    static double[][] ports(FlowGraph g, double[] nodeY, double[] nodeH, double[] widths, double[] extent,
                            int[] belowLane) {
        int n = g.edges.size();
        double[][] offsets = new double[2][n];
        // key: node * 2 (+1 for the left side); value: {edge, 0 start | 1 end, group, order key}
        java.util.Map<Integer, List<double[]>> sides = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            Edge e = g.edges.get(i);
            for (int end = 0; end < 2; end++) {
                boolean start = end == 0;
                int v = start ? e.from : e.to;
                int other = start ? e.to : e.from;
                double cy = nodeY[v] + nodeH[v] / 2;
                double otherY = nodeY[other] + nodeH[other] / 2;
                int group;
                double key;
                switch (e.type) {
                    case FORWARD -> {
                        int next = start ? e.route[1] : e.route[e.route.length - 2];
                        group = 3;
                        key = nodeY[next] + nodeH[next] / 2;
                    }
                    case SELF -> {
                        group = 2;
                        key = end;
                    }
                    case SAME_STAGE -> {
                        boolean up = otherY < cy;
                        group = up ? 0 : 5;
                        key = up ? extent[i] : -extent[i];
                    }
                    default -> {
                        if (g.layerOf[e.from] == g.layerOf[e.to]) {
                            boolean up = otherY < cy;
                            group = up ? 0 : 5;
                            key = up ? extent[i] : -extent[i];
                        } else if (belowLane[i] < 0) {
                            group = 1;
                            key = otherY;
                        } else {
                            group = 4;
                            key = -(belowLane[i] % 4);
                        }
                    }
                }
                sides.computeIfAbsent(v * 2 + (onRight(g, e, start) ? 0 : 1), k -> new ArrayList<>())
                        .add(new double[] {i, end, group, key});
            }
        }
        for (List<double[]> ends : sides.values()) {
            ends.sort(java.util.Comparator.<double[]>comparingDouble(a -> a[2]).thenComparingDouble(a -> a[3])
                    .thenComparingDouble(a -> a[0]).thenComparingDouble(a -> a[1]));
            double total = 0;
            for (double[] end : ends) {
                total += slot(widths[(int) end[0]], end[1] == 1);
            }
            double at = -total / 2;
            for (double[] end : ends) {
                double s = slot(widths[(int) end[0]], end[1] == 1);
                offsets[(int) end[1]][(int) end[0]] = at + s / 2;
                at += s;
            }
        }
        return offsets;
    }

    private static void edge(Canvas c, FlowGraph g, Edge e, double[] colX, double[] nodeY, double[] nodeH,
                             double strokeWidth, double extent, JourneyMap map, double bottom, int lane,
                             double startPort, double endPort) {
        Trace path = new Trace();
        int from = e.from;
        int to = e.to;
        double fromL = colX[g.layerOf[from]];
        double toL = colX[g.layerOf[to]];
        double fy = nodeY[from] + nodeH[from] / 2 + startPort;
        double ty = nodeY[to] + nodeH[to] / 2 + endPort;
        String cls;
        String arrow;
        String kind;
        // an arc whose control points lie `bulge` out of the column reaches 3/4 of that
        double bulge = extent / 0.75;
        switch (e.type) {
            case FORWARD -> {
                double px = fromL + NODE_W;
                double py = fy;
                path.move(px, py);
                for (int k = 1; k < e.route.length; k++) {
                    int v = e.route[k];
                    double vx = colX[g.layerOf[v]];
                    double vy = k == e.route.length - 1 ? ty : nodeY[v] + nodeH[v] / 2;
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
                kind = "forward";
            }
            case SAME_STAGE -> {
                double x = fromL + NODE_W;
                path.move(x, fy).curve(x + bulge, fy, x + bulge, ty, x, ty);
                cls = "jk-edge";
                arrow = "";
                kind = "same-stage";
            }
            case BACKWARD -> {
                if (g.layerOf[from] == g.layerOf[to]) {
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
                kind = "back";
            }
            default -> {
                double x = fromL + NODE_W;
                path.move(x, fy).curve(x + bulge, fy - 16, x + bulge, ty + 16, x, ty);
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
        // a thick line ends where its own head, scaled to it, begins; a thin one has the marker
        double[] head = thick(strokeWidth) ? path.pullBack(headLength(strokeWidth)) : null;
        List<double[]> points = path.points();
        if (head != null) {
            points.add(new double[] {head[0], head[1]});
        }
        c.layout.add(new Layout.Route("t:" + e.firstIndex, kind, strokeWidth, points));
        SvgWriter svg = c.svg;
        String id = c.settings.id("t", Integer.toString(e.firstIndex));
        svg.open("path").attr("id", id).attr("class", cls).attr("d", path.d()).attr("stroke-width", strokeWidth);
        if (head == null) {
            svg.attr("marker-end", "url(#" + arrowId(c.settings, arrow) + ")");
        }
        svg.end(false);
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
        if (head != null) {
            double half = headWidth(strokeWidth) / 2;
            double len = headLength(strokeWidth);
            double bx = head[0] - head[2] * len;
            double by = head[1] - head[3] * len;
            StringBuilder hd = new StringBuilder();
            SvgWriter.d(hd, 'M', head[0], head[1]);
            SvgWriter.d(hd, 'L', bx - head[3] * half, by + head[2] * half);
            SvgWriter.d(hd, 'L', bx + head[3] * half, by - head[2] * half);
            hd.append('Z');
            svg.open("path").attr("class", "jk-arrow" + arrow).attr("d", hd.toString()).close();
        }
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
