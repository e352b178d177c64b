package dev.journeykit.core.diff;

import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.CoverageMatrix;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.analysis.report.Baseline;
import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.Direction;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.PainPoint;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Question;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed from one map to another, as a reviewer of a pull request or a team comparing the
 * current and the future state asks it: elements matched by id, never by position or name. Pure
 * and deterministic: the changes come in the order of {@link #KINDS}' areas, then the maps' order
 * (the old map's for what was removed, the new map's for the rest).
 *
 * <pre>{@code
 * MapDiff diff = MapDiff.compare(currentState, futureState);
 * diff.changes();      // [step.added [chat-bot, help], emotion.changed [checkout] -1 -> 1 better, ...]
 * diff.isEmpty();
 * }</pre>
 *
 * <p>Runs in O(V + S·C·P + F) for V steps, S stages, C channels, P personas and F findings
 * (hash maps by id; the reorder checks compare the common elements' orders once).
 */
public final class MapDiff {

    /** Every kind of change, in the order they are listed. */
    public static final List<String> KINDS = List.of(
            "map.title", "map.kind",
            "persona.added", "persona.removed", "channel.added", "channel.removed",
            "stage.added", "stage.removed", "stage.reordered",
            "step.added", "step.removed", "step.moved", "step.reordered",
            "emotion.changed", "curve.changed",
            "metric.added", "metric.removed", "metric.changed", "metric.target-changed",
            "question.answered", "question.new", "question.reopened",
            "pain.eased", "pain.new",
            "persona-channel.gained", "persona-channel.lost",
            "coverage.cell",
            "finding.introduced", "finding.resolved");

    private final JourneyMap before;
    private final JourneyMap after;
    private final List<Change> changes;

    private final List<Change> leftOpen;

    private MapDiff(JourneyMap before, JourneyMap after, List<Change> changes, List<Change> leftOpen) {
        this.before = before;
        this.after = after;
        this.changes = List.copyOf(changes);
        this.leftOpen = List.copyOf(leftOpen);
    }

    /** Compares two maps, analyzing each with the default analyzers and options. */
    public static MapDiff compare(JourneyMap before, JourneyMap after) {
        Analyzers analyzers = Analyzers.defaults();
        return compare(before, analyzers.analyze(before), after, analyzers.analyze(after));
    }

    /** Compares two maps with their analyses (which give the findings and the coverage matrices). */
    public static MapDiff compare(JourneyMap before, AnalysisReport beforeReport,
                                  JourneyMap after, AnalysisReport afterReport) {
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
        Objects.requireNonNull(beforeReport, "beforeReport must not be null");
        Objects.requireNonNull(afterReport, "afterReport must not be null");
        Comparison comparison = new Comparison(before, beforeReport, after, afterReport);
        return new MapDiff(before, after, comparison.run(), comparison.leftOpen);
    }

    /** The old map. */
    public JourneyMap before() {
        return before;
    }

    /** The new map. */
    public JourneyMap after() {
        return after;
    }

    /** Every change, in the order of {@link #KINDS}, then the maps' order. */
    public List<Change> changes() {
        return changes;
    }

    /**
     * The questions left open: unanswered in both maps (kind {@code question.left-open}). Not a
     * change, so not in {@link #changes()}; listed for the reviewer.
     */
    public List<Change> leftOpen() {
        return leftOpen;
    }

    /** Whether the maps do not differ in anything this comparison looks at. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** How many changes there are of each kind that occurs, in the order of {@link #KINDS}. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }

    /** One comparison; collects changes by kind, then lists them in the order of {@link #KINDS}. */
    private static final class Comparison {

        private final JourneyMap a;
        private final JourneyMap b;
        private final AnalysisReport ra;
        private final AnalysisReport rb;
        private final Map<String, List<Change>> byKind = new HashMap<>();
        private final List<Change> leftOpen = new ArrayList<>();

        Comparison(JourneyMap a, AnalysisReport ra, JourneyMap b, AnalysisReport rb) {
            this.a = a;
            this.b = b;
            this.ra = ra;
            this.rb = rb;
        }

        List<Change> run() {
            map();
            elements("persona", a.personas(), b.personas(), Persona::id);
            elements("channel", a.channels(), b.channels(), Channel::id);
            elements("stage", a.stages(), b.stages(), Stage::id);
            reordered("stage", ids(a.stages(), Stage::id), ids(b.stages(), Stage::id), List.of());
            steps();
            emotions();
            curves();
            metrics();
            questions();
            pains();
            personaChannels();
            coverage();
            findings();
            List<Change> all = new ArrayList<>();
            for (String kind : KINDS) {
                all.addAll(byKind.getOrDefault(kind, List.of()));
            }
            return all;
        }

        private void add(String kind, List<String> subjects, String before, String after, String trend,
                         String message) {
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Change(kind, subjects,
                    Optional.ofNullable(before), Optional.ofNullable(after), Optional.ofNullable(trend), message));
        }

        private void map() {
            if (!a.title().equals(b.title())) {
                add("map.title", List.of(), a.title(), b.title(), null,
                        "title changed from " + Findings.text(a.title()) + " to " + Findings.text(b.title()));
            }
            if (a.kind() != b.kind()) {
                add("map.kind", List.of(), a.kind().keyword(), b.kind().keyword(), null,
                        "kind changed from " + a.kind().keyword() + " to " + b.kind().keyword());
            }
        }

        private <T> void elements(String what, List<T> old, List<T> now, Function<T, String> id) {
            Set<String> oldIds = new LinkedHashSet<>(ids(old, id));
            Set<String> newIds = new LinkedHashSet<>(ids(now, id));
            for (String i : newIds) {
                if (!oldIds.contains(i)) {
                    add(what + ".added", List.of(i), null, null, null, what + " '" + i + "' added");
                }
            }
            for (String i : oldIds) {
                if (!newIds.contains(i)) {
                    add(what + ".removed", List.of(i), null, null, null, what + " '" + i + "' removed");
                }
            }
        }

        /**
         * The common elements whose place among the common elements changed; {@code context} is
         * added to the subjects (the stage of reordered steps).
         */
        private void reordered(String what, List<String> old, List<String> now, List<String> context) {
            Set<String> common = new LinkedHashSet<>(old);
            common.retainAll(new LinkedHashSet<>(now));
            List<String> oldOrder = old.stream().filter(common::contains).toList();
            List<String> newOrder = now.stream().filter(common::contains).toList();
            for (int i = 0; i < newOrder.size(); i++) {
                String id = newOrder.get(i);
                int was = oldOrder.indexOf(id);
                if (was != i) {
                    List<String> subjects = new ArrayList<>(List.of(id));
                    subjects.addAll(context);
                    add(what + ".reordered", subjects, String.valueOf(was + 1), String.valueOf(i + 1), null,
                            what + " '" + id + "' moved from place " + (was + 1) + " to " + (i + 1)
                                    + (context.isEmpty() ? "" : " in stage '" + context.get(0) + "'"));
                }
            }
        }

        private void steps() {
            for (Step s : b.steps()) {
                Optional<Step> old = a.step(s.id());
                if (old.isEmpty()) {
                    add("step.added", List.of(s.id(), s.stageId()), null, null, null,
                            s.kindName() + " '" + s.id() + "' added to stage '" + s.stageId() + "'");
                } else if (!old.get().stageId().equals(s.stageId())) {
                    add("step.moved", List.of(s.id(), s.stageId()), old.get().stageId(), s.stageId(), null,
                            s.kindName() + " '" + s.id() + "' moved from stage '" + old.get().stageId()
                                    + "' to '" + s.stageId() + "'");
                }
            }
            for (Step s : a.steps()) {
                if (b.step(s.id()).isEmpty()) {
                    add("step.removed", List.of(s.id(), s.stageId()), null, null, null,
                            s.kindName() + " '" + s.id() + "' removed from stage '" + s.stageId() + "'");
                }
            }
            for (Stage stage : b.stages()) {
                Optional<Stage> old = a.stage(stage.id());
                old.ifPresent(o -> reordered("step", ids(o.steps(), Step::id), ids(stage.steps(), Step::id),
                        List.of(stage.id())));
            }
        }

        private void emotions() {
            for (Step s : b.steps()) {
                a.step(s.id()).ifPresent(old -> {
                    OptionalInt was = old.emotion();
                    OptionalInt now = s.emotion();
                    if (!was.equals(now)) {
                        String trend = was.isPresent() && now.isPresent()
                                ? (now.getAsInt() > was.getAsInt() ? "better" : "worse") : null;
                        add("emotion.changed", List.of(s.id(), s.stageId()), text(was), text(now), trend,
                                "emotion at " + s.kindName() + " '" + s.id() + "' " + text(was) + " -> " + text(now)
                                        + (trend == null ? "" : " (" + trend + ")"));
                    }
                });
            }
        }

        /** A persona's curve: the emotions of its steps in map order; compared by their mean. */
        private void curves() {
            for (Persona p : b.personas()) {
                if (a.persona(p.id()).isEmpty()) {
                    continue;
                }
                List<String> was = curve(a, p.id());
                List<String> now = curve(b, p.id());
                if (!was.equals(now)) {
                    OptionalDouble meanWas = mean(a, p.id());
                    OptionalDouble meanNow = mean(b, p.id());
                    String trend = meanWas.isPresent() && meanNow.isPresent()
                            && meanWas.getAsDouble() != meanNow.getAsDouble()
                            ? (meanNow.getAsDouble() > meanWas.getAsDouble() ? "better" : "worse") : null;
                    add("curve.changed", List.of(p.id()), decimal(meanWas), decimal(meanNow), trend,
                            "emotion curve of persona '" + p.id() + "' changed: mean " + decimal(meanWas) + " -> "
                                    + decimal(meanNow) + (trend == null ? "" : " (" + trend + ")"));
                }
            }
        }

        private static List<String> curve(JourneyMap map, String persona) {
            List<String> points = new ArrayList<>();
            for (Step s : map.stepsFor(persona)) {
                s.emotion().ifPresent(e -> points.add(s.id() + " " + e));
            }
            return points;
        }

        private static OptionalDouble mean(JourneyMap map, String persona) {
            return map.stepsFor(persona).stream().filter(s -> s.emotion().isPresent())
                    .mapToInt(s -> s.emotion().getAsInt()).average();
        }

        private void metrics() {
            for (Step s : b.steps()) {
                if (!(s instanceof Touchpoint t)) {
                    continue;
                }
                Map<String, Metric> old = metricsOf(a.step(s.id()));
                for (Metric m : t.metrics()) {
                    Metric was = old.get(m.name());
                    List<String> subjects = List.of(m.name(), t.id(), t.stageId());
                    String where = "metric '" + m.name() + "' at touchpoint '" + t.id() + "'";
                    if (was == null) {
                        add("metric.added", subjects, null, m.value().toString(), null, where + " added: " + m.value());
                        continue;
                    }
                    if (!was.value().equals(m.value())) {
                        String trend = m.value().value() == was.value().value() ? null
                                : (m.value().value() < was.value().value()) == (m.direction() == Direction.LOWER_IS_BETTER)
                                ? "better" : "worse";
                        add("metric.changed", subjects, was.value().toString(), m.value().toString(), trend,
                                where + " " + was.value() + " -> " + m.value() + (trend == null ? "" : " (" + trend + ")"));
                    }
                    if (!was.target().equals(m.target())) {
                        String w = was.target().map(Object::toString).orElse("none");
                        String n = m.target().map(Object::toString).orElse("none");
                        add("metric.target-changed", subjects, w, n, null, where + " target " + w + " -> " + n);
                    }
                }
            }
            for (Step s : a.steps()) {
                if (s instanceof Touchpoint t) {
                    Map<String, Metric> now = metricsOf(b.step(s.id()));
                    for (Metric m : t.metrics()) {
                        if (!now.containsKey(m.name())) {
                            add("metric.removed", List.of(m.name(), t.id(), t.stageId()), m.value().toString(), null,
                                    null, "metric '" + m.name() + "' at touchpoint '" + t.id() + "' removed");
                        }
                    }
                }
            }
        }

        private static Map<String, Metric> metricsOf(Optional<Step> step) {
            Map<String, Metric> byName = new LinkedHashMap<>();
            if (step.isPresent() && step.get() instanceof Touchpoint t) {
                t.metrics().forEach(m -> byName.putIfAbsent(m.name(), m));
            }
            return byName;
        }

        /**
         * Questions are matched by their touchpoint and their text; several questions of one text at
         * one touchpoint are matched in their order.
         */
        private void questions() {
            for (Step s : b.steps()) {
                if (!(s instanceof Touchpoint t)) {
                    continue;
                }
                Map<String, ArrayDeque<Question>> old = new HashMap<>();
                if (a.step(s.id()).orElse(null) instanceof Touchpoint o) {
                    o.questions().forEach(q -> old.computeIfAbsent(q.text(), k -> new ArrayDeque<>()).add(q));
                }
                for (Question q : t.questions()) {
                    ArrayDeque<Question> same = old.get(q.text());
                    Question was = same == null ? null : same.poll();
                    List<String> subjects = List.of(t.id(), t.stageId());
                    String what = "question " + Findings.text(q.text()) + " at touchpoint '" + t.id() + "'";
                    if (q.answeredBy().isPresent()) {
                        if (was != null && was.answeredBy().isEmpty()) {
                            add("question.answered", subjects, null, q.answeredBy().get(), "better",
                                    what + " is now answered by '" + q.answeredBy().get() + "'");
                        }
                    } else if (was == null) {
                        add("question.new", subjects, null, null, "worse", what + " is new and has no answer");
                    } else if (was.answeredBy().isPresent()) {
                        add("question.reopened", subjects, was.answeredBy().get(), null, "worse",
                                what + " lost its answer '" + was.answeredBy().get() + "'");
                    } else {
                        leftOpen.add(new Change("question.left-open", subjects, Optional.empty(), Optional.empty(),
                                Optional.empty(), what + " is still open"));
                    }
                }
            }
        }

        /** A pain is eased when its step had no opportunity and now has one; new when its text is new at its step. */
        private void pains() {
            for (Step s : b.steps()) {
                Optional<Step> old = a.step(s.id());
                Set<String> oldPains = new LinkedHashSet<>();
                old.ifPresent(o -> o.pains().forEach(p -> oldPains.add(p.text())));
                boolean hadOpportunity = old.isPresent() && opportunities(old.get()) > 0;
                boolean hasOpportunity = opportunities(s) > 0;
                for (PainPoint p : s.pains()) {
                    List<String> subjects = List.of(s.id(), s.stageId());
                    String what = "pain " + Findings.text(p.text()) + " at " + s.kindName() + " '" + s.id() + "'";
                    if (!oldPains.contains(p.text())) {
                        add("pain.new", subjects, null, p.severity().keyword(), "worse", what + " is new ("
                                + p.severity().keyword() + ")");
                    } else if (!hadOpportunity && hasOpportunity) {
                        add("pain.eased", subjects, null, null, "better", what + " is eased: an opportunity was added");
                    }
                }
            }
        }

        private static int opportunities(Step step) {
            return step instanceof Touchpoint t ? t.opportunities().size() : 0;
        }

        private void personaChannels() {
            for (Persona p : b.personas()) {
                if (a.persona(p.id()).isEmpty()) {
                    continue;
                }
                Map<String, Set<String>> was = channelsByStage(a, p.id());
                Map<String, Set<String>> now = channelsByStage(b, p.id());
                for (Stage stage : b.stages()) {
                    Set<String> w = was.getOrDefault(stage.id(), Set.of());
                    for (String c : now.getOrDefault(stage.id(), Set.of())) {
                        if (!w.contains(c)) {
                            add("persona-channel.gained", List.of(p.id(), stage.id(), c), null, c, null,
                                    "persona '" + p.id() + "' gains channel '" + c + "' in stage '" + stage.id() + "'");
                        }
                    }
                }
                for (Stage stage : a.stages()) {
                    Set<String> n = now.getOrDefault(stage.id(), Set.of());
                    for (String c : was.getOrDefault(stage.id(), Set.of())) {
                        if (!n.contains(c)) {
                            add("persona-channel.lost", List.of(p.id(), stage.id(), c), c, null, null,
                                    "persona '" + p.id() + "' loses channel '" + c + "' in stage '" + stage.id() + "'");
                        }
                    }
                }
            }
        }

        private static Map<String, Set<String>> channelsByStage(JourneyMap map, String persona) {
            Map<String, Set<String>> channels = new HashMap<>();
            for (Step s : map.stepsFor(persona)) {
                if (s instanceof Touchpoint t) {
                    channels.computeIfAbsent(t.stageId(), k -> new LinkedHashSet<>()).add(t.channelId());
                }
            }
            return channels;
        }

        /** The cells of the overall coverage matrix whose counts differ, new map's order then the old's. */
        private void coverage() {
            CoverageMatrix was = ra.coverage();
            CoverageMatrix now = rb.coverage();
            Set<String> stages = new LinkedHashSet<>(now.stages());
            stages.addAll(was.stages());
            Set<String> channels = new LinkedHashSet<>(now.channels());
            channels.addAll(was.channels());
            for (String stage : stages) {
                for (String channel : channels) {
                    int w = was.count(stage, channel);
                    int n = now.count(stage, channel);
                    if (w != n) {
                        add("coverage.cell", List.of(stage, channel), String.valueOf(w), String.valueOf(n), null,
                                "stage '" + stage + "' on channel '" + channel + "': " + w + " -> " + n
                                        + (n == 1 ? " touchpoint" : " touchpoints"));
                    }
                }
            }
        }

        /** Findings matched by their baseline key (code and subjects), as a multiset. */
        private void findings() {
            Map<Baseline.Key, Integer> old = new HashMap<>();
            ra.findings().forEach(f -> old.merge(Baseline.key(f), 1, Integer::sum));
            Map<Baseline.Key, Integer> now = new HashMap<>();
            rb.findings().forEach(f -> now.merge(Baseline.key(f), 1, Integer::sum));
            for (Finding f : rb.findings()) {
                if (old.merge(Baseline.key(f), -1, Integer::sum) < 0) {
                    add("finding.introduced", f.subjects(), null, f.code(), "worse",
                            f.severity().keyword() + " " + f.code() + ": " + f.message());
                }
            }
            for (Finding f : ra.findings()) {
                if (now.merge(Baseline.key(f), -1, Integer::sum) < 0) {
                    add("finding.resolved", f.subjects(), f.code(), null, "better",
                            f.severity().keyword() + " " + f.code() + ": " + f.message());
                }
            }
        }

        private static <T> List<String> ids(List<T> elements, Function<T, String> id) {
            return elements.stream().map(id).toList();
        }

        private static String text(OptionalInt value) {
            return value.isPresent() ? String.valueOf(value.getAsInt()) : "none";
        }

        private static String decimal(OptionalDouble value) {
            return value.isPresent()
                    ? BigDecimal.valueOf(value.getAsDouble()).setScale(2, RoundingMode.HALF_EVEN).toPlainString()
                    : "none";
        }
    }
}
