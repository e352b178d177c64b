package dev.journeykit.core.analysis.internal;

import dev.journeykit.core.analysis.CoverageMatrix;
import dev.journeykit.core.analysis.JourneyRules;
import dev.journeykit.core.analysis.PathStatistics;
import dev.journeykit.core.analysis.StageStatistics;
import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/** The tables of a report, each computed in one pass over the map. */
public final class Tables {

    private Tables() {
    }

    /** The stage x channel matrix and its gaps. O(S·C·(P + 1) + V·P) for S stages, C channels, P personas, V steps. */
    public static CoverageMatrix coverage(JourneyMap map) {
        List<String> stageIds = map.stages().stream().map(Stage::id).toList();
        List<String> channelIds = map.channels().stream().map(Channel::id).toList();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < channelIds.size(); i++) {
            column.put(channelIds.get(i), i);
        }
        List<Persona> personas = map.personas();
        Map<String, Integer> personaIndex = new HashMap<>();
        for (int i = 0; i < personas.size(); i++) {
            personaIndex.put(personas.get(i).id(), i);
        }
        int s = stageIds.size();
        int c = channelIds.size();
        int[][] overall = new int[s][c];
        int[][][] perPersona = new int[personas.size()][s][c];
        for (int row = 0; row < s; row++) {
            for (Step step : map.stages().get(row).steps()) {
                if (step instanceof Touchpoint t && column.containsKey(t.channelId())) {
                    int col = column.get(t.channelId());
                    overall[row][col]++;
                    if (t.personas().isEmpty()) {
                        for (int[][] counts : perPersona) {
                            counts[row][col]++;
                        }
                    } else {
                        for (String p : new HashSet<>(t.personas())) {
                            Integer index = personaIndex.get(p);
                            if (index != null) {
                                perPersona[index][row][col]++;
                            }
                        }
                    }
                }
            }
        }
        Map<String, List<List<Integer>>> byPersona = new LinkedHashMap<>();
        for (int i = 0; i < personas.size(); i++) {
            byPersona.put(personas.get(i).id(), rows(perPersona[i]));
        }
        return new CoverageMatrix(stageIds, channelIds, rows(overall), byPersona, JourneyRules.coverageGaps(map));
    }

    private static List<List<Integer>> rows(int[][] counts) {
        List<List<Integer>> rows = new ArrayList<>(counts.length);
        for (int[] row : counts) {
            List<Integer> r = new ArrayList<>(row.length);
            for (int n : row) {
                r.add(n);
            }
            rows.add(r);
        }
        return rows;
    }

    /** One row per stage. O(V + S + M) for M metrics. */
    public static List<StageStatistics> stageStatistics(JourneyMap map) {
        List<StageStatistics> rows = new ArrayList<>(map.stages().size());
        for (Stage stage : map.stages()) {
            int touchpoints = 0;
            int brand = 0;
            int metrics = 0;
            long emotionSum = 0;
            int emotions = 0;
            for (Step step : stage.steps()) {
                if (step instanceof Touchpoint t) {
                    touchpoints++;
                    brand += t.isBrandInitiated() ? 1 : 0;
                    metrics += t.metrics().size();
                }
                if (step.emotion().isPresent()) {
                    emotionSum += step.emotion().getAsInt();
                    emotions++;
                }
            }
            rows.add(new StageStatistics(stage.id(), stage.steps().size(), touchpoints, brand,
                    emotions == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) emotionSum / emotions),
                    metrics));
        }
        return rows;
    }

    /**
     * Entries, exits, components, distinct entry-to-exit paths of the condensation (dynamic
     * programming over a topological order with a saturating count), the longest path in stages
     * and the share of backward transitions. O(V + E + S log S).
     */
    public static PathStatistics pathStatistics(MapFacts facts) {
        int v = facts.stepCount();
        int e = facts.transitionCount();
        int entries = 0;
        int exits = 0;
        for (int s = 0; s < v; s++) {
            int in = facts.inDegree(s);
            int out = facts.outDegree(s);
            if (in == 0 && out > 0) {
                entries++;
            } else if (out == 0 && in > 0) {
                exits++;
            }
        }
        int backward = 0;
        for (int t = 0; t < e; t++) {
            if (facts.stageOf(facts.to(t)) < facts.stageOf(facts.from(t))) {
                backward++;
            }
        }
        int components = 0;
        int loops = 0;
        long paths = 0;
        boolean saturated = false;
        if (e > 0) {
            Components cs = facts.components();
            long[] count = new long[cs.count()];
            for (int c : cs.topologicalOrder()) {
                if (!cs.isTouched(c)) {
                    continue;
                }
                components++;
                loops += cs.isCyclic(c) ? 1 : 0;
                if (cs.inDegree(c) == 0) {
                    count[c] = 1;
                }
                if (cs.outDegree(c) == 0) {
                    paths = add(paths, count[c]);
                }
                for (int slot = cs.successorBegin(c); slot < cs.successorEnd(c); slot++) {
                    int d = cs.successor(slot);
                    count[d] = add(count[d], count[c]);
                }
            }
            saturated = paths == Long.MAX_VALUE;
        }
        return new PathStatistics(entries, exits, components, loops, paths, saturated,
                longestPathInStages(facts), e, backward, e == 0 ? 0.0 : (double) backward / e);
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 || sum == Long.MAX_VALUE ? Long.MAX_VALUE : sum;
    }

    /** The heaviest path of the condensed stage graph, a component weighing its stages. */
    private static int longestPathInStages(MapFacts facts) {
        int e = facts.transitionCount();
        if (e == 0) {
            return 0;
        }
        Graph<Integer, DefaultEdge> stages = new SimpleDirectedGraph<>(DefaultEdge.class);
        Set<Long> seen = new HashSet<>();
        for (int t = 0; t < e; t++) {
            int a = facts.stageOf(facts.from(t));
            int b = facts.stageOf(facts.to(t));
            stages.addVertex(a);
            stages.addVertex(b);
            if (a != b && seen.add(((long) a << 32) | b)) {
                stages.addEdge(a, b);
            }
        }
        Graph<Graph<Integer, DefaultEdge>, DefaultEdge> condensation =
                new KosarajuStrongConnectivityInspector<>(stages).getCondensation();
        Map<Graph<Integer, DefaultEdge>, Integer> best = new HashMap<>();
        int longest = 0;
        TopologicalOrderIterator<Graph<Integer, DefaultEdge>, DefaultEdge> order =
                new TopologicalOrderIterator<>(condensation);
        while (order.hasNext()) {
            Graph<Integer, DefaultEdge> component = order.next();
            int before = 0;
            for (DefaultEdge in : condensation.incomingEdgesOf(component)) {
                before = Math.max(before, best.get(condensation.getEdgeSource(in)));
            }
            int value = before + component.vertexSet().size();
            best.put(component, value);
            longest = Math.max(longest, value);
        }
        return longest;
    }
}
