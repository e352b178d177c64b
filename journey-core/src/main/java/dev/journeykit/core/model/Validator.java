package dev.journeykit.core.model;

import dev.journeykit.core.internal.Spelling;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a whole map and collects every problem. One pass over the elements with hash lookups:
 * O(size of the map).
 */
final class Validator {

    private final List<Problem> problems = new ArrayList<>();
    private Map<String, Element> ids = new HashMap<>();

    /** Every element declared, by id; for a valid map, one entry per element. */
    Map<String, Element> elements() {
        return ids;
    }

    /** A hash map capacity that holds {@code size} entries with no resize. */
    static int capacity(int size) {
        return (int) Math.min(1L << 30, size * 4L / 3 + 1);
    }

    /** Whether {@code id} matches {@code [a-z][a-z0-9]*([-_][a-z0-9]+)*}. */
    static boolean isValidId(String id) {
        if (id.isEmpty() || !isLower(id.charAt(0))) {
            return false;
        }
        boolean afterSeparator = false;
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-' || c == '_') {
                if (afterSeparator) {
                    return false;
                }
                afterSeparator = true;
            } else if (isLower(c) || (c >= '0' && c <= '9')) {
                afterSeparator = false;
            } else {
                return false;
            }
        }
        return !afterSeparator;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    List<Problem> validate(String title, EmotionScale scale, List<Persona> personas,
                           List<Channel> channels, List<Stage> stages, List<PersonaPath> paths,
                           List<Flow> flows, List<Suppression> suppressions,
                           Optional<SourcePosition> position) {
        if (title.isBlank()) {
            add(Problem.Kind.EMPTY_NAME, "journey", "journey has an empty title", null, position);
        }
        if (!scale.isValid()) {
            add(Problem.Kind.INVALID_SCALE, "journey", "emotion scale " + scale
                    + " must have low < 0 < high", scale.toString(), position);
        }
        // Loops by index: the lists are the map's unmodifiable lists, and an iterator for each
        // of some 400,000 short lists was a fifth of what building a large map allocated.
        int elements = personas.size() + channels.size() + stages.size();
        for (int i = 0; i < stages.size(); i++) {
            elements += stages.get(i).steps().size();
        }
        ids = new HashMap<>(capacity(elements));
        for (int i = 0; i < personas.size(); i++) {
            declare(personas.get(i));
        }
        for (int i = 0; i < channels.size(); i++) {
            declare(channels.get(i));
        }
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            declare(stage);
            List<Step> steps = stage.steps();
            for (int j = 0; j < steps.size(); j++) {
                declare(steps.get(j));
            }
        }
        for (int i = 0; i < personas.size(); i++) {
            Persona persona = personas.get(i);
            for (String channel : persona.preferredChannels()) {
                refer(persona, "prefers unknown channel", channel, Channel.class, persona.position());
            }
        }
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            List<Step> steps = stage.steps();
            for (int j = 0; j < steps.size(); j++) {
                checkStep(stage, steps.get(j), scale);
            }
        }
        checkEvents(stages);
        checkPaths(paths);
        checkFlows(flows);
        checkSuppressions(suppressions);
        return problems;
    }

    private void checkPaths(List<PersonaPath> paths) {
        for (int i = 0; i < paths.size(); i++) {
            PersonaPath path = paths.get(i);
            if (!(ids.get(path.persona()) instanceof Persona)) {
                refer(what(path), "refers to unknown persona", path.persona(), Persona.class, path.position());
            }
            if (path.name().isBlank()) {
                add(Problem.Kind.EMPTY_NAME, what(path), "path of persona '" + path.persona()
                        + "' has an empty name", null, path.position());
            }
            if (path.steps().size() < 2) {
                add(Problem.Kind.SHORT_PATH, what(path), what(path) + " of persona '" + path.persona()
                        + "' has " + (path.steps().isEmpty() ? "no steps" : "only one step")
                        + "; a path needs two or more", null, path.position());
            }
            List<String> steps = path.steps();
            for (int j = 0; j < steps.size(); j++) {
                if (!(ids.get(steps.get(j)) instanceof Step)) {
                    refer(what(path), "refers to unknown step", steps.get(j), Step.class, path.position());
                }
            }
        }
    }

    private void checkFlows(List<Flow> flows) {
        for (int i = 0; i < flows.size(); i++) {
            Flow flow = flows.get(i);
            if (flow.steps().size() < 2) {
                String what = Problem.elementOf(flow);
                add(Problem.Kind.SHORT_PATH, what, what + " needs two or more steps", null, flow.position());
            }
            List<String> steps = flow.steps();
            for (int j = 0; j < steps.size(); j++) {
                if (!(ids.get(steps.get(j)) instanceof Step)) {
                    refer(Problem.elementOf(flow), "refers to unknown step", steps.get(j), Step.class,
                            flow.position());
                }
            }
            if (flow.volume().isPresent() && flow.volume().getAsLong() < 0) {
                String what = Problem.elementOf(flow);
                add(Problem.Kind.NEGATIVE_VOLUME, what, what + " has a negative volume "
                        + flow.volume().getAsLong(), Long.toString(flow.volume().getAsLong()), flow.position());
            }
        }
    }

    private void checkSuppressions(List<Suppression> suppressions) {
        for (Suppression s : suppressions) {
            if (s.code().isBlank()) {
                add(Problem.Kind.EMPTY_NAME, Problem.elementOf(s), "a suppression has an empty code: name the "
                        + "finding to suppress, like coverage.no-feedback", null, s.position());
            }
            s.on().ifPresent(on -> refer(Problem.elementOf(s), "refers to unknown element",
                    on, Element.class, s.position()));
        }
    }

    /** {@code path 'Typical'}: how messages name a path. Built only for a problem. */
    private static String what(PersonaPath path) {
        return Problem.elementOf(path);
    }

    /** {@code touchpoint 'faq'}: how messages name an element. Built only for a problem. */
    private static String what(Element element) {
        return Problem.elementOf(element);
    }

    private void declare(Element element) {
        if (!isValidId(element.id())) {
            add(Problem.Kind.INVALID_ID, what(element), element.kindName() + " id '" + element.id()
                    + "' is not a valid id (expected lower-case words joined by '-' or '_', like 'live-chat')",
                    element.id(), element.position());
        }
        if (element.name().isBlank()) {
            add(Problem.Kind.EMPTY_NAME, what(element), what(element) + " has an empty name", null,
                    element.position());
        }
        Element earlier = ids.putIfAbsent(element.id(), element);
        if (earlier != null) {
            add(Problem.Kind.DUPLICATE_ID, what(element), "duplicate id '" + element.id() + "': "
                    + what(element) + " has the id of " + what(earlier)
                    + earlier.position().map(p -> " at " + p).orElse(""),
                    element.id(), element.position());
        }
    }

    private void checkStep(Stage stage, Step step, EmotionScale scale) {
        if (!step.stageId().equals(stage.id())) {
            add(Problem.Kind.MISPLACED_STEP, what(step), what(step) + " names stage '" + step.stageId()
                    + "' but is in stage '" + stage.id() + "'", step.stageId(), step.position());
        }
        List<String> personas = step.personas();
        for (int i = 0; i < personas.size(); i++) {
            refer(step, "is for unknown persona", personas.get(i), Persona.class, step.position());
        }
        if (step.emotion().isPresent() && !scale.contains(step.emotion().getAsInt())) {
            int emotion = step.emotion().getAsInt();
            add(Problem.Kind.EMOTION_OUT_OF_SCALE, what(step), what(step) + " has emotion " + emotion
                    + " outside the scale " + scale, Integer.toString(emotion), step.position());
        }
        if (step instanceof Touchpoint t) {
            if (t.channelId().isEmpty()) {
                add(Problem.Kind.UNKNOWN_REFERENCE, what(t), what(t) + " has no channel (say which with via)",
                        null, t.position());
            } else {
                refer(t, "refers to unknown channel", t.channelId(), Channel.class, t.position());
            }
            List<Question> questions = t.questions();
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                if (q.answeredBy().isPresent()) {
                    refer(t, "has a question answered by unknown touchpoint", q.answeredBy().get(),
                            Touchpoint.class, either(q.position(), t.position()));
                }
            }
            List<Fallout> fallouts = t.fallouts();
            for (int i = 0; i < fallouts.size(); i++) {
                Fallout f = fallouts.get(i);
                if (f.recoveredBy().isPresent()) {
                    refer(t, "has a fallout recovered by unknown touchpoint", f.recoveredBy().get(),
                            Touchpoint.class, either(f.position(), t.position()));
                }
            }
            List<Metric> metrics = t.metrics();
            for (int i = 0; i < metrics.size(); i++) {
                Metric m = metrics.get(i);
                checkMetric(t, m, either(m.position(), t.position()));
            }
        }
    }

    /** Every event name binds one step: the second step to claim a name (defaults included) is an error. */
    private void checkEvents(List<Stage> stages) {
        if (!anyEventStatement(stages)) {
            return; // every step bound by its own id: a clash would be a duplicate id, reported already
        }
        Map<String, Step> claimed = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            List<Step> steps = stages.get(i).steps();
            for (int j = 0; j < steps.size(); j++) {
                Step step = steps.get(j);
                List<String> names = step.boundEvents();
                for (int k = 0; k < names.size(); k++) {
                    String name = names.get(k);
                    if (name.isBlank() && !step.events().isEmpty()) {
                        add(Problem.Kind.EMPTY_NAME, what(step), what(step) + " has an empty event name", null,
                                step.position());
                        continue;
                    }
                    Step first = claimed.putIfAbsent(name, step);
                    // two steps bound by their ids share an id: reported as a duplicate id already
                    if (first != null && first != step && !(first.events().isEmpty() && step.events().isEmpty())) {
                        add(Problem.Kind.DUPLICATE_EVENT, what(step), what(step)
                                + (step.events().isEmpty() ? " is bound by its id to event '" : " claims event '")
                                + name + "', already bound to " + what(first)
                                + (first.events().isEmpty() ? " by its id" : "")
                                + first.position().map(p -> " at " + p).orElse("")
                                + (step.events().isEmpty() ? " (give it an event statement of its own)" : ""),
                                name, step.position());
                    }
                }
            }
        }
    }

    private static boolean anyEventStatement(List<Stage> stages) {
        for (int i = 0; i < stages.size(); i++) {
            List<Step> steps = stages.get(i).steps();
            for (int j = 0; j < steps.size(); j++) {
                if (!steps.get(j).events().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<SourcePosition> either(Optional<SourcePosition> first,
                                                   Optional<SourcePosition> second) {
        return first.isPresent() ? first : second;
    }

    private void checkMetric(Touchpoint t, Metric m, Optional<SourcePosition> at) {
        boolean finite = m.value().isFinite() && (m.target().isEmpty() || m.target().get().isFinite());
        if (!finite) {
            add(Problem.Kind.INVALID_METRIC, what(t), "metric '" + m.name() + "' of " + what(t)
                    + " is not a finite number", m.name(), at);
        } else if (m.target().isPresent() && m.target().get().unit() != m.value().unit()) {
            add(Problem.Kind.INVALID_METRIC, what(t), "metric '" + m.name() + "' of " + what(t)
                    + " has a value in " + m.value().unit().keyword() + " but a target in "
                    + m.target().get().unit().keyword(), m.target().get().toString(), at);
        }
    }

    private void refer(Element from, String relation, String id, Class<? extends Element> type,
                       Optional<SourcePosition> at) {
        if (!type.isInstance(ids.get(id))) {
            refer(what(from), relation, id, type, at);
        }
    }

    private void refer(String what, String relation, String id, Class<? extends Element> type,
                       Optional<SourcePosition> at) {
        if (!type.isInstance(ids.get(id))) {
            List<String> candidates = new ArrayList<>();
            ids.forEach((known, element) -> {
                if (type.isInstance(element)) {
                    candidates.add(known);
                }
            });
            Collections.sort(candidates); // the suggestion must not depend on the map's hash order
            // as the DSL suggests ids: 1 edit up to 3 characters, 2 up to 6, else 3; never all of a short id
            int limit = Math.min(id.length() - 1, id.length() <= 3 ? 1 : id.length() <= 6 ? 2 : 3);
            String near = limit < 1 ? null : Spelling.nearest(id, candidates, limit);
            add(Problem.Kind.UNKNOWN_REFERENCE, what, what + " " + relation + " '" + id + "'"
                    + (near == null ? "" : " (did you mean '" + near + "'?)"), id, at);
        }
    }

    private void add(Problem.Kind kind, String element, String message, String offending,
                     Optional<SourcePosition> position) {
        problems.add(new Problem(kind, element, message, Optional.ofNullable(offending), position));
    }
}
