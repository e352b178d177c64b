package dev.journeykit.core.build;

import dev.journeykit.core.model.Flow;
import dev.journeykit.core.model.SourcePosition;
import dev.journeykit.core.model.TransitionKind;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Describes one flow; see {@link JourneyMapBuilder#flow(java.util.function.Consumer)}. */
public final class FlowBuilder {

    private static final String FLOW = "flow";
    private List<String> steps; // null until steps(...); see Lists
    private OptionalLong volume = OptionalLong.empty();
    private TransitionKind kind = TransitionKind.NEXT;
    private Optional<SourcePosition> position = Optional.empty();

    FlowBuilder() {
    }

    /** The chain of steps; each consecutive pair is a transition. */
    public FlowBuilder steps(String... stepIds) {
        steps = Lists.addAll(steps, Args.ids(stepIds, FLOW, "steps"));
        return this;
    }

    /** How many customers take each transition of the flow. */
    public FlowBuilder volume(long volume) {
        this.volume = OptionalLong.of(volume);
        return this;
    }

    public FlowBuilder kind(TransitionKind kind) {
        this.kind = Args.notNull(kind, FLOW, "kind");
        return this;
    }

    public FlowBuilder at(SourcePosition position) {
        this.position = Optional.ofNullable(position);
        return this;
    }

    Flow build() {
        return new Flow(Lists.orEmpty(steps), volume, kind, position);
    }
}
