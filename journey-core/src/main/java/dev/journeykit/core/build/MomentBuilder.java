package dev.journeykit.core.build;

import dev.journeykit.core.model.Moment;

/** Describes a moment: a step with no brand and no channel. */
public final class MomentBuilder extends StepBuilder<MomentBuilder> {

    MomentBuilder(StageBuilder stage, String id, String name) {
        super(stage, id, name, "moment");
    }

    @Override
    MomentBuilder self() {
        return this;
    }

    @Override
    Moment build() {
        return new Moment(id, name, stage.id(), Lists.orEmpty(personas), emotion, Lists.orEmpty(actions),
                Lists.orEmpty(thoughts), Lists.orEmpty(pains), Lists.orEmpty(events), position);
    }
}
