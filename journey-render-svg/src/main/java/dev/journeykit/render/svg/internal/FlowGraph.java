package dev.journeykit.render.svg.internal;

import dev.journeykit.core.analysis.JourneyRules;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Transition;
import dev.journeykit.core.model.TransitionKind;
import dev.journeykit.core.observe.Observation;
import dev.journeykit.core.observe.TransitionObservation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layered graph behind the flow view. Layers are the stages; transitions between the same two
 * steps for the same persona are merged into one edge (volumes summed); a forward edge that skips
 * stages gets a dummy node in every stage it passes, so every forward segment joins neighbouring
 * layers. The order of the nodes in each layer is then improved by barycentre sweeps: alternately
 * left to right (each node moves to the mean position of its neighbours in the layer before) and
 * right to left, keeping the order with the fewest crossings seen. Backward, same-stage and
 * self transitions do not take part in the ordering; they are drawn as arcs.
 *
 * <p>Building is O(V + E·S) for V steps, E edges and S stages (dummies); a sweep is
 * O(N log N + E') for N nodes and E' segments; counting crossings is O(E' log N) with a Fenwick tree
 * (inversions between the two ends of the segments of each pair of layers).
 */
final class FlowGraph {

    /** Most sweeps run; each halves or better the distance to a local optimum in practice. */
    static final int SWEEPS = 8;

    enum Kind { FORWARD, SAME_STAGE, BACKWARD, SELF }

    /** One drawn edge: merged transitions of the same steps and persona. */
    static final class Edge {
        final int from;
        final int to;
        final int persona;
        final int firstIndex;
        final TransitionKind kind;
        long volume;
        boolean hasVolume;
        int count;
        Kind type;
        /** With observations: how often customers made this step pair (0: designed, never taken); else -1. */
        long observed = -1;
        /** With observations: the share of the source step's observed transitions that this one is. */
        double share;
        /** With observations: customers made it, the map does not design it ({@link #firstIndex} is -1). */
        boolean undesigned;
        /** The nodes the edge passes, from its source to its target (dummies between). */
        int[] route;

        Edge(int from, int to, int persona, int firstIndex, TransitionKind kind) {
            this.from = from;
            this.to = to;
            this.persona = persona;
            this.firstIndex = firstIndex;
            this.kind = kind;
        }
    }

    /**
     * The least share of its source step's observed transitions an undesigned transition needs to
     * be drawn: the rare ones would bury the picture; the key counts them and the report lists them.
     */
    static final double MIN_UNDESIGNED_SHARE = 0.05;

    /** With observations: the undesigned transitions not drawn, each below {@link #MIN_UNDESIGNED_SHARE}. */
    int hiddenUndesigned;

    final List<Step> steps;
    final int stepCount;
    final int layers;
    /** Layer of every node (steps first, then dummies). */
    int[] layerOf;
    int nodeCount;
    final List<Edge> edges = new ArrayList<>();
    /** The nodes of each layer, in drawing order. */
    final int[][] order;
    /** Position of every node in its layer. */
    final int[] pos;
    /** Forward segments between layer l and l + 1: pairs of (upper node, lower node). */
    final int[][] segFrom;
    final int[][] segTo;
    private final int[][] preds;
    private final int[][] succs;
    /** The steps on a loop, by step index: core's {@link JourneyRules#stepsOnLoops}. */
    final BitSet inLoop;

    FlowGraph(JourneyMap map, List<String> personaOrder) {
        this(map, personaOrder, null);
    }

    /**
     * The graph of {@code map}; with {@code observed} (not null), transitions are merged by their
     * steps alone (the observations do not tell personas' transitions apart), every edge carries
     * its observed count and share, and the observed transitions the map does not design are
     * edges of their own after the designed ones when they are at least {@link #MIN_UNDESIGNED_SHARE}
     * of their source step's observed transitions (steps the map does not hold are left out).
     */
    FlowGraph(JourneyMap map, List<String> personaOrder, Observation observed) {
        steps = map.steps();
        stepCount = steps.size();
        layers = map.stages().size();
        int[] stepLayer = new int[stepCount];
        for (int i = 0; i < stepCount; i++) {
            stepLayer[i] = map.stageIndex(steps.get(i).id());
        }
        edges.addAll(mergedEdges(map, observed == null ? personaOrder : List.of()));
        if (observed != null) {
            observe(observed);
        }
        List<Integer> dummyLayers = classifyAndRoute(stepLayer);
        nodeCount = stepCount + dummyLayers.size();
        layerOf = Arrays.copyOf(stepLayer, nodeCount);
        for (int d = 0; d < dummyLayers.size(); d++) {
            layerOf[stepCount + d] = dummyLayers.get(d);
        }
        order = new int[layers][];
        pos = new int[nodeCount];
        placeInLayers();
        segFrom = new int[layers][];
        segTo = new int[layers][];
        preds = new int[nodeCount][];
        succs = new int[nodeCount][];
        linkSegments();
        inLoop = JourneyRules.stepsOnLoops(map);
    }

    /** The transitions merged by steps and persona (volumes summed), in the order first seen. */
    private List<Edge> mergedEdges(JourneyMap map, List<String> personaOrder) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < stepCount; i++) {
            index.put(steps.get(i).id(), i);
        }
        Map<String, Integer> personaIndex = new HashMap<>();
        for (int i = 0; i < personaOrder.size(); i++) {
            personaIndex.put(personaOrder.get(i), i);
        }
        Map<String, Edge> merged = new LinkedHashMap<>();
        for (Transition t : map.transitions()) {
            int from = index.get(t.from());
            int to = index.get(t.to());
            int persona = t.persona().map(p -> personaIndex.getOrDefault(p, -1)).orElse(-1);
            String key = from + ":" + to + ":" + persona;
            Edge e = merged.get(key);
            if (e == null) {
                e = new Edge(from, to, persona, t.index(), t.kind());
                merged.put(key, e);
            }
            e.count++;
            if (t.volume().isPresent()) {
                e.hasVolume = true;
                e.volume += t.volume().getAsLong();
            }
        }
        return List.copyOf(merged.values());
    }

    /** Sets the observed counts and shares, and adds the observed transitions the map does not design. */
    private void observe(Observation observed) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < stepCount; i++) {
            index.put(steps.get(i).id(), i);
        }
        Map<Long, Edge> byPair = new HashMap<>();
        for (Edge e : edges) {
            e.observed = 0;
            byPair.put((long) e.from * stepCount + e.to, e);
        }
        long[] out = new long[stepCount];
        List<TransitionObservation> seen = new ArrayList<>();
        for (TransitionObservation t : observed.transitions()) {
            Integer from = index.get(t.from());
            Integer to = index.get(t.to());
            if (from != null && to != null && t.count() > 0) {
                out[from] += t.count();
                seen.add(t);
            }
        }
        for (TransitionObservation t : seen) {
            int from = index.get(t.from());
            int to = index.get(t.to());
            Edge e = byPair.get((long) from * stepCount + to);
            double share = (double) t.count() / out[from];
            if (e == null && share < MIN_UNDESIGNED_SHARE) {
                hiddenUndesigned++;
                continue;
            }
            if (e == null) {
                e = new Edge(from, to, -1, -1, null);
                e.undesigned = true;
                edges.add(e);
            }
            e.observed = t.count();
            e.share = share;
        }
    }

    /** Gives each edge its kind and route, a forward one a dummy in every layer it skips; returns the dummies' layers. */
    private List<Integer> classifyAndRoute(int[] stepLayer) {
        List<Integer> dummyLayers = new ArrayList<>();
        for (Edge e : edges) {
            int lf = stepLayer[e.from];
            int lt = stepLayer[e.to];
            if (e.from == e.to) {
                e.type = Kind.SELF;
            } else if (lt > lf) {
                e.type = Kind.FORWARD;
            } else if (lt == lf) {
                e.type = e.to > e.from ? Kind.SAME_STAGE : Kind.BACKWARD;
            } else {
                e.type = Kind.BACKWARD;
            }
            if (e.type == Kind.FORWARD) {
                int[] route = new int[lt - lf + 1];
                route[0] = e.from;
                for (int l = lf + 1; l < lt; l++) {
                    route[l - lf] = stepCount + dummyLayers.size();
                    dummyLayers.add(l);
                }
                route[route.length - 1] = e.to;
                e.route = route;
            } else {
                e.route = new int[] {e.from, e.to};
            }
        }
        return dummyLayers;
    }

    /** The first order of each layer: its nodes by number (steps in map order, then dummies). */
    private void placeInLayers() {
        int[] sizes = new int[Math.max(layers, 1)];
        for (int v = 0; v < nodeCount; v++) {
            sizes[layerOf[v]]++;
        }
        for (int l = 0; l < layers; l++) {
            order[l] = new int[sizes[l]];
        }
        int[] fill = new int[Math.max(layers, 1)];
        for (int v = 0; v < nodeCount; v++) {
            int l = layerOf[v];
            pos[v] = fill[l];
            order[l][fill[l]++] = v;
        }
    }

    /** The forward segments between neighbouring layers, and each node's neighbours along them. */
    private void linkSegments() {
        int[] segCount = new int[Math.max(layers, 1)];
        int[] predCount = new int[nodeCount];
        int[] succCount = new int[nodeCount];
        for (Edge e : edges) {
            if (e.type == Kind.FORWARD) {
                for (int k = 1; k < e.route.length; k++) {
                    segCount[layerOf[e.route[k - 1]]]++;
                    succCount[e.route[k - 1]]++;
                    predCount[e.route[k]]++;
                }
            }
        }
        for (int l = 0; l < layers; l++) {
            segFrom[l] = new int[segCount[l]];
            segTo[l] = new int[segCount[l]];
        }
        for (int v = 0; v < nodeCount; v++) {
            preds[v] = new int[predCount[v]];
            succs[v] = new int[succCount[v]];
        }
        Arrays.fill(segCount, 0);
        Arrays.fill(predCount, 0);
        Arrays.fill(succCount, 0);
        for (Edge e : edges) {
            if (e.type == Kind.FORWARD) {
                for (int k = 1; k < e.route.length; k++) {
                    int u = e.route[k - 1];
                    int v = e.route[k];
                    int l = layerOf[u];
                    segFrom[l][segCount[l]++] = u;
                    segTo[l][segCount[l] - 1] = v;
                    succs[u][succCount[u]++] = v;
                    preds[v][predCount[v]++] = u;
                }
            }
        }
    }

    /** The number of crossings of forward segments between neighbouring layers, in the current order. */
    long crossings() {
        long total = 0;
        for (int l = 0; l + 1 < layers; l++) {
            total += crossings(l);
        }
        return total;
    }

    private long crossings(int l) {
        int n = segFrom[l].length;
        if (n < 2) {
            return 0;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) pos[segFrom[l][i]] << 32) | pos[segTo[l][i]];
        }
        Arrays.sort(keys);
        int size = order[l + 1].length;
        int[] tree = new int[size + 1];
        long crossings = 0;
        for (int i = 0; i < n; i++) {
            int lower = (int) (keys[i] & 0xffffffffL);
            // segments seen so far whose lower end is right of this one's cross it
            crossings += i - prefix(tree, lower + 1);
            for (int k = lower + 1; k <= size; k += k & -k) {
                tree[k]++;
            }
        }
        return crossings;
    }

    private static int prefix(int[] tree, int k) {
        int sum = 0;
        for (; k > 0; k -= k & -k) {
            sum += tree[k];
        }
        return sum;
    }

    /** Runs the barycentre sweeps and keeps the best order; returns its crossing count. */
    long reduceCrossings() {
        long best = crossings();
        int[][] bestOrder = copy(order);
        for (int sweep = 0; sweep < SWEEPS && best > 0; sweep++) {
            if (sweep % 2 == 0) {
                for (int l = 1; l < layers; l++) {
                    sortByBarycentre(l, preds, l - 1);
                }
            } else {
                for (int l = layers - 2; l >= 0; l--) {
                    sortByBarycentre(l, succs, l + 1);
                }
            }
            long now = crossings();
            if (now < best) {
                best = now;
                bestOrder = copy(order);
            }
        }
        for (int l = 0; l < layers; l++) {
            order[l] = bestOrder[l];
            for (int i = 0; i < order[l].length; i++) {
                pos[order[l][i]] = i;
            }
        }
        return best;
    }

    private void sortByBarycentre(int l, int[][] neighbours, int other) {
        int[] nodes = order[l];
        int n = nodes.length;
        if (n < 2) {
            return;
        }
        double otherSize = Math.max(1, order[other].length);
        double[] key = new double[n];
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            int v = nodes[i];
            int[] nb = neighbours[v];
            if (nb.length == 0) {
                key[i] = (i + 0.5) / n;
            } else {
                double sum = 0;
                for (int u : nb) {
                    sum += (pos[u] + 0.5) / otherSize;
                }
                key[i] = sum / nb.length;
            }
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> {
            int cmp = Double.compare(key[a], key[b]);
            return cmp != 0 ? cmp : Integer.compare(a, b);
        });
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = nodes[idx[i]];
        }
        order[l] = sorted;
        for (int i = 0; i < n; i++) {
            pos[sorted[i]] = i;
        }
    }

    private static int[][] copy(int[][] a) {
        int[][] c = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    boolean isDummy(int node) {
        return node >= stepCount;
    }
}
