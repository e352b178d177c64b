package dev.journeykit.bench;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Moment;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Transition;
import dev.journeykit.core.model.TransitionKind;

/**
 * Writes the FLOW graph of a map as Graphviz DOT, to compare {@code dot -Tsvg} with JourneyKit's
 * FLOW view on the same graph: one cluster per stage holding its steps (boxes for touchpoints,
 * ellipses for moments) in map order, left to right, and one edge per transition (return
 * transitions dashed, volumes as edge labels). O(size of the map).
 */
public final class FlowDot {

    private FlowDot() {
    }

    /** The DOT text of the map's FLOW graph, {@code \n} line ends. */
    public static String write(JourneyMap map) {
        StringBuilder out = new StringBuilder(1 << 16);
        out.append("digraph flow {\n")
                .append("    graph [rankdir=LR, label=").append(quote(map.title())).append(", fontname=\"Helvetica\"];\n")
                .append("    node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];\n")
                .append("    edge [fontname=\"Helvetica\", fontsize=8];\n");
        for (Stage stage : map.stages()) {
            out.append("    subgraph ").append(quote("cluster_" + stage.id())).append(" {\n")
                    .append("        label=").append(quote(stage.name())).append(";\n");
            for (Step step : stage.steps()) {
                out.append("        ").append(quote(step.id())).append(" [label=").append(quote(step.name()));
                if (step instanceof Moment) {
                    out.append(", shape=ellipse");
                }
                out.append("];\n");
            }
            out.append("    }\n");
        }
        for (Transition t : map.transitions()) {
            out.append("    ").append(quote(t.from())).append(" -> ").append(quote(t.to()));
            StringBuilder attributes = new StringBuilder();
            if (t.kind() == TransitionKind.RETURN) {
                attributes.append("style=dashed");
            }
            if (t.volume().isPresent()) {
                attributes.append(attributes.length() == 0 ? "" : ", ").append("label=\"")
                        .append(t.volume().getAsLong()).append('"');
            }
            if (attributes.length() > 0) {
                out.append(" [").append(attributes).append(']');
            }
            out.append(";\n");
        }
        return out.append("}\n").toString();
    }

    /** A DOT double-quoted string: quotes and backslashes escaped, line breaks as {@code \n}. */
    static String quote(String text) {
        return JourneyText.quote(text, false);
    }
}
