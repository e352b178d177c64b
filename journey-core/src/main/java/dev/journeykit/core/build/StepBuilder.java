package dev.journeykit.core.build;

import dev.journeykit.core.model.PainPoint;
import dev.journeykit.core.model.PainSeverity;
import dev.journeykit.core.model.SourcePosition;
import dev.journeykit.core.model.Step;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What touchpoints and moments share: personas, emotion, actions, thoughts, pains. After a step
 * the next one of the same stage can follow directly: {@code .touchpoint(...)} or {@code .moment(...)}.
 *
 * @param <B> the concrete builder, returned by every step so calls chain
 */
public abstract sealed class StepBuilder<B extends StepBuilder<B>> permits TouchpointBuilder, MomentBuilder {

    final String id;
    final String name;
    final StageBuilder stage;
    /** {@code touchpoint} or {@code moment}: with the id, how messages name the step. */
    final String kind;
    // Lists are made on their first element (Lists); null is empty.
    List<String> personas;
    OptionalInt emotion = OptionalInt.empty();
    List<String> actions;
    List<String> thoughts;
    List<PainPoint> pains;
    List<String> events;
    Optional<SourcePosition> position = Optional.empty();

    StepBuilder(StageBuilder stage, String id, String name, String kind) {
        this.stage = stage;
        this.id = id;
        this.name = name;
        this.kind = kind;
    }

    /** Checks an argument; the message, {@code touchpoint 'faq': owner must not be null}, only for a null. */
    final <T> T notNull(T value, String parameter) {
        return Args.notNull(value, kind, id, parameter);
    }

    /** Emotions -10..10 (every scale in practice) share their {@code OptionalInt}, a value-based class. */
    private static final int SHARED = 10;
    private static final OptionalInt[] EMOTIONS = new OptionalInt[2 * SHARED + 1];

    static {
        for (int i = 0; i < EMOTIONS.length; i++) {
            EMOTIONS[i] = OptionalInt.of(i - SHARED);
        }
    }

    abstract B self();

    abstract Step build();

    /** The personas the step is for; by default it is for every persona. */
    public B forPersonas(String... personaIds) {
        personas = Lists.addAll(personas, Args.ids(personaIds, kind, id, "personas"));
        return self();
    }

    /** The emotion at this step on the map's scale (validated in {@code build()}). */
    public B emotion(int emotion) {
        this.emotion = emotion >= -SHARED && emotion <= SHARED ? EMOTIONS[emotion + SHARED] : OptionalInt.of(emotion);
        return self();
    }

    public B action(String action) {
        actions = Lists.add(actions, notNull(action, "action"));
        return self();
    }

    public B thought(String thought) {
        thoughts = Lists.add(thoughts, notNull(thought, "thought"));
        return self();
    }

    /** A pain point of medium severity. */
    public B pain(String pain) {
        return pain(pain, PainSeverity.MEDIUM);
    }

    public B pain(String pain, PainSeverity severity) {
        return pain(new PainPoint(notNull(pain, "pain"), notNull(severity, "severity"), Optional.empty()));
    }

    public B pain(PainPoint pain) {
        pains = Lists.add(pains, notNull(pain, "pain"));
        return self();
    }

    /**
     * The names that events in a customer log carry when this step happens (repeatable). Without
     * any, the step is bound to its own id; with some, only to them. Two steps never share a name.
     */
    public B event(String... names) {
        events = Lists.addAll(events, Args.ids(names, kind, id, "event"));
        return self();
    }

    public B at(SourcePosition position) {
        this.position = Optional.ofNullable(position);
        return self();
    }

    /** The stage's goal, written after its steps as well as before them; returns the stage. */
    public StageBuilder goal(String goal) {
        return stage.goal(goal);
    }

    /** Starts the next touchpoint of the same stage. */
    public TouchpointBuilder touchpoint(String id, String name) {
        return stage.touchpoint(id, name);
    }

    /** Starts the next moment of the same stage. */
    public MomentBuilder moment(String id, String name) {
        return stage.moment(id, name);
    }
}
