package dev.journeykit.core.build;

import dev.journeykit.core.model.SourcePosition;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Describes one stage and its steps, in order; see {@link JourneyMapBuilder#stage(String, String, Consumer)}. */
public final class StageBuilder {

    private final String id;
    private final String name;
    private final String what;
    private Optional<String> goal = Optional.empty();
    private Optional<SourcePosition> position = Optional.empty();
    private final List<StepBuilder<?>> steps = new ArrayList<>();

    StageBuilder(String id, String name) {
        this.id = id;
        this.name = name;
        this.what = "stage '" + id + "'";
    }

    public StageBuilder goal(String goal) {
        this.goal = Optional.of(Args.notNull(goal, what, "goal"));
        return this;
    }

    public StageBuilder at(SourcePosition position) {
        this.position = Optional.ofNullable(position);
        return this;
    }

    /** Starts a touchpoint; chain its details: {@code .via("web").byBrand().emotion(1)}. */
    public TouchpointBuilder touchpoint(String id, String name) {
        Args.notNull(id, what, "touchpoint id");
        TouchpointBuilder touchpoint = new TouchpointBuilder(this, id, Args.notNull(name, "touchpoint", id, "name"));
        steps.add(touchpoint);
        return touchpoint;
    }

    /** Adds a touchpoint and describes it, returning the stage for the next one. */
    public StageBuilder touchpoint(String id, String name, Consumer<TouchpointBuilder> details) {
        TouchpointBuilder touchpoint = touchpoint(id, name);
        Args.notNull(details, "touchpoint", id, "details").accept(touchpoint);
        return this;
    }

    /** Starts a moment: a step with no brand involvement. */
    public MomentBuilder moment(String id, String name) {
        Args.notNull(id, what, "moment id");
        MomentBuilder moment = new MomentBuilder(this, id, Args.notNull(name, "moment", id, "name"));
        steps.add(moment);
        return moment;
    }

    /** Adds a moment and describes it, returning the stage for the next step. */
    public StageBuilder moment(String id, String name, Consumer<MomentBuilder> details) {
        MomentBuilder moment = moment(id, name);
        Args.notNull(details, "moment", id, "details").accept(moment);
        return this;
    }

    String id() {
        return id;
    }

    Stage build() {
        List<Step> built = new ArrayList<>(steps.size());
        for (StepBuilder<?> step : steps) {
            built.add(step.build());
        }
        return new Stage(id, name, goal, built, position);
    }
}
