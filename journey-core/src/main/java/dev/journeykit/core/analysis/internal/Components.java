package dev.journeykit.core.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The strongly connected components of a map's step graph, numbered by their first step in map
 * order, and their condensation: a directed acyclic graph with one vertex per component and one
 * edge per ordered pair of components that a transition connects (parallel transitions merged).
 * Kept as int arrays and built in O(V + E): JGraphT's condensation makes a subgraph object per
 * component, too heavy for maps of 100,000 steps.
 */
public final class Components {

    private final MapFacts facts;
    private final int[] componentOf;
    private final int[][] members;
    private final boolean[] cyclic;
    private final boolean[] touched;
    private final int[] start;
    private final int[] target;
    private final int[] inDegree;
    private int[] topologicalOrder;
    private int[] parent;

    Components(MapFacts facts, int[] componentOf, int[][] members) {
        this.facts = facts;
        this.componentOf = componentOf;
        this.members = members;
        int n = members.length;
        this.cyclic = new boolean[n];
        this.touched = new boolean[n];
        this.start = new int[n + 1];
        this.inDegree = new int[n];
        int[] stamp = new int[n];
        Arrays.fill(stamp, -1);
        int[] buffer = new int[Math.max(1, facts.transitionCount())];
        int used = 0;
        for (int c = 0; c < n; c++) {
            cyclic[c] = members[c].length > 1;
            for (int step : members[c]) {
                touched[c] |= facts.inDegree(step) > 0 || facts.outDegree(step) > 0;
                for (int slot = facts.outBegin(step); slot < facts.outEnd(step); slot++) {
                    int d = componentOf[facts.outTarget(slot)];
                    if (d == c) {
                        cyclic[c] = true;
                    } else if (stamp[d] != c) {
                        stamp[d] = c;
                        buffer[used++] = d;
                        inDegree[d]++;
                    }
                }
            }
            start[c + 1] = used;
        }
        this.target = Arrays.copyOf(buffer, used);
    }

    /** The number of components (every step is in exactly one). */
    public int count() {
        return members.length;
    }

    public int componentOf(int step) {
        return componentOf[step];
    }

    /** The step numbers of component {@code c}, in map order. */
    public int[] members(int c) {
        return members[c];
    }

    /** Whether component {@code c} holds a cycle: two or more steps, or one step with a self-loop. */
    public boolean isCyclic(int c) {
        return cyclic[c];
    }

    /** Whether some transition leads into or out of a step of component {@code c}. */
    public boolean isTouched(int c) {
        return touched[c];
    }

    /** The components that condensation edges from {@code c} lead to, each once. */
    public int[] successors(int c) {
        return Arrays.copyOfRange(target, start[c], start[c + 1]);
    }

    public int successorBegin(int c) {
        return start[c];
    }

    public int successorEnd(int c) {
        return start[c + 1];
    }

    public int successor(int slot) {
        return target[slot];
    }

    /** The condensation edges that lead into {@code c}. */
    public int inDegree(int c) {
        return inDegree[c];
    }

    public int outDegree(int c) {
        return start[c + 1] - start[c];
    }

    /**
     * The components in a topological order of the condensation (Kahn's algorithm, ties broken
     * by component number, so the order is stable). O(V + E).
     */
    public int[] topologicalOrder() {
        if (topologicalOrder == null) {
            int n = count();
            int[] remaining = inDegree.clone();
            int[] order = new int[n];
            int head = 0;
            int tail = 0;
            for (int c = 0; c < n; c++) {
                if (remaining[c] == 0) {
                    order[tail++] = c;
                }
            }
            while (head < tail) {
                int c = order[head++];
                for (int slot = start[c]; slot < start[c + 1]; slot++) {
                    if (--remaining[target[slot]] == 0) {
                        order[tail++] = target[slot];
                    }
                }
            }
            topologicalOrder = order;
        }
        return topologicalOrder;
    }

    /**
     * One concrete cycle inside cyclic component {@code c}: the shortest one through its first
     * step, found by a breadth-first search that stays in the component; the step numbers in
     * order, the first one not repeated at the end. O(size of the component + its transitions).
     */
    public List<Integer> cycle(int c) {
        int first = members[c][0];
        if (parent == null) {
            parent = new int[facts.stepCount()];
            Arrays.fill(parent, -1);
        }
        int[] queue = new int[members[c].length];
        int head = 0;
        int tail = 0;
        queue[tail++] = first;
        parent[first] = first;
        int last = -1;
        search:
        while (head < tail) {
            int u = queue[head++];
            for (int slot = facts.outBegin(u); slot < facts.outEnd(u); slot++) {
                int w = facts.outTarget(slot);
                if (w == first) {
                    last = u;
                    break search;
                }
                if (componentOf[w] == c && parent[w] < 0) {
                    parent[w] = u;
                    queue[tail++] = w;
                }
            }
        }
        List<Integer> cycle = new ArrayList<>();
        for (int s = last; s != first && s >= 0; s = parent[s]) {
            cycle.add(s);
        }
        cycle.add(first);
        java.util.Collections.reverse(cycle);
        for (int i = 0; i < tail; i++) {
            parent[queue[i]] = -1;
        }
        return cycle;
    }
}
