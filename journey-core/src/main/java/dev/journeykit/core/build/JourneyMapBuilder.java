package dev.journeykit.core.build;

import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.EmotionScale;
import dev.journeykit.core.model.Flow;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.JourneyValidationException;
import dev.journeykit.core.model.MapKind;
import dev.journeykit.core.model.PersonaPath;
import dev.journeykit.core.model.SourcePosition;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Suppression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds a {@link JourneyMap} in the order a map is read: the journey's facts, personas,
 * channels, stages with their steps, then paths, flows and suppressions. Nothing is checked
 * until {@link #build()}, which validates the whole map and reports every problem at once.
 * A builder is not thread-safe; the map it builds is immutable.
 */
public final class JourneyMapBuilder {

    private final String title;
    private MapKind kind = MapKind.CURRENT_STATE;
    private Optional<String> objective = Optional.empty();
    private Optional<String> timeline = Optional.empty();
    private EmotionScale emotionScale = EmotionScale.DEFAULT;
    private Optional<SourcePosition> position = Optional.empty();
    private final List<PersonaBuilder> personas = new ArrayList<>();
    private final List<Channel> channels = new ArrayList<>();
    private final List<StageBuilder> stages = new ArrayList<>();
    private final Map<String, StageBuilder> stagesById = new LinkedHashMap<>();
    private final List<PersonaPath> paths = new ArrayList<>();
    private final List<Flow> flows = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>();

    JourneyMapBuilder(String title) {
        this.title = title;
    }

    private static final String JOURNEY = "journey";

    public JourneyMapBuilder kind(MapKind kind) {
        this.kind = Args.notNull(kind, JOURNEY, "kind");
        return this;
    }

    public JourneyMapBuilder objective(String objective) {
        this.objective = Optional.of(Args.notNull(objective, JOURNEY, "objective"));
        return this;
    }

    public JourneyMapBuilder timeline(String timeline) {
        this.timeline = Optional.of(Args.notNull(timeline, JOURNEY, "timeline"));
        return this;
    }

    /** The integer emotion range; {@code low < 0 < high}. The default is -2..2. */
    public JourneyMapBuilder emotionScale(int low, int high) {
        this.emotionScale = new EmotionScale(low, high);
        return this;
    }

    /** Where the journey was written. */
    public JourneyMapBuilder at(SourcePosition position) {
        this.position = Optional.ofNullable(position);
        return this;
    }

    /** Adds a persona with only an id and a name. */
    public JourneyMapBuilder persona(String id, String name) {
        return persona(id, name, p -> { });
    }

    /** Adds a persona and describes it: {@code p -> p.goal("...").prefers("sms")}. */
    public JourneyMapBuilder persona(String id, String name, Consumer<PersonaBuilder> details) {
        PersonaBuilder persona = new PersonaBuilder(Args.notNull(id, "persona", "id"),
                Args.notNull(name, "persona", id, "name"));
        Args.notNull(details, "persona", id, "details").accept(persona);
        personas.add(persona);
        return this;
    }

    /** Adds a channel of kind {@code other}. */
    public JourneyMapBuilder channel(String id, String name) {
        return channel(id, name, ChannelKind.OTHER);
    }

    public JourneyMapBuilder channel(String id, String name, ChannelKind kind) {
        Args.notNull(id, "channel", "id");
        channels.add(new Channel(id, Args.notNull(name, "channel", id, "name"),
                Args.notNull(kind, "channel", id, "kind")));
        return this;
    }

    /** Adds ready-made channels, such as those of {@link Channels}. */
    public JourneyMapBuilder channels(Channel... channels) {
        Args.notNull(channels, JOURNEY, "channels");
        for (int i = 0; i < channels.length; i++) {
            this.channels.add(Args.notNull(channels[i], JOURNEY, "channels[" + i + "]"));
        }
        return this;
    }

    /** Adds ready-made channels, such as {@link Channels#standard()}. */
    public JourneyMapBuilder channels(List<Channel> channels) {
        return channels(Args.notNull(channels, JOURNEY, "channels").toArray(new Channel[0]));
    }

    /** Adds a stage with no steps yet. */
    public JourneyMapBuilder stage(String id, String name) {
        return stage(id, name, s -> { });
    }

    /** Adds a stage and its steps: {@code s -> s.touchpoint("faq", "Reads the FAQ").via("web")}. */
    public JourneyMapBuilder stage(String id, String name, Consumer<StageBuilder> steps) {
        Args.notNull(id, "stage", "id");
        StageBuilder stage = new StageBuilder(id, Args.notNull(name, "stage", id, "name"));
        stages.add(stage);
        stagesById.putIfAbsent(id, stage);
        Args.notNull(steps, "stage", id, "steps").accept(stage);
        return this;
    }

    /** Adds preset stages, such as {@link Stages#CLASSIC}, to be filled with {@link #stage(String, Consumer)}. */
    public JourneyMapBuilder stages(List<Stages.Preset> presets) {
        Args.notNull(presets, JOURNEY, "stages");
        for (int i = 0; i < presets.size(); i++) {
            Stages.Preset preset = Args.notNull(presets.get(i), JOURNEY, "stages[" + i + "]");
            stage(preset.id(), preset.name());
        }
        return this;
    }

    /**
     * Adds steps to a stage added before, for example by {@link #stages(List)}.
     *
     * @throws IllegalArgumentException when no stage {@code id} was added
     */
    public JourneyMapBuilder stage(String id, Consumer<StageBuilder> steps) {
        StageBuilder stage = stagesById.get(Args.notNull(id, "stage", "id"));
        if (stage == null) {
            throw new IllegalArgumentException("stage '" + id
                    + "' was not added yet: add it with stage(id, name, ...) first");
        }
        Args.notNull(steps, "stage", id, "steps").accept(stage);
        return this;
    }

    /** Adds a persona's path through steps; each consecutive pair is a transition. */
    public JourneyMapBuilder path(String persona, String name, String... steps) {
        return path(new PersonaPath(Args.notNull(persona, "path", name, "persona"), Args.notNull(name, "path", "name"),
                Args.ids(steps, "path", name, "steps"), Optional.empty()));
    }

    public JourneyMapBuilder path(PersonaPath path) {
        paths.add(Args.notNull(path, JOURNEY, "path"));
        return this;
    }

    /** Adds a flow of kind {@code next} with no volume: {@code flow("a", "b", "c")}. */
    public JourneyMapBuilder flow(String... steps) {
        return flow(f -> f.steps(steps));
    }

    /** Adds a flow: {@code flow(f -> f.steps("call", "callback").volume(120).kind(RECOVERY))}. */
    public JourneyMapBuilder flow(Consumer<FlowBuilder> flow) {
        FlowBuilder builder = new FlowBuilder();
        Args.notNull(flow, JOURNEY, "flow").accept(builder);
        return flow(builder.build());
    }

    public JourneyMapBuilder flow(Flow flow) {
        flows.add(Args.notNull(flow, JOURNEY, "flow"));
        return this;
    }

    /** Silences the findings of {@code code} about the element {@code on}. */
    public JourneyMapBuilder suppress(String code, String on, String reason) {
        return suppress(new Suppression(Args.notNull(code, "suppression", "code"),
                Optional.of(Args.notNull(on, "suppression of", code, "on")),
                Args.notNull(reason, "suppression of", code, "reason"), Optional.empty()));
    }

    /** Silences every finding of {@code code}. */
    public JourneyMapBuilder suppressEverywhere(String code, String reason) {
        return suppress(new Suppression(Args.notNull(code, "suppression", "code"), Optional.empty(),
                Args.notNull(reason, "suppression of", code, "reason"), Optional.empty()));
    }

    public JourneyMapBuilder suppress(Suppression suppression) {
        suppressions.add(Args.notNull(suppression, JOURNEY, "suppression"));
        return this;
    }

    /**
     * Builds and validates the map.
     *
     * @throws JourneyValidationException holding every problem, when the map is not valid
     */
    public JourneyMap build() {
        List<Stage> built = new ArrayList<>(stages.size());
        for (StageBuilder stage : stages) {
            built.add(stage.build());
        }
        return JourneyMap.create(new JourneyMap.Header(title, kind, objective, timeline, emotionScale, position),
                personas.stream().map(PersonaBuilder::build).toList(), channels, built, paths, flows, suppressions);
    }
}
