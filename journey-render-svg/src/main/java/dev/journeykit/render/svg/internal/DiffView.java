package dev.journeykit.render.svg.internal;

import dev.journeykit.core.diff.Change;
import dev.journeykit.core.diff.MapDiff;
import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.render.svg.internal.Canvas.Piece;
import dev.journeykit.render.svg.internal.Layout.Box;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * The DIFF view: the new map drawn by {@link MapView}, with what {@link MapDiff} found marked on it.
 * Added, moved and changed stages, steps and personas get an outline of their own and their marks
 * in words at the top of their box; a removed step is a ghost (dotted outline, no fill, muted
 * text) in its old stage, right after the step it followed in the old map (first when it followed
 * none still there), and a removed stage a ghost column after the stage it followed; removed
 * personas are ghost cards after the others. The emotion lane has both curves: the new map's and,
 * dashed, the old map's, through the steps where they are drawn now (ghosts included). A key
 * below the lanes explains the marks with a sample of each and counts what the picture cannot
 * show (channels, coverage cells, findings).
 *
 * <p>Time is linear in the sizes of the maps and of the diff.
 */
final class DiffView implements MapOverlay {

    /** The name of the view ({@code jk-view-diff}). */
    static final String VIEW = "diff";

    /** The kinds of marks, in the order their words are shown; removed is for ghosts. */
    private static final List<String> MARKS = List.of("added", "removed", "moved", "changed");
    private static final List<String> KINDS = List.of("stage", "step", "persona");

    private final MapDiff diff;
    /** The old map as drawn: walked by the settings' persona when it has that persona. */
    private final JourneyMap before;
    /** Element (kind:id) -> mark -> its words, in the order found. */
    private final Map<String, Map<String, List<String>>> marks = new HashMap<>();
    /** Ghosts (kind:id). */
    private final Set<String> ghosts = new LinkedHashSet<>();
    /** The stages in column order, ghosts included. */
    private final List<Stage> stages;
    /** The steps of each drawn stage in column order, ghosts included. */
    private final Map<String, List<Step>> columns = new HashMap<>();
    /** The persona cards in order, ghosts included. */
    private final List<Persona> personas;
    /** The ids of the steps drawn (ghosts included). */
    private final Set<String> drawnSteps = new HashSet<>();

    /** {@code after}: the new map as drawn (walked by the settings' persona, if any). */
    private DiffView(MapDiff diff, JourneyMap after, Optional<String> persona) {
        this.diff = diff;
        this.before = persona.filter(p -> diff.before().persona(p).isPresent())
                .map(p -> diff.before().forPersona(p)).orElse(diff.before());
        for (Change change : diff.changes()) {
            mark(change);
        }
        stages = merge(before.stages(), after.stages(), Stage::id, id -> diff.after().stage(id).isEmpty(), "stage");
        for (Stage stage : stages) {
            List<Step> here;
            if (ghost("stage", stage.id())) {
                here = new ArrayList<>();
                for (Step s : stage.steps()) {
                    if (diff.after().step(s.id()).isEmpty()) {
                        ghosts.add("step:" + s.id());
                        here.add(s);
                    }
                }
            } else {
                List<Step> old = before.stage(stage.id()).map(Stage::steps).orElse(List.of());
                here = merge(old, stage.steps(), Step::id, id -> diff.after().step(id).isEmpty(), "step");
            }
            columns.put(stage.id(), here);
            here.forEach(s -> drawnSteps.add(s.id()));
        }
        personas = persona.isPresent() ? after.personas()
                : merge(before.personas(), after.personas(), Persona::id, id -> diff.after().persona(id).isEmpty(),
                        "persona");
        // what an added or removed element holds is added or removed with it: no "changed" besides
        marks.forEach((key, on) -> {
            if (on.containsKey("added") || ghosts.contains(key)) {
                on.remove("changed");
            }
        });
    }

    /**
     * Draws the new map of {@code diff} with its changes marked.
     *
     * @throws IllegalArgumentException when the settings name a persona the new map does not have
     */
    static Drawing draw(MapDiff diff, Settings settings) {
        JourneyMap after = settings.persona().map(diff.after()::forPersona).orElse(diff.after());
        // MapView walks the new map with the same persona (the map keeps one view per persona)
        return MapView.draw(diff.after(), settings, new DiffView(diff, after, settings.persona()));
    }

    // ---------------------------------------------------------------- marks from the changes

    private void mark(Change change) {
        List<String> s = change.subjects();
        switch (change.kind()) {
            case "stage.added" -> add("stage", s.get(0), "added", null);
            case "step.added" -> add("step", s.get(0), "added", null);
            case "persona.added" -> add("persona", s.get(0), "added", null);
            case "stage.reordered", "step.reordered" -> add(change.area(), s.get(0), "moved",
                    "from place " + change.before().orElse("?"));
            case "step.moved" -> add("step", s.get(0), "moved", "from " + change.before()
                    .map(this::stageName).orElse("?"));
            case "emotion.changed" -> add("step", s.get(0), "changed",
                    "emotion " + signed(change.before()) + " \u2192 " + signed(change.after()));
            case "metric.added" -> add("step", s.get(1), "changed", s.get(0) + " added");
            case "metric.removed" -> add("step", s.get(1), "changed", s.get(0) + " removed");
            case "metric.changed" -> add("step", s.get(1), "changed", s.get(0) + " "
                    + change.before().orElse("") + " \u2192 " + change.after().orElse("")
                    + change.trend().map(t -> " (" + t + ")").orElse(""));
            case "metric.target-changed" -> add("step", s.get(1), "changed", s.get(0) + " target");
            case "question.answered" -> add("step", s.get(0), "changed", "question answered");
            case "question.new" -> add("step", s.get(0), "changed", "new question");
            case "question.reopened" -> add("step", s.get(0), "changed", "question reopened");
            case "pain.eased" -> add("step", s.get(0), "changed", "pain eased");
            case "pain.new" -> add("step", s.get(0), "changed", "new pain");
            case "curve.changed" -> add("persona", s.get(0), "changed", "emotion mean "
                    + change.before().orElse("none") + " \u2192 " + change.after().orElse("none")
                    + change.trend().map(t -> " (" + t + ")").orElse(""));
            case "persona-channel.gained" -> add("persona", s.get(0), "changed",
                    "gains " + channelName(s.get(2)) + " in " + stageName(s.get(1)));
            case "persona-channel.lost" -> add("persona", s.get(0), "changed",
                    "loses " + channelName(s.get(2)) + " in " + stageName(s.get(1)));
            default -> {
                // removed elements are ghosts (placed below); the rest is counted in the key
            }
        }
    }

    private void add(String kind, String id, String mark, String words) {
        List<String> list = marks.computeIfAbsent(kind + ":" + id, k -> new LinkedHashMap<>())
                .computeIfAbsent(mark, k -> new ArrayList<>());
        if (words != null) {
            list.add(words);
        }
    }

    private String channelName(String id) {
        return diff.after().channel(id).or(() -> diff.before().channel(id)).map(Channel::name).orElse(id);
    }

    private String stageName(String id) {
        return diff.after().stage(id).or(() -> diff.before().stage(id)).map(Stage::name).orElse(id);
    }

    private static String signed(Optional<String> emotion) {
        String e = emotion.orElse("none");
        return e.matches("[1-9][0-9]*") ? "+" + e : e;
    }

    // ---------------------------------------------------------------- where the ghosts go

    @Override
    public String view() {
        return VIEW;
    }

    @Override
    public List<Stage> stages(JourneyMap map) {
        return stages;
    }

    @Override
    public List<Step> steps(Stage stage) {
        return columns.getOrDefault(stage.id(), stage.steps());
    }

    @Override
    public List<Persona> personas(JourneyMap map) {
        return personas;
    }

    /**
     * The elements of {@code now} in order, with each element of {@code old} that is {@code gone}
     * put right after the element it followed in {@code old} (the nearest before it that is in
     * {@code now}; first when there is none), and recorded as a ghost of {@code kind}.
     */
    private <T> List<T> merge(List<T> old, List<T> now, Function<T, String> id,
                              java.util.function.Predicate<String> gone, String kind) {
        Set<String> present = new LinkedHashSet<>();
        now.forEach(e -> present.add(id.apply(e)));
        Map<String, List<T>> after = new HashMap<>();
        List<T> first = new ArrayList<>();
        String anchor = null;
        for (T e : old) {
            String i = id.apply(e);
            if (present.contains(i)) {
                anchor = i;
            } else if (gone.test(i)) {
                ghosts.add(kind + ":" + i);
                (anchor == null ? first : after.computeIfAbsent(anchor, k -> new ArrayList<>())).add(e);
            }
        }
        List<T> merged = new ArrayList<>(first);
        for (T e : now) {
            merged.add(e);
            merged.addAll(after.getOrDefault(id.apply(e), List.of()));
        }
        return merged;
    }

    @Override
    public boolean ghost(String kind, String id) {
        return ghosts.contains(kind + ":" + id);
    }

    @Override
    public JourneyMap source(String kind, String id, JourneyMap map) {
        return ghost(kind, id) ? before : map;
    }

    // ---------------------------------------------------------------- marks drawn

    @Override
    public String classes(String kind, String id) {
        StringBuilder b = new StringBuilder();
        if (ghost(kind, id)) {
            b.append(" jk-diff-removed");
        }
        Map<String, List<String>> on = marks.getOrDefault(kind + ":" + id, Map.of());
        for (String mark : MARKS) {
            if (on.containsKey(mark)) {
                b.append(" jk-diff-").append(mark);
            }
        }
        return b.toString();
    }

    @Override
    public List<Piece> tag(String kind, String id, double width, int maxLines) {
        List<Piece> pieces = new ArrayList<>();
        if (ghost(kind, id)) {
            pieces.add(tagPiece("removed", "\u2212 removed", width, 1));
        }
        Map<String, List<String>> on = marks.getOrDefault(kind + ":" + id, Map.of());
        for (String mark : MARKS) {
            List<String> words = on.get(mark);
            if (words != null) {
                String head = switch (mark) {
                    case "added" -> "+ added";
                    case "moved" -> "\u2192 moved";
                    default -> "~ changed";
                };
                String text = words.isEmpty() ? head
                        : head + (mark.equals("moved") ? " " : ": ") + summary(words);
                pieces.add(tagPiece(mark, text, width, maxLines));
            }
        }
        return pieces;
    }

    private static Piece tagPiece(String mark, String text, double width, int maxLines) {
        return Canvas.piece("jk-diff-tag-" + mark, text, width, Canvas.SMALL, true, maxLines);
    }

    /** The words of one mark, each once, with how often it came when more than once: {@code new pain (2)}. */
    private static String summary(List<String> words) {
        Map<String, Integer> counted = new LinkedHashMap<>();
        words.forEach(w -> counted.merge(w, 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counted.forEach((w, n) -> parts.add(n == 1 ? w : w + " (" + n + ")"));
        return String.join(", ", parts);
    }

    // ---------------------------------------------------------------- the two curves

    @Override
    public OptionalInt secondCurve(Step step) {
        return before.step(step.id()).map(Step::emotion).orElse(OptionalInt.empty());
    }

    @Override
    public int low(JourneyMap map) {
        return Math.min(map.emotionScale().low(), before.emotionScale().low());
    }

    @Override
    public int high(JourneyMap map) {
        return Math.max(map.emotionScale().high(), before.emotionScale().high());
    }

    @Override
    public List<String> curveNames() {
        return List.of("now", "before");
    }

    // ---------------------------------------------------------------- words

    @Override
    public String title(JourneyMap map) {
        return map.title() + " - changes";
    }

    @Override
    public String subtitle(JourneyMap map) {
        JourneyMap old = diff.before();
        return "changes from '" + old.title() + "' (" + old.kind().keyword() + ") to this " + map.kind().keyword()
                + " journey map";
    }

    @Override
    public String description(JourneyMap map, String counts) {
        JourneyMap old = diff.before();
        StringBuilder b = new StringBuilder("Changes from '").append(old.title()).append("' (")
                .append(old.kind().keyword()).append(") to '").append(map.title()).append("' (")
                .append(map.kind().keyword()).append("), drawn on the new map: ").append(counts).append(' ');
        List<String> parts = markCounts();
        b.append(parts.isEmpty() ? "No stage, step or persona changed." : String.join(", ", parts) + ".");
        b.append(ghosts.isEmpty() ? " The old emotion curve is dashed."
                : " Removed elements are drawn faded with a dotted outline; the old emotion curve is dashed.");
        List<String> others = otherCounts();
        if (!others.isEmpty()) {
            b.append(" Not drawn: ").append(String.join(", ", others)).append('.');
        }
        return b.toString();
    }

    /** How many elements of each kind got each mark: {@code 2 steps added}, in kind then mark order. */
    private List<String> markCounts() {
        List<String> parts = new ArrayList<>();
        for (String kind : KINDS) {
            for (String mark : MARKS) {
                int n = count(kind, mark);
                if (n > 0) {
                    parts.add(MapView.count(n, kind) + " " + mark);
                }
            }
        }
        return parts;
    }

    /** Elements of {@code kind} with {@code mark} that the picture draws. */
    private int count(String kind, String mark) {
        if (mark.equals("removed")) {
            int n = 0;
            for (String g : ghosts) {
                n += g.startsWith(kind + ":") ? 1 : 0;
            }
            return n;
        }
        int n = 0;
        for (Map.Entry<String, Map<String, List<String>>> e : marks.entrySet()) {
            if (e.getKey().startsWith(kind + ":") && e.getValue().containsKey(mark) && drawn(e.getKey())) {
                n++;
            }
        }
        return n;
    }

    /** Whether an element with marks is in the new map as drawn (a persona's view leaves steps out). */
    private boolean drawn(String key) {
        String kind = key.substring(0, key.indexOf(':'));
        String id = key.substring(key.indexOf(':') + 1);
        return switch (kind) {
            case "stage" -> columns.containsKey(id);
            case "step" -> drawnSteps.contains(id);
            default -> personas.stream().anyMatch(p -> p.id().equals(id));
        };
    }

    /** The changes the picture does not draw, counted: channels, coverage cells, findings, the map's title and kind. */
    private List<String> otherCounts() {
        Map<String, Integer> counts = diff.counts();
        List<String> parts = new ArrayList<>();
        if (counts.containsKey("map.title")) {
            parts.add("the title changed");
        }
        if (counts.containsKey("map.kind")) {
            parts.add("the kind changed");
        }
        other(parts, counts, "channel.added", "channel", "added");
        other(parts, counts, "channel.removed", "channel", "removed");
        other(parts, counts, "coverage.cell", "coverage cell", "changed");
        other(parts, counts, "finding.introduced", "finding", "introduced");
        other(parts, counts, "finding.resolved", "finding", "resolved");
        return parts;
    }

    private static void other(List<String> parts, Map<String, Integer> counts, String kind, String noun, String verb) {
        int n = counts.getOrDefault(kind, 0);
        if (n > 0) {
            parts.add(MapView.count(n, noun) + " " + verb);
        }
    }

    // ---------------------------------------------------------------- the key

    private static final double SAMPLE_W = 34;
    private static final double SAMPLE_H = 18;

    /**
     * The key: a heading, a sample box of each mark with its words and how many elements have it,
     * and a note on what the picture does not draw.
     */
    @Override
    public double key(Canvas c, double x, double y, double width) {
        double pad = Canvas.PAD;
        double inner = width - 2 * pad;
        List<String> entries = new ArrayList<>();
        for (String mark : MARKS) {
            int n = 0;
            for (String kind : KINDS) {
                n += count(kind, mark);
            }
            entries.add(switch (mark) {
                case "added" -> "+ added";
                case "removed" -> "\u2212 removed (faded, dotted)";
                case "moved" -> "\u2192 moved (long dashes)";
                default -> "~ changed (dash-dot)";
            } + ": " + n);
        }
        // the samples flow left to right and wrap
        double rowH = SAMPLE_H + 6;
        double[][] at = new double[entries.size()][];
        double cx = 0;
        int row = 0;
        for (int i = 0; i < entries.size(); i++) {
            double w = SAMPLE_W + 6 + TextMetrics.width(entries.get(i), Canvas.FONT, false);
            if (cx > 0 && cx + w > inner) {
                row++;
                cx = 0;
            }
            at[i] = new double[] {cx, row};
            cx += w + 18;
        }
        List<String> others = otherCounts();
        String note = (others.isEmpty() ? "" : "Not drawn: " + String.join(", ", others) + ". ")
                + "journey diff lists every change.";
        List<String> noteLines = Canvas.wrap(note, inner, Canvas.SMALL, false, 2);
        String heading = "Changes";
        double headH = Canvas.blockHeight(1, Canvas.HEAD);
        double h = pad + headH + 6 + (row + 1) * rowH + 4 + Canvas.blockHeight(noteLines.size(), Canvas.SMALL) + pad;
        Box box = c.box("diff-key", "legend", "jk-legend", c.settings.id("diff-key"), x, y, width, h, 4);
        c.text(box, "jk-head", List.of(heading), x + pad, y + pad, Canvas.HEAD, true, "start");
        double top = y + pad + headH + 6;
        for (int i = 0; i < entries.size(); i++) {
            String mark = MARKS.get(i);
            double sx = x + pad + at[i][0];
            double sy = top + at[i][1] * rowH;
            boolean ghost = mark.equals("removed");
            if (ghost) {
                c.svg.open("g").attr("class", "jk-diff-ghost").end(true);
            }
            c.svg.rect("jk-diff-sample jk-diff-" + mark, sx + 1.5, sy + 1.5, SAMPLE_W - 3, SAMPLE_H - 3, 3);
            if (ghost) {
                c.svg.closing("g");
            }
            c.text(box, "jk-text", List.of(entries.get(i)), sx + SAMPLE_W + 6,
                    sy + (SAMPLE_H - Canvas.blockHeight(1, Canvas.FONT)) / 2, Canvas.FONT, false, "start");
        }
        c.text(box, "jk-small", noteLines, x + pad, top + (row + 1) * rowH + 4, Canvas.SMALL, false, "start");
        return y + h;
    }
}
