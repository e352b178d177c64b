package dev.journeykit.render.svg.internal;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import dev.journeykit.core.observe.Observation;
import dev.journeykit.render.svg.internal.Canvas.Piece;
import dev.journeykit.render.svg.internal.FlowGraph.Edge;
import dev.journeykit.render.svg.internal.FlowGraph.Kind;
import dev.journeykit.render.svg.internal.Layout.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * Where everything of the flow view goes, computed once and apart from drawing it: the stroke
 * width of every edge, the text and size of every box, the columns, the order and height of the
 * boxes, the lanes of the arcs, the ports of the line ends, the line of every edge and, with
 * observations, the place of every count label. {@link FlowView} draws it.
 *
 * <p>Made in two steps: {@link #FlowLayout} lays the graph out relative to its top (its width is
 * then known, so the view can draw its header), {@link #place} puts it below the header and routes
 * the edges.
 *
 * <p>Complexity, for N nodes (steps and dummies) and E edges: O(N + E log E) without observations.
 * The boxes, columns, routes and lanes below the steps take one pass; the ports of a box are
 * sorted (O(E log E) over all boxes); the arcs of a column side get their lanes in O(A log A) for
 * A arcs of one stroke width ({@link #lanes}), so a map where thousands of flows enter one step
 * is laid out in time that grows with its flows. With observations, each count label is tried
 * at points of its line from the middle outwards ({@link DenseLine}, computed as tried), and each
 * try is checked against the boxes and labels in its own cells of a {@link BoxGrid}: a label that
 * fits near the middle of its line costs O(1) tries, one that fits nowhere tries nine places at
 * every 4 px of its line before it goes to the rows below the graph.
 */
final class FlowLayout {

    static final double MARGIN = 24;
    static final double SIDE = 56;
    static final double NODE_W = 170;
    static final double COL_GAP = 120;
    /** The gap between columns with observations: room for the count labels. */
    static final double OBSERVED_COL_GAP = 150;
    static final double V_GAP = 18;
    static final double DUMMY_H = 4;
    static final double DUMMY_GAP = 6;

    final JourneyMap map;
    final FlowGraph g;
    final Settings settings;
    /** The observations drawn, or null. */
    final Observation observed;
    /** With observations: the customers of each step the observations know, by step id. */
    private final java.util.Map<String, Long> customersByStep;
    final double[] widths;
    final boolean volumes;
    final long maxVolume;
    /** The most often observed edge's count (with observations). */
    final long maxObserved;
    /** The text of every step box and of every stage head. */
    final List<List<Piece>> content = new ArrayList<>();
    final List<List<Piece>> heads = new ArrayList<>();
    final double headH;
    final double[] nodeY;
    final double[] nodeH;
    final int[] belowLane;
    final double[] extent;
    final double[][] ports;
    final double[] colX;
    final double width;
    final double inner;
    private final double bottomRel;

    /** Set by {@link #place}: the top of the stage heads, of the boxes, and the bottom of the graph (lanes included). */
    double headY;
    double top;
    double bottom;
    /** Set by {@link #place}: the line of every edge, and its drawn head ({tip x, tip y, dx, dy}) or null. */
    FlowTrace[] traces;
    double[][] tips;
    /** Set by {@link #place}: the count labels, with observations. */
    final List<EdgeLabel> labels = new ArrayList<>();

    /** A count label of edge {@code edge}: its text and the plate it sits on. */
    record EdgeLabel(int edge, String text, Box plate) {
    }

    FlowLayout(JourneyMap map, FlowGraph g, Settings settings, Observation observed) {
        this.map = map;
        this.g = g;
        this.settings = settings;
        this.observed = observed;
        this.customersByStep = observed == null ? java.util.Map.of() : Observations.customersByStep(observed);
        long maxV = 0;
        long maxO = 0;
        boolean vols = false;
        for (Edge e : g.edges) {
            if (e.hasVolume) {
                vols = true;
                maxV = Math.max(maxV, e.volume);
            }
            maxO = Math.max(maxO, e.observed);
        }
        volumes = vols;
        maxVolume = maxV;
        maxObserved = maxO;
        widths = new double[g.edges.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = observed == null ? strokeWidth(g.edges.get(i), volumes, maxVolume)
                    : observedWidth(g.edges.get(i).observed, maxObserved);
        }
        nodeY = new double[g.nodeCount];
        nodeH = new double[g.nodeCount];
        sizeBoxes();
        bottomRel = stackBoxes();
        // arcs in a column get lanes, arrows get ports; the gaps between columns make room for the arcs
        belowLane = belowLanes(g);
        extent = lanes(g, nodeY, nodeH, widths);
        ports = ports(g, nodeY, nodeH, widths, extent, belowLane);
        colX = new double[Math.max(1, g.layers)];
        width = placeColumns();
        inner = width - 2 * MARGIN;
        headH = stageHeads();
    }

    /** The text of every step box and its height: at least as high as the arrows at one side need. */
    private void sizeBoxes() {
        double nodeInner = NODE_W - 2 * Canvas.PAD;
        int lines = settings.maxTextLines();
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
            if (observed != null) {
                p.add(Observations.customersPiece(customers(step.id()), nodeInner));
            }
            content.add(p);
            nodeH[v] = Math.max(Canvas.height(p) + 2 * Canvas.PAD, demand[v] + 2 * PORT_MARGIN);
        }
    }

    /**
     * Stacks the boxes and the gaps of each column in its order, from the top of the graph (moved
     * below the heads by {@link #place}); returns the bottom of the highest column.
     */
    private double stackBoxes() {
        double bottomR = 0;
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
        for (int l = 0; l < g.layers; l++) {
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
            bottomR = Math.max(bottomR, cy);
        }
        return bottomR;
    }

    /**
     * The x of every column: each gap as wide as the arcs on its two sides need (and, with
     * observations, the outer sides as wide as the labels of the arcs there); returns the width.
     */
    private double placeColumns() {
        int layers = g.layers;
        double[] reachRight = new double[Math.max(1, layers)];
        double[] reachLeft = new double[Math.max(1, layers)];
        double leftLabels = 0;
        double rightLabels = 0;
        for (int i = 0; i < g.edges.size(); i++) {
            Edge e = g.edges.get(i);
            int l = g.layerOf[e.from];
            if (e.type == Kind.SAME_STAGE || e.type == Kind.SELF) {
                reachRight[l] = Math.max(reachRight[l], extent[i] + overshoot(extent[i], widths[i]) + widths[i] / 2);
            } else if (e.type == Kind.BACKWARD && l == g.layerOf[e.to]) {
                reachLeft[l] = Math.max(reachLeft[l], extent[i] + overshoot(extent[i], widths[i]) + widths[i] / 2);
            }
            if (e.observed > 0 && (e.type == Kind.SAME_STAGE || e.type == Kind.SELF) && l == layers - 1) {
                rightLabels = Math.max(rightLabels, labelWidth(e) + 4);
            } else if (e.observed > 0 && e.type == Kind.BACKWARD && l == 0 && g.layerOf[e.to] == 0) {
                leftLabels = Math.max(leftLabels, labelWidth(e) + 4);
            }
        }
        double colGap = observed == null ? COL_GAP : OBSERVED_COL_GAP;
        double contentX = MARGIN + Math.max(SIDE, reachLeft[0] + 8 + leftLabels);
        colX[0] = contentX;
        for (int l = 1; l < layers; l++) {
            colX[l] = colX[l - 1] + NODE_W + Math.max(colGap, reachRight[l - 1] + reachLeft[l] + MID_ROOM);
        }
        double graphRight = layers == 0 ? contentX + NODE_W : colX[layers - 1] + NODE_W;
        double rightSide = Math.max(SIDE, reachRight[Math.max(0, layers - 1)] + 8 + rightLabels);
        return Math.max(560, graphRight + rightSide + MARGIN);
    }

    /** The text of every stage head; returns their height (the tallest one's). */
    private double stageHeads() {
        double nodeInner = NODE_W - 2 * Canvas.PAD;
        double hh = 0;
        for (Stage stage : map.stages()) {
            List<Piece> p = new ArrayList<>();
            p.add(Canvas.piece("jk-head", stage.name(), nodeInner, Canvas.HEAD, true, settings.maxTextLines()));
            if (observed != null) {
                p.add(Canvas.piece("jk-observed-text", Observations.reached(observed, stage.id()), nodeInner,
                        Canvas.SMALL, true, 2));
            }
            heads.add(List.copyOf(p));
            hh = Math.max(hh, Canvas.height(p) + 2 * Canvas.PAD);
        }
        return hh;
    }

    /** The customers who had an event at a step (0 when the observations do not know it). */
    long customers(String stepId) {
        return customersByStep.getOrDefault(stepId, 0L);
    }

    /**
     * Puts the stage heads at {@code headTop} and the boxes below them, routes every edge and,
     * with observations, places the count labels.
     */
    void place(double headTop) {
        headY = headTop;
        top = headTop + headH + 24;
        for (int v = 0; v < g.nodeCount; v++) {
            nodeY[v] += top;
        }
        bottom = top + bottomRel;
        traces = new FlowTrace[g.edges.size()];
        tips = new double[g.edges.size()][];
        int lanes = 0;
        for (int i = 0; i < g.edges.size(); i++) {
            route(i);
            lanes += routedBelow(g, g.edges.get(i)) ? 1 : 0;
        }
        if (lanes > 0) {
            bottom += LANE_TOP + (lanes - 1) * LANE_GAP + 4;
        }
        if (observed != null) {
            placeLabels();
        }
    }

    /** The box of step {@code v} (by node index). */
    Box nodeBox(int v) {
        return new Box("step:" + g.steps.get(v).id(), "node", colX[g.layerOf[v]], nodeY[v], NODE_W, nodeH[v]);
    }

    /** The head of stage {@code l}. */
    Box headBox(int l) {
        return new Box("stage:" + map.stages().get(l).id(), "stage", colX[l], headY, NODE_W, headH);
    }

    /** The line of edge {@code i}, and its drawn head when the line is thick. */
    private void route(int i) {
        Edge e = g.edges.get(i);
        FlowTrace path = new FlowTrace();
        int from = e.from;
        int to = e.to;
        double fromL = colX[g.layerOf[from]];
        double toL = colX[g.layerOf[to]];
        double fy = nodeY[from] + nodeH[from] / 2 + ports[0][i];
        double ty = nodeY[to] + nodeH[to] / 2 + ports[1][i];
        // an arc whose control points lie `bulge` out of the column reaches 3/4 of that
        double bulge = extent[i] / 0.75;
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
            }
            case SAME_STAGE -> {
                double x = fromL + NODE_W;
                path.move(x, fy).curve(x + bulge, fy, x + bulge, ty, x, ty);
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
                    int lane = belowLane[i];
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
            }
            default -> {
                double x = fromL + NODE_W;
                path.move(x, fy).curve(x + bulge, fy - 16, x + bulge, ty + 16, x, ty);
            }
        }
        // a thick line ends where its own head, scaled to it, begins; a thin one has the marker
        tips[i] = thick(widths[i]) ? path.pullBack(headLength(widths[i])) : null;
        traces[i] = path;
    }

    /** The points of edge {@code i}'s line, curves sampled, the tip of a drawn head last. */
    List<double[]> points(int i) {
        List<double[]> points = traces[i].points();
        if (tips[i] != null) {
            points.add(new double[] {tips[i][0], tips[i][1]});
        }
        return points;
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

    /**
     * The stroke width of an edge customers took {@code count} times, the most taken one {@code max}
     * times: 1.2 for a designed edge nobody took, else from 2.2 up to 9 with the square root of the
     * count (so a width never falls as its count grows), to one decimal as written.
     */
    static double observedWidth(long count, long max) {
        if (count <= 0) {
            return 1.2;
        }
        return Math.round((2.2 + 6.8 * Math.sqrt((double) count / Math.max(1, max))) * 10) / 10.0;
    }

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
     *
     * <p>O(A log A · W) for the A arcs of a side with W distinct stroke widths among them (one
     * width without volumes or observations; at most 81, the widths being tenths from 1 to 9):
     * the arcs placed so far are kept in an {@link IntervalMax} per width, which gives the
     * outermost placed arc of that width across a span in O(log A). The reach so found is the one
     * a pairwise check of every placed arc gives, to the bit: for one width the sum that makes
     * it grows with the placed arc's outer edge, so the outermost arc gives the largest.
     */
    static double[] lanes(FlowGraph g, double[] nodeY, double[] nodeH, double[] widths) {
        int n = g.edges.size();
        double[] extent = new double[n];
        // key: layer * 2 (+1 for the left side)
        java.util.Map<Integer, List<Integer>> sides = new java.util.TreeMap<>();
        double[] lo = new double[n];
        double[] hi = new double[n];
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
            // the arcs of each width, by their outer edges once placed
            java.util.Map<Double, double[]> ends = new java.util.TreeMap<>();
            java.util.Map<Double, Integer> counts = new java.util.TreeMap<>();
            for (int i : arcs) {
                counts.merge(widths[i], 1, Integer::sum);
            }
            for (int i : arcs) {
                double[] at = ends.computeIfAbsent(widths[i], w -> new double[2 * counts.get(w)]);
                int k = counts.merge(widths[i], -1, Integer::sum);
                at[2 * k] = lo[i];
                at[2 * k + 1] = hi[i];
            }
            double[] classWidth = new double[ends.size()];
            IntervalMax[] placed = new IntervalMax[ends.size()];
            int c = 0;
            for (java.util.Map.Entry<Double, double[]> byWidth : ends.entrySet()) {
                classWidth[c] = byWidth.getKey();
                placed[c++] = new IntervalMax(byWidth.getValue());
            }
            for (int i : arcs) {
                double span = hi[i] - lo[i];
                double reach = g.edges.get(i).type == Kind.SELF ? SELF_REACH : Math.min(36, 13.5 + 0.06 * span);
                int mine = -1;
                for (int w = 0; w < placed.length; w++) {
                    if (classWidth[w] == widths[i]) {
                        mine = w;
                    }
                    // no placed arc of this width reaches far enough to matter
                    if (placed[w].max() + (classWidth[w] + widths[i]) / 2 + ARC_AIR <= reach) {
                        continue;
                    }
                    double outer = placed[w].max(lo[i], hi[i]);
                    if (outer != Double.NEGATIVE_INFINITY) {
                        reach = Math.max(reach, outer + (classWidth[w] + widths[i]) / 2 + ARC_AIR);
                    }
                }
                extent[i] = reach;
                placed[mine].add(lo[i], hi[i], reach + overshoot(reach, widths[i]));
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


    /** Height of a count label's plate. */
    static final double LABEL_H = 14;
    /** Room kept free beside a box's sides for the arrowheads. */
    static final double LABEL_SIDE_AIR = 10;

    /** The text of edge {@code e}'s count label: {@code 1,234 · 45%}, undesigned ones say so first. */
    static String labelText(Edge e) {
        String text = Counts.count(e.observed) + " \u00b7 " + Counts.share(e.share);
        return e.undesigned ? "not in map: " + text : text;
    }

    /** The width of edge {@code e}'s label plate. */
    static double labelWidth(Edge e) {
        return TextMetrics.width(SvgWriter.clean(labelText(e)), Canvas.SMALL, true) + 8;
    }

    /**
     * Places a label on every edge customers took, the most taken first: on the line, at the point
     * nearest its middle where the plate touches no box (nor the room beside its sides that arrowheads
     * take, nor the room above it that badges take), no stage head and no label placed before; a
     * label that finds no such point goes to a row below the graph and names its steps.
     */
    private void placeLabels() {
        BoxGrid obstacles = obstacles();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < g.edges.size(); i++) {
            if (g.edges.get(i).observed > 0) {
                order.add(i);
            }
        }
        order.sort(java.util.Comparator.<Integer>comparingLong(i -> -g.edges.get(i).observed)
                .thenComparingInt(i -> i));
        List<Integer> unplaced = new ArrayList<>();
        for (int i : order) {
            Box plate = plateOnLine(i, obstacles);
            if (plate == null) {
                unplaced.add(i);
                continue;
            }
            obstacles.add(plate);
            labels.add(new EdgeLabel(i, labelText(g.edges.get(i)), plate));
        }
        rowsBelow(unplaced);
    }

    /** What a label on a line must not touch: the steps with the room beside and above them, and the stage heads. */
    private BoxGrid obstacles() {
        BoxGrid obstacles = new BoxGrid();
        double above = settings.marks().isEmpty() ? 0 : Marks.CLEARANCE;
        for (int v = 0; v < g.stepCount; v++) {
            Box b = nodeBox(v);
            obstacles.add(new Box(b.key(), "obstacle", b.x() - LABEL_SIDE_AIR, b.y() - above,
                    b.w() + 2 * LABEL_SIDE_AIR, b.h() + above));
        }
        for (int l = 0; l < g.layers; l++) {
            Box b = headBox(l);
            obstacles.add(new Box(b.key(), "obstacle", b.x(), b.y() - above, b.w(), b.h() + above));
        }
        return obstacles;
    }

    /** The first free place for edge i's label on its line, or null when there is none. */
    private Box plateOnLine(int i, BoxGrid obstacles) {
        double w = labelWidth(g.edges.get(i));
        // centred on the line, else beside it: its left or right end at the line, or just above or below it
        double lift = LABEL_H / 2 + widths[i] / 2 + 2;
        double[][] offsets = {{-0.5, 0}, {0, 0}, {-1, 0}, {-0.5, -lift}, {-0.5, lift}, {0, -lift}, {0, lift},
            {-1, -lift}, {-1, lift}};
        DenseLine line = new DenseLine(traces[i].points());
        int size = line.size();
        int mid = size / 2;
        for (double[] offset : offsets) {
            // the points of the line from its middle outwards: mid, mid + 1, mid - 1, mid + 2, ...
            for (int d = 0; d <= size; d++) {
                for (int k : new int[] {mid + d, d > 0 ? mid - d : -1}) {
                    if (k < 0 || k >= size) {
                        continue;
                    }
                    double[] p = line.point(k);
                    Box b = new Box("label:" + i, "label", p[0] + offset[0] * w, p[1] + offset[1] - LABEL_H / 2,
                            w, LABEL_H);
                    if (b.x() >= MARGIN && b.right() <= width - MARGIN && b.y() >= headY && obstacles.free(b)) {
                        return b;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The labels no line had room for, in rows below the graph (and below every label placed on a
     * line routed under the steps), each naming its steps.
     */
    private void rowsBelow(List<Integer> unplaced) {
        double x = MARGIN;
        double y = bottom;
        for (EdgeLabel placed : labels) {
            y = Math.max(y, placed.plate().y() + placed.plate().h());
        }
        y += 10;
        for (int i : unplaced) {
            Edge e = g.edges.get(i);
            String text = g.steps.get(e.from).name() + " \u2192 " + g.steps.get(e.to).name() + ": " + labelText(e);
            String shown = TextMetrics.wrap(SvgWriter.clean(text), inner - 8, Canvas.SMALL, true, 1).get(0);
            double w = TextMetrics.width(shown, Canvas.SMALL, true) + 8;
            if (x > MARGIN && x + w > width - MARGIN) {
                x = MARGIN;
                y += LABEL_H + 4;
            }
            labels.add(new EdgeLabel(i, shown, new Box("label:" + i, "label", x, y, w, LABEL_H)));
            x += w + 8;
        }
        if (!unplaced.isEmpty()) {
            bottom = y + LABEL_H;
        }
    }
}
