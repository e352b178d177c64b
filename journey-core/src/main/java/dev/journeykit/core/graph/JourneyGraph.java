package dev.journeykit.core.graph;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Transition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;

/**
 * The graph view of a journey map: every step is a vertex (in the map's order), every transition
 * of the paths and flows an edge. Parallel transitions stay separate edges and self-loops are
 * kept, so the graph is a directed pseudograph. Both graphs are unmodifiable JGraphT graphs, so
 * any JGraphT algorithm runs on them.
 *
 * <p>Building the view takes O(V + E) time for V steps and E transitions.
 */
public final class JourneyGraph {

    private final JourneyMap map;
    private final Graph<Step, Transition> graph;
    private Graph<Stage, StageEdge> stageGraph;

    private JourneyGraph(JourneyMap map, Predicate<Step> steps, Predicate<Transition> transitions) {
        this.map = map;
        Graph<Step, Transition> g = pseudograph();
        for (Step step : map.steps()) {
            if (steps.test(step)) {
                g.addVertex(step);
            }
        }
        for (Transition t : map.transitions()) {
            if (transitions.test(t)) {
                Step from = map.step(t.from()).orElseThrow();
                Step to = map.step(t.to()).orElseThrow();
                if (steps.test(from) && steps.test(to)) {
                    g.addEdge(from, to, t);
                }
            }
        }
        this.graph = new AsUnmodifiableGraph<>(g);
    }

    /**
     * An empty directed pseudograph (insertion-ordered vertices, parallel edges and self-loops
     * allowed) without JGraphT's fast-lookup index of vertex pairs: that index costs a hash of
     * both ends per edge and much memory, while {@code getEdge(u, v)} stays O(out-degree of u)
     * without it, which journeys (few transitions per step) do not notice.
     */
    private static <V, E> Graph<V, E> pseudograph() {
        return new Pseudograph<>();
    }

    /** A directed pseudograph on the default, index-free graph specifics. */
    private static final class Pseudograph<V, E> extends AbstractBaseGraph<V, E> {
        private static final long serialVersionUID = 1L;

        Pseudograph() {
            super(null, null, DefaultGraphType.directedPseudograph().asUnweighted(),
                    new DefaultGraphSpecificsStrategy<>());
        }
    }

    /** The graph of all steps and transitions of a map. */
    public static JourneyGraph of(JourneyMap map) {
        Objects.requireNonNull(map, "map must not be null");
        return new JourneyGraph(map, s -> true, t -> true);
    }

    /**
     * The graph as one persona sees it: the steps for that persona, the transitions of its own
     * paths and the flows between those steps.
     *
     * @throws IllegalArgumentException when the map has no persona {@code personaId}
     */
    public static JourneyGraph forPersona(JourneyMap map, String personaId) {
        Objects.requireNonNull(map, "map must not be null");
        Objects.requireNonNull(personaId, "personaId must not be null");
        if (map.persona(personaId).isEmpty()) {
            throw new IllegalArgumentException("journey '" + map.title() + "' has no persona '" + personaId + "'");
        }
        return new JourneyGraph(map, s -> s.isFor(personaId),
                t -> t.persona().map(personaId::equals).orElse(true));
    }

    public JourneyMap map() {
        return map;
    }

    /** The unmodifiable step graph. */
    public Graph<Step, Transition> graph() {
        return graph;
    }

    /**
     * The unmodifiable stage graph: every stage a vertex in journey order, one edge per ordered
     * pair of stages that transitions connect (a self-loop for transitions inside a stage), with
     * their count and summed volume. O(V + E) on first call, then cached.
     */
    public synchronized Graph<Stage, StageEdge> stageGraph() {
        if (stageGraph == null) {
            stageGraph = buildStageGraph();
        }
        return stageGraph;
    }

    private Graph<Stage, StageEdge> buildStageGraph() {
        // key: from-stage index * number of stages + to-stage index; value: count, volume
        long stageCount = map.stages().size();
        Map<Long, long[]> totals = new LinkedHashMap<>();
        for (Transition t : graph.edgeSet()) {
            long key = map.stageIndex(t.from()) * stageCount + map.stageIndex(t.to());
            long[] total = totals.computeIfAbsent(key, k -> new long[2]);
            total[0]++;
            total[1] += t.volume().orElse(0);
        }
        Graph<Stage, StageEdge> g = pseudograph();
        map.stages().forEach(g::addVertex);
        totals.forEach((key, total) -> {
            Stage from = map.stages().get((int) (key / stageCount));
            Stage to = map.stages().get((int) (key % stageCount));
            g.addEdge(from, to, new StageEdge(from.id(), to.id(), (int) total[0], total[1]));
        });
        return new AsUnmodifiableGraph<>(g);
    }
}
