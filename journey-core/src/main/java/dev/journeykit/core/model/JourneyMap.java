package dev.journeykit.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A customer journey map: personas, channels, ordered stages of steps, the paths and flows that
 * connect the steps, and the suppressions of analyzer findings. Immutable and validated whole when
 * created; every list keeps the order it was written in. Equality is by value and ignores source
 * positions.
 *
 * <p>Create one with {@code JourneyMaps.journey(title)...build()} or {@link #create}. Lookups by
 * id are hash lookups; the indices are computed once and the derived {@link #transitions()} on first use, in time
 * linear in the size of the map.
 */
public final class JourneyMap {

    private final String title;
    private final MapKind kind;
    private final Optional<String> objective;
    private final Optional<String> timeline;
    private final EmotionScale emotionScale;
    private final List<Persona> personas;
    private final List<Channel> channels;
    private final List<Stage> stages;
    private final List<PersonaPath> paths;
    private final List<Flow> flows;
    private final List<Suppression> suppressions;
    private final Optional<SourcePosition> position;

    private final List<Step> steps;
    private final List<Touchpoint> touchpoints;
    /** Made on first use ({@link #transitions()}): a map read only to be formatted or written never needs them. */
    private volatile List<Transition> transitions;
    private final Map<String, Element> elements;
    private final Map<String, Integer> stageIndex; // by stage id
    /** The {@link #forPersona} views made so far, by persona: each is built and validated once. */
    private final Map<String, JourneyMap> personaViews = new ConcurrentHashMap<>();

    private JourneyMap(String title, MapKind kind, Optional<String> objective,
                       Optional<String> timeline, EmotionScale emotionScale,
                       List<Persona> personas, List<Channel> channels, List<Stage> stages,
                       List<PersonaPath> paths, List<Flow> flows, List<Suppression> suppressions,
                       Optional<SourcePosition> position, Map<String, Element> byId) {
        this.title = title;
        this.kind = kind;
        this.objective = objective;
        this.timeline = timeline;
        this.emotionScale = emotionScale;
        this.personas = personas;
        this.channels = channels;
        this.stages = stages;
        this.paths = paths;
        this.flows = flows;
        this.suppressions = suppressions;
        this.position = position;

        Map<String, Integer> indexOfStage = new HashMap<>(Validator.capacity(stages.size()));
        int stepCount = 0;
        for (int i = 0; i < stages.size(); i++) {
            indexOfStage.put(stages.get(i).id(), i);
            stepCount += stages.get(i).steps().size();
        }
        List<Step> allSteps = new ArrayList<>(stepCount);
        List<Touchpoint> allTouchpoints = new ArrayList<>(stepCount);
        for (int i = 0; i < stages.size(); i++) {
            List<Step> stageSteps = stages.get(i).steps();
            for (int j = 0; j < stageSteps.size(); j++) {
                Step step = stageSteps.get(j);
                allSteps.add(step);
                if (step instanceof Touchpoint t) {
                    allTouchpoints.add(t);
                }
            }
        }
        this.elements = Collections.unmodifiableMap(byId);
        this.stageIndex = Collections.unmodifiableMap(indexOfStage);
        this.steps = List.copyOf(allSteps);
        this.touchpoints = List.copyOf(allTouchpoints);

    }

    /**
     * What a map says about itself, apart from its contents: the title, the kind, the optional
     * objective and timeline, the emotion scale and where the map starts in its source. Start
     * from {@link #of(String)} and change what differs with the {@code with...} methods.
     */
    public record Header(String title, MapKind kind, Optional<String> objective, Optional<String> timeline,
                         EmotionScale emotionScale, Optional<SourcePosition> position) {

        public Header {
            Checks.notNull(title, "title");
            Checks.notNull(kind, "kind");
            Checks.optional(objective, "objective");
            Checks.optional(timeline, "timeline");
            Checks.notNull(emotionScale, "emotionScale");
            Checks.optional(position, "position");
        }

        /** A current-state map titled {@code title}: no objective, no timeline, the default scale, no position. */
        public static Header of(String title) {
            return new Header(title, MapKind.CURRENT_STATE, Optional.empty(), Optional.empty(),
                    EmotionScale.DEFAULT, Optional.empty());
        }

        public Header withKind(MapKind kind) {
            return new Header(title, kind, objective, timeline, emotionScale, position);
        }

        public Header withObjective(Optional<String> objective) {
            return new Header(title, kind, objective, timeline, emotionScale, position);
        }

        public Header withTimeline(Optional<String> timeline) {
            return new Header(title, kind, objective, timeline, emotionScale, position);
        }

        public Header withEmotionScale(EmotionScale emotionScale) {
            return new Header(title, kind, objective, timeline, emotionScale, position);
        }

        public Header withPosition(Optional<SourcePosition> position) {
            return new Header(title, kind, objective, timeline, emotionScale, position);
        }
    }

    /**
     * Creates a map and validates it whole. The lists are of different element types, so two of
     * them cannot be swapped by mistake; the single values are in {@code header}.
     *
     * @throws JourneyValidationException holding every problem found, when the map is not valid
     * @throws NullPointerException naming the argument, when one is null
     */
    public static JourneyMap create(Header header, List<Persona> personas, List<Channel> channels,
                                    List<Stage> stages, List<PersonaPath> paths, List<Flow> flows,
                                    List<Suppression> suppressions) {
        Checks.notNull(header, "header");
        List<Persona> personaList = Checks.list(personas, "personas");
        List<Channel> channelList = Checks.list(channels, "channels");
        List<Stage> stageList = Checks.list(stages, "stages");
        List<PersonaPath> pathList = Checks.list(paths, "paths");
        List<Flow> flowList = Checks.list(flows, "flows");
        List<Suppression> suppressionList = Checks.list(suppressions, "suppressions");
        Validator validator = new Validator();
        List<Problem> problems = validator.validate(header.title(), header.emotionScale(), personaList,
                channelList, stageList, pathList, flowList, suppressionList, header.position());
        if (!problems.isEmpty()) {
            throw new JourneyValidationException(header.title(), problems);
        }
        return new JourneyMap(header.title(), header.kind(), header.objective(), header.timeline(),
                header.emotionScale(), personaList, channelList, stageList, pathList, flowList, suppressionList,
                header.position(), validator.elements());
    }

    /** The map's {@link Header}: title, kind, objective, timeline, emotion scale and position. */
    public Header header() {
        return new Header(title, kind, objective, timeline, emotionScale, position);
    }

    /** Whether {@code id} matches {@code [a-z][a-z0-9]*([-_][a-z0-9]+)*}, the pattern of every id. */
    public static boolean isValidId(String id) {
        return id != null && Validator.isValidId(id);
    }

    public String title() {
        return title;
    }

    public MapKind kind() {
        return kind;
    }

    public Optional<String> objective() {
        return objective;
    }

    public Optional<String> timeline() {
        return timeline;
    }

    public EmotionScale emotionScale() {
        return emotionScale;
    }

    public List<Persona> personas() {
        return personas;
    }

    public List<Channel> channels() {
        return channels;
    }

    /** The stages in journey order. */
    public List<Stage> stages() {
        return stages;
    }

    public List<PersonaPath> paths() {
        return paths;
    }

    public List<Flow> flows() {
        return flows;
    }

    public List<Suppression> suppressions() {
        return suppressions;
    }

    /** Where the {@code journey} statement was written, when the map came from text. */
    public Optional<SourcePosition> position() {
        return position;
    }

    /** Every step, stage by stage in order. */
    public List<Step> steps() {
        return steps;
    }

    /** Every touchpoint, stage by stage in order. */
    public List<Touchpoint> touchpoints() {
        return touchpoints;
    }

    /**
     * Every transition: first those of the paths (with their persona, kind next), then those of the
     * flows, each in the order written; {@code transitions().get(i).index() == i}.
     */
    public List<Transition> transitions() {
        List<Transition> made = transitions;
        if (made == null) {
            // two threads may both make them; the lists are equal, and either is kept
            made = makeTransitions();
            transitions = made;
        }
        return made;
    }

    private List<Transition> makeTransitions() {
        int transitionCount = 0;
        for (int i = 0; i < paths.size(); i++) {
            transitionCount += Math.max(0, paths.get(i).steps().size() - 1);
        }
        for (int i = 0; i < flows.size(); i++) {
            transitionCount += Math.max(0, flows.get(i).steps().size() - 1);
        }
        List<Transition> all = new ArrayList<>(transitionCount);
        for (int p = 0; p < paths.size(); p++) {
            PersonaPath path = paths.get(p);
            Optional<String> persona = Optional.of(path.persona());
            List<String> chain = path.steps();
            for (int i = 1; i < chain.size(); i++) {
                all.add(new Transition(all.size(), chain.get(i - 1), chain.get(i),
                        persona, TransitionKind.NEXT, OptionalLong.empty(),
                        path.position()));
            }
        }
        for (int f = 0; f < flows.size(); f++) {
            Flow flow = flows.get(f);
            List<String> chain = flow.steps();
            for (int i = 1; i < chain.size(); i++) {
                all.add(new Transition(all.size(), chain.get(i - 1), chain.get(i),
                        Optional.empty(), flow.kind(), flow.volume(), flow.position()));
            }
        }
        return List.copyOf(all);
    }

    /** The element with this id, of any kind. */
    public Optional<Element> element(String id) {
        return Optional.ofNullable(elements.get(Checks.notNull(id, "id")));
    }

    public Optional<Persona> persona(String id) {
        return element(id).filter(Persona.class::isInstance).map(Persona.class::cast);
    }

    public Optional<Channel> channel(String id) {
        return element(id).filter(Channel.class::isInstance).map(Channel.class::cast);
    }

    public Optional<Stage> stage(String id) {
        return element(id).filter(Stage.class::isInstance).map(Stage.class::cast);
    }

    public Optional<Step> step(String id) {
        return element(id).filter(Step.class::isInstance).map(Step.class::cast);
    }

    public Optional<Touchpoint> touchpoint(String id) {
        return element(id).filter(Touchpoint.class::isInstance).map(Touchpoint.class::cast);
    }

    /**
     * The index in {@link #stages()} of the stage that holds the step.
     *
     * @throws IllegalArgumentException when the map has no step {@code stepId}
     */
    public int stageIndex(String stepId) {
        // A valid map's step names the stage that holds it; the index of five stages, not of
        // every step, keeps a map of 100,000 steps free of 100,000 more hash entries.
        Integer index = elements.get(Checks.notNull(stepId, "stepId")) instanceof Step step
                ? stageIndex.get(step.stageId()) : null;
        if (index == null) {
            throw new IllegalArgumentException("journey '" + title + "' has no step '" + stepId + "'");
        }
        return index;
    }

    /** The stage that holds the step. */
    public Stage stageOf(String stepId) {
        return stages.get(stageIndex(stepId));
    }

    /** The steps for a persona (those for every persona included), in order. */
    public List<Step> stepsFor(String personaId) {
        Checks.notNull(personaId, "personaId");
        return steps.stream().filter(s -> s.isFor(personaId)).toList();
    }

    /** The touchpoints on a channel, in order. */
    public List<Touchpoint> touchpointsVia(String channelId) {
        Checks.notNull(channelId, "channelId");
        return touchpoints.stream().filter(t -> t.channelId().equals(channelId)).toList();
    }

    /**
     * The map as one persona sees it: only that persona, only the steps for it, only its paths,
     * the flows cut to the steps it keeps, and references to steps it does not keep (answers,
     * recoveries, suppressions) dropped. Channels and stages are all kept, so gaps stay visible.
     * Made once per persona and map, however many views ask for it.
     *
     * @throws IllegalArgumentException when the map has no persona {@code personaId}
     */
    public JourneyMap forPersona(String personaId) {
        Checks.notNull(personaId, "personaId");
        JourneyMap view = personaViews.get(personaId);
        if (view == null) {
            view = narrowTo(personaId);
            personaViews.putIfAbsent(personaId, view);
        }
        return view;
    }

    private JourneyMap narrowTo(String personaId) {
        Persona persona = persona(personaId).orElseThrow(() -> new IllegalArgumentException(
                "journey '" + title + "' has no persona '" + personaId + "'"));
        Set<String> kept = new LinkedHashSet<>();
        stepsFor(personaId).forEach(s -> kept.add(s.id()));
        List<Stage> keptStages = new ArrayList<>();
        for (Stage stage : stages) {
            List<Step> keptSteps = new ArrayList<>();
            for (Step step : stage.steps()) {
                if (kept.contains(step.id())) {
                    keptSteps.add(narrow(step, personaId, kept));
                }
            }
            keptStages.add(new Stage(stage.id(), stage.name(), stage.goal(), keptSteps, stage.position()));
        }
        List<Flow> keptFlows = new ArrayList<>();
        for (Flow flow : flows) {
            List<String> run = new ArrayList<>();
            for (String step : flow.steps()) {
                if (kept.contains(step)) {
                    run.add(step);
                } else {
                    addRun(keptFlows, flow, run);
                    run = new ArrayList<>();
                }
            }
            addRun(keptFlows, flow, run);
        }
        List<PersonaPath> keptPaths = paths.stream().filter(p -> p.persona().equals(personaId))
                .filter(p -> kept.containsAll(p.steps())).toList();
        List<Suppression> keptSuppressions = suppressions.stream()
                .filter(s -> s.on().isEmpty() || s.on().get().equals(personaId)
                        || kept.contains(s.on().get()) || elements.get(s.on().get()) instanceof Stage
                        || elements.get(s.on().get()) instanceof Channel)
                .toList();
        return create(header(), List.of(persona), channels, keptStages, keptPaths, keptFlows, keptSuppressions);
    }

    private static void addRun(List<Flow> flows, Flow flow, List<String> run) {
        if (run.size() >= 2) {
            flows.add(new Flow(run, flow.volume(), flow.kind(), flow.position()));
        }
    }

    /** The step with its persona list cut to {@code personaId} and references to dropped steps removed. */
    private static Step narrow(Step step, String personaId, Set<String> kept) {
        List<String> personas = step.personas().isEmpty() ? List.of() : List.of(personaId);
        if (step instanceof Moment m) {
            return new Moment(m.id(), m.name(), m.stageId(), personas, m.emotion(), m.actions(),
                    m.thoughts(), m.pains(), m.events(), m.position());
        }
        Touchpoint t = (Touchpoint) step;
        List<Question> questions = t.questions().stream()
                .map(q -> q.answeredBy().isPresent() && !kept.contains(q.answeredBy().get())
                        ? new Question(q.text(), Optional.empty(), q.position()) : q)
                .toList();
        List<Fallout> fallouts = t.fallouts().stream()
                .map(f -> f.recoveredBy().isPresent() && !kept.contains(f.recoveredBy().get())
                        ? new Fallout(f.text(), Optional.empty(), f.position()) : f)
                .toList();
        return new Touchpoint(t.id(), t.name(), t.stageId(), t.channelId(), t.initiatedBy(),
                personas, t.emotion(), t.actions(), t.thoughts(), questions, t.pains(),
                t.opportunities(), t.owner(), t.feedback(), t.metrics(), fallouts, t.blueprint(),
                t.events(), t.position());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JourneyMap m && title.equals(m.title) && kind == m.kind
                && objective.equals(m.objective) && timeline.equals(m.timeline)
                && emotionScale.equals(m.emotionScale) && personas.equals(m.personas)
                && channels.equals(m.channels) && stages.equals(m.stages)
                && paths.equals(m.paths) && flows.equals(m.flows)
                && suppressions.equals(m.suppressions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, kind, objective, timeline, emotionScale, personas, channels,
                stages, paths, flows, suppressions);
    }

    @Override
    public String toString() {
        return "JourneyMap['" + title + "', " + stages.size() + " stages, " + steps.size()
                + " steps, " + transitions().size() + " transitions]";
    }
}
