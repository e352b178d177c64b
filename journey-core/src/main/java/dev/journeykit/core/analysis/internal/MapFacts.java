package dev.journeykit.core.analysis.internal;

import dev.journeykit.core.analysis.AnalysisContext;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Transition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What several analyzers need about one map, computed once and lazily: step numbers, the
 * transitions as int arrays (forward adjacency in compressed rows), the strongly connected
 * components and the condensation in topological order.
 * Every part takes O(V + E) time for V steps and E transitions.
 *
 * <p>The analyzers of one run share one instance through their {@link AnalysisContext}
 * ({@link #of(AnalysisContext)}); an analyzer called on its own computes what it asks for.
 * Not thread-safe while it computes: one instance serves one thread, or several once
 * {@link #complete()} has computed every part.
 */
public final class MapFacts {


    private final JourneyMap map;
    private Map<String, Integer> stepNumbers;
    private int[] stageOfStep;
    private int[] from;
    private int[] to;
    private int[] outStart;
    private int[] outTarget;
    private int[] outEdge;
    private int[] inDegree;
    private Components components;
    private boolean[] flowInside;

    private MapFacts(JourneyMap map) {
        this.map = map;
    }

    /** New facts of {@code map}, for a computation on its own. */
    public static MapFacts of(JourneyMap map) {
        return new MapFacts(map);
    }

    /** The facts of the context's map, shared by every analyzer of the run. */
    public static MapFacts of(AnalysisContext context) {
        return context.shared(MapFacts.class, c -> new MapFacts(c.map()));
    }

    public JourneyMap map() {
        return map;
    }

    /** The number of steps, V. */
    public int stepCount() {
        return map.steps().size();
    }

    /** The number of transitions, E. */
    public int transitionCount() {
        return map.transitions().size();
    }

    /** The step's number: its index in {@link JourneyMap#steps()}. */
    /** The number of the step {@code id} in {@link JourneyMap#steps()}, or -1 when no step has that id. */
    public int indexOfStep(String id) {
        Integer n = stepNumbers().get(id);
        return n == null ? -1 : n;
    }

    public int stepNumber(String stepId) {
        Integer n = stepNumbers().get(stepId);
        if (n == null) {
            throw new IllegalArgumentException("journey '" + map.title() + "' has no step '" + stepId + "'");
        }
        return n;
    }

    /**
     * One number for the ordered pair of the steps of transition {@code t}, distinct for distinct
     * pairs: {@code from * steps + to}, whose {@code Long.hashCode} spreads the pairs of a large map
     * over a hash set (a key of {@code from << 32 | to} hashes to {@code from ^ to}, the same for
     * thousands of pairs, and a hash set turns its buckets into trees).
     */
    public long pairOf(int t) {
        return (long) from(t) * stepCount() + to(t);
    }

    public Step step(int number) {
        return map.steps().get(number);
    }

    /** The index in {@link JourneyMap#stages()} of the stage of step {@code number}. */
    public int stageOf(int number) {
        index();
        return stageOfStep[number];
    }

    public Stage stage(int index) {
        return map.stages().get(index);
    }

    /** The step number that transition {@code t} leaves. */
    public int from(int t) {
        index();
        return from[t];
    }

    /** The step number that transition {@code t} enters. */
    public int to(int t) {
        index();
        return to[t];
    }

    /** The transitions that lead into step {@code number}, self-loops included. */
    public int inDegree(int number) {
        index();
        return inDegree[number];
    }

    /** The transitions that lead out of step {@code number}, self-loops included. */
    public int outDegree(int number) {
        index();
        return outStart[number + 1] - outStart[number];
    }

    /** The first index into {@link #outTarget(int)} of step {@code number}'s out-transitions. */
    public int outBegin(int number) {
        index();
        return outStart[number];
    }

    /** One past the last index into {@link #outTarget(int)} of step {@code number}'s out-transitions. */
    public int outEnd(int number) {
        index();
        return outStart[number + 1];
    }

    /** The target step of the out-transition at {@code slot} (between {@link #outBegin} and {@link #outEnd}). */
    public int outTarget(int slot) {
        return outTarget[slot];
    }

    /** The transition index of the out-transition at {@code slot}. */
    public int outTransition(int slot) {
        return outEdge[slot];
    }

    /**
     * Computes every part now, so that from here on the facts are only read: then threads may
     * share them (the catalog's analyzers on every core, {@code Analyzers}).
     *
     * @return these facts
     */
    public MapFacts complete() {
        stepNumbers();
        index();
        if (stepCount() > 0) {
            flowInside(0);
        } else {
            components();
        }
        return this;
    }

    /** The strongly connected components and their condensation. */
    public Components components() {
        if (components == null) {
            components = computeComponents();
        }
        return components;
    }

    /**
     * Whether a flow (a transition of no persona's path) joins two steps of component {@code c},
     * itself included: a loop the map designs, as opposed to a cycle that persona paths alone
     * make. O(E) once, then O(1).
     */
    public boolean flowInside(int c) {
        if (flowInside == null) {
            Components all = components();
            boolean[] inside = new boolean[all.count()];
            List<dev.journeykit.core.model.Transition> transitions = map.transitions();
            for (int t = 0; t < transitionCount(); t++) {
                int from = all.componentOf(from(t));
                if (transitions.get(t).persona().isEmpty() && from == all.componentOf(to(t))) {
                    inside[from] = true;
                }
            }
            flowInside = inside;
        }
        return flowInside[c];
    }

    private Map<String, Integer> stepNumbers() {
        if (stepNumbers == null) {
            List<Step> steps = map.steps();
            Map<String, Integer> numbers = new HashMap<>(steps.size() * 2);
            for (int i = 0; i < steps.size(); i++) {
                numbers.put(steps.get(i).id(), i);
            }
            stepNumbers = numbers;
        }
        return stepNumbers;
    }

    private void index() {
        if (from != null) {
            return;
        }
        int v = stepCount();
        int[] stages = new int[v];
        int n = 0;
        List<Stage> all = map.stages();
        for (int s = 0; s < all.size(); s++) {
            for (int k = 0; k < all.get(s).steps().size(); k++) {
                stages[n++] = s;
            }
        }
        List<Transition> transitions = map.transitions();
        int e = transitions.size();
        int[] f = new int[e];
        int[] t = new int[e];
        int[] start = new int[v + 1];
        int[] in = new int[v];
        for (int i = 0; i < e; i++) {
            Transition tr = transitions.get(i);
            f[i] = stepNumber(tr.from());
            t[i] = stepNumber(tr.to());
            start[f[i] + 1]++;
            in[t[i]]++;
        }
        for (int i = 0; i < v; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = java.util.Arrays.copyOf(start, v);
        int[] target = new int[e];
        int[] edge = new int[e];
        for (int i = 0; i < e; i++) {
            int slot = fill[f[i]]++;
            target[slot] = t[i];
            edge[slot] = i;
        }
        this.stageOfStep = stages;
        this.outStart = start;
        this.outTarget = target;
        this.outEdge = edge;
        this.inDegree = in;
        this.to = t;
        this.from = f;
    }

    /**
     * Tarjan's strongly connected components, iterative (no recursion, so no stack overflow on
     * long chains) over the int arrays: O(V + E). The components are then numbered by their first
     * step in map order and their members listed in map order by one counting pass. JGraphT's
     * inspectors give the same partition (a property test checks it against
     * {@code KosarajuStrongConnectivityInspector}) but on 100,000 steps and 300,000 transitions
     * building the object graph and running them took over 2 s of CPU on the reference machine.
     */
    private Components computeComponents() {
        index();
        int v = stepCount();
        int[] order = new int[v];
        int[] low = new int[v];
        java.util.Arrays.fill(order, -1);
        boolean[] onStack = new boolean[v];
        int[] stack = new int[v];
        int stackSize = 0;
        int[] frameStep = new int[v];
        int[] frameSlot = new int[v];
        int[] raw = new int[v];
        int counter = 0;
        int found = 0;
        for (int root = 0; root < v; root++) {
            if (order[root] >= 0) {
                continue;
            }
            int depth = 0;
            frameStep[0] = root;
            frameSlot[0] = outStart[root];
            order[root] = low[root] = counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int u = frameStep[depth];
                if (frameSlot[depth] < outStart[u + 1]) {
                    int w = outTarget[frameSlot[depth]++];
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack[stackSize++] = w;
                        onStack[w] = true;
                        depth++;
                        frameStep[depth] = w;
                        frameSlot[depth] = outStart[w];
                    } else if (onStack[w]) {
                        low[u] = Math.min(low[u], order[w]);
                    }
                    continue;
                }
                if (low[u] == order[u]) {
                    int w;
                    do {
                        w = stack[--stackSize];
                        onStack[w] = false;
                        raw[w] = found;
                    } while (w != u);
                    found++;
                }
                depth--;
                if (depth >= 0) {
                    int parent = frameStep[depth];
                    low[parent] = Math.min(low[parent], low[u]);
                }
            }
        }
        int[] renumber = new int[found];
        java.util.Arrays.fill(renumber, -1);
        int[] sizes = new int[found];
        int next = 0;
        int[] componentOf = new int[v];
        for (int s = 0; s < v; s++) {
            if (renumber[raw[s]] < 0) {
                renumber[raw[s]] = next++;
            }
            componentOf[s] = renumber[raw[s]];
            sizes[componentOf[s]]++;
        }
        int[][] members = new int[found][];
        for (int c = 0; c < found; c++) {
            members[c] = new int[sizes[c]];
            sizes[c] = 0;
        }
        for (int s = 0; s < v; s++) {
            int c = componentOf[s];
            members[c][sizes[c]++] = s;
        }
        return new Components(this, componentOf, members);
    }
}
