package dev.journeykit.dsl;

import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.build.MomentBuilder;
import dev.journeykit.core.build.StageBuilder;
import dev.journeykit.core.model.EmotionScale;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.SourcePosition;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mermaid's {@code journey} diagram in and out. Reading: the title, {@code accTitle} and {@code
 * accDescr}, sections as stages, tasks as moments (Mermaid names no channel), actors as personas
 * (ids made from their names, a suffix on collision), scores 1 to 5 as emotions on the default
 * scale (score − 3); errors at {@code file:line:column} as the DSL reports them. Writing: stages as
 * sections, touchpoints and moments as tasks, emotions mapped linearly from the map's scale onto 1
 * to 5 (3 where none), personas as actors. What the other side cannot say is left out and named in
 * {@code notes}, for the user to add or to know.
 */
public final class MermaidJourney {

    /** A map read from Mermaid, and what the user still has to add. */
    public record Imported(JourneyMap map, List<String> notes) {
        public Imported {
            Objects.requireNonNull(map, "map");
            notes = List.copyOf(notes);
        }
    }

    /** A Mermaid diagram, and what the map held that it cannot say. */
    public record Exported(String text, List<String> notes) {
        public Exported {
            Objects.requireNonNull(text, "text");
            notes = List.copyOf(notes);
        }
    }

    private static final Pattern TITLE = Pattern.compile("(?i)title\\s+(.*)");
    private static final Pattern ACC_TITLE = Pattern.compile("(?i)accTitle\\s*:\\s*(.*)");
    private static final Pattern ACC_DESCR = Pattern.compile("(?i)accDescr\\s*:\\s*(.*)");
    private static final Pattern ACC_DESCR_BLOCK = Pattern.compile("(?i)accDescr\\s*\\{(.*)");
    private static final Pattern SECTION = Pattern.compile("(?i)section\\s+(.*)");
    private static final Pattern SECTION_ALONE = Pattern.compile("(?i)section\\s*");
    private static final Pattern BREAK = Pattern.compile("(?i)<\\s*/?\\s*br\\s*/?\\s*>");
    private static final Pattern KEYWORD_START = Pattern.compile(
            "(?i)(journey|title|section|acctitle|accdescr)(\\s.*|[:{].*)?");

    private static final int TITLE_TEXT = 0;
    private static final int SECTION_TEXT = 1;
    private static final int TASK_TEXT = 2;
    private static final int ACTOR_TEXT = 3;

    private MermaidJourney() {
    }

    // ------------------------------------------------------------------------------------ read

    /**
     * Reads a Mermaid {@code journey} diagram.
     *
     * @param sourceName the file name positions and messages carry
     * @throws JourneyDslException with every problem found, each at its line and column
     */
    public static Imported read(String sourceName, String text) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(text, "text");
        return new Reader(sourceName, text).read();
    }

    private static final class Reader {

        private final String file;
        private final String[] lines;
        private final List<Diagnostic> problems = new ArrayList<>();
        private String title;
        private String accTitle;
        private String accDescr;
        private final List<String> sectionNames = new ArrayList<>();
        private final List<List<Task>> sections = new ArrayList<>();
        private final Map<String, String> actors = new LinkedHashMap<>();

        private record Task(String name, int score, List<String> actors) {
        }

        Reader(String file, String text) {
            this.file = file;
            this.lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        }

        Imported read() {
            boolean header = false;
            for (int i = 0; i < lines.length; i++) {
                String raw = lines[i];
                String line = stripComment(raw);
                int indent = indent(line);
                String body = line.strip();
                if (body.isEmpty()) {
                    continue;
                }
                if (!header) {
                    if (!body.equalsIgnoreCase("journey")) {
                        error(i, indent, body.length(), "expected 'journey' first: this reads only Mermaid's "
                                + "journey diagram");
                        break;
                    }
                    header = true;
                    continue;
                }
                i = statement(i, indent, body);
            }
            if (!header && problems.isEmpty()) {
                error(lines.length - 1, 0, 1, "expected 'journey' first: the text is empty");
            }
            if (!problems.isEmpty()) {
                throw new JourneyDslException(problems.subList(0, Math.min(problems.size(), JourneyDslException.LIMIT)),
                        problems.size() > JourneyDslException.LIMIT);
            }
            return build();
        }

        /** One statement starting on line {@code i}; returns the last line it took. */
        private int statement(int i, int indent, String body) {
            int semicolon = body.indexOf(';');
            if (semicolon >= 0) {
                error(i, indent + semicolon, 1, "unexpected ';': a journey statement ends at the end of its line");
                return i;
            }
            Matcher m;
            if ((m = ACC_DESCR_BLOCK.matcher(body)).matches()) {
                return descriptionBlock(i, indent, m.group(1));
            }
            if ((m = ACC_TITLE.matcher(body)).matches()) {
                accTitle = m.group(1).strip();
            } else if ((m = ACC_DESCR.matcher(body)).matches()) {
                accDescr = m.group(1).strip();
            } else if ((m = TITLE.matcher(body)).matches()) {
                title = m.group(1).strip();
            } else if ((m = SECTION.matcher(body)).matches() || SECTION_ALONE.matcher(body).matches()) {
                String name = m.matches() ? m.group(1).strip() : "";
                int colon = name.indexOf(':');
                if (name.isEmpty()) {
                    error(i, indent, body.length(), "a section needs a name: section NAME");
                } else if (colon >= 0) {
                    error(i, indent + body.indexOf(':'), 1, "unexpected ':' in a section name");
                } else {
                    sectionNames.add(BREAK.matcher(name).replaceAll(" ").strip());
                    sections.add(new ArrayList<>());
                }
            } else {
                task(i, indent, body);
            }
            return i;
        }

        private int descriptionBlock(int i, int indent, String rest) {
            List<String> text = new ArrayList<>();
            String current = rest;
            int line = i;
            while (true) {
                int close = current.indexOf('}');
                if (close >= 0) {
                    text.add(current.substring(0, close).strip());
                    String after = current.substring(close + 1).strip();
                    if (!after.isEmpty()) {
                        // Mermaid reads on after the brace: the rest is a statement of its own
                        line = statement(line, indent(lines[line]) + lines[line].strip().indexOf(after), after);
                    }
                    break;
                }
                text.add(current.strip());
                line++;
                if (line >= lines.length) {
                    error(i, indent, 8, "accDescr { has no closing '}'");
                    return lines.length - 1;
                }
                current = lines[line];
            }
            while (!text.isEmpty() && text.get(0).isEmpty()) {
                text.remove(0);
            }
            while (!text.isEmpty() && text.get(text.size() - 1).isEmpty()) {
                text.remove(text.size() - 1);
            }
            accDescr = String.join("\n", text);
            return line;
        }

        private void task(int i, int indent, String body) {
            int colon = body.indexOf(':');
            if (colon < 0) {
                error(i, indent, body.length(), "expected a task, 'NAME: SCORE: ACTORS', or a statement "
                        + "(title, section, accTitle, accDescr)" + suggestion(body));
                return;
            }
            String name = body.substring(0, colon).strip();
            if (name.isEmpty()) {
                error(i, indent, 1, "a task needs a name before ':'");
                return;
            }
            String data = body.substring(colon + 1);
            int second = data.indexOf(':');
            String scoreText = (second < 0 ? data : data.substring(0, second));
            int scoreColumn = indent + colon + 1 + indent(scoreText);
            scoreText = scoreText.strip();
            int score;
            try {
                score = Integer.parseInt(scoreText);
            } catch (NumberFormatException e) {
                score = -1;
            }
            if (score < 1 || score > 5) {
                error(i, scoreColumn, Math.max(1, scoreText.length()), scoreText.isEmpty()
                        ? "task '" + name + "' needs a score from 1 to 5 after ':'"
                        : "score '" + scoreText + "' of task '" + name + "' is not a whole number from 1 to 5");
                return;
            }
            List<String> people = new ArrayList<>();
            if (second >= 0) {
                for (String actor : data.substring(second + 1).split(",", -1)) {
                    String a = actor.strip();
                    if (!a.isEmpty() && !people.contains(a)) {
                        people.add(a);
                        actors.putIfAbsent(a, a);
                    }
                }
            }
            if (sections.isEmpty()) {
                sectionNames.add("Tasks");
                sections.add(new ArrayList<>());
            }
            sections.get(sections.size() - 1).add(new Task(name, score, people));
        }

        private static String suggestion(String body) {
            String word = body.split("\\s+", 2)[0];
            for (String keyword : List.of("title", "section", "accTitle", "accDescr")) {
                if (!word.equalsIgnoreCase(keyword) && Rule.nearest(word.toLowerCase(Locale.ROOT),
                        List.of(keyword.toLowerCase(Locale.ROOT))).isPresent()) {
                    return " (did you mean '" + keyword + "'?)";
                }
            }
            return "";
        }

        private Imported build() {
            List<String> notes = new ArrayList<>();
            String mapTitle = title != null && !title.isEmpty() ? title : accTitle;
            if (mapTitle == null || mapTitle.isEmpty()) {
                mapTitle = "Journey";
                notes.add("the diagram has no title: the map is called \"Journey\"; give it a title");
            } else if (title != null && accTitle != null && !accTitle.equals(title)) {
                notes.add("accTitle \"" + accTitle + "\" is not kept: the map's title is \"" + title + "\"");
            }
            Ids ids = new Ids();
            JourneyMapBuilder map = JourneyMaps.journey(mapTitle).at(new SourcePosition(file, 1, 1));
            if (accDescr != null && !accDescr.isEmpty()) {
                map.objective(accDescr);
            }
            Map<String, String> personaIds = new LinkedHashMap<>();
            for (String actor : actors.keySet()) {
                String id = ids.make(actor, "persona");
                personaIds.put(actor, id);
                map.persona(id, actor);
            }
            int moments = 0;
            for (int s = 0; s < sections.size(); s++) {
                List<Task> tasks = sections.get(s);
                String stageId = ids.make(sectionNames.get(s), "stage");
                List<String[]> stepIds = new ArrayList<>();
                for (Task t : tasks) {
                    stepIds.add(new String[] {ids.make(t.name(), "step")});
                }
                moments += tasks.size();
                Consumer<StageBuilder> steps = stage -> {
                    for (int k = 0; k < tasks.size(); k++) {
                        Task t = tasks.get(k);
                        MomentBuilder moment = stage.moment(stepIds.get(k)[0], t.name()).emotion(t.score() - 3);
                        if (!t.actors().isEmpty()) {
                            moment.forPersonas(t.actors().stream().map(personaIds::get).toArray(String[]::new));
                        }
                    }
                };
                map.stage(stageId, sectionNames.get(s), steps);
            }
            if (moments > 0) {
                notes.add(moments + (moments == 1 ? " task became a moment" : " tasks became moments")
                        + ": Mermaid names no channel; turn the ones the brand takes part in into touchpoints "
                        + "(touchpoint ID \"NAME\" via CHANNEL) and add the channels");
            }
            notes.add("Mermaid cannot say channels, goals, questions, pains, opportunities, metrics, paths or flows: "
                    + "add them to the map");
            return new Imported(map.build(), notes);
        }

        private static String stripComment(String line) {
            int cut = line.length();
            int percent = line.indexOf("%%");
            if (percent >= 0) {
                cut = percent;
            }
            int hash = line.indexOf('#');
            if (hash >= 0 && hash < cut) {
                cut = hash;
            }
            return line.substring(0, cut);
        }

        private static int indent(String line) {
            int n = 0;
            while (n < line.length() && Character.isWhitespace(line.charAt(n))) {
                n++;
            }
            return n;
        }

        /** A problem at 0-based line {@code i} and 0-based character {@code at}. */
        private void error(int i, int at, int length, String message) {
            String line = lines[Math.max(0, i)];
            int column = line.codePointCount(0, Math.min(at, line.length())) + 1;
            StringBuilder shown = new StringBuilder();
            line.codePoints().forEach(cp -> shown.appendCodePoint(cp != '\t' && Character.isISOControl(cp) ? '?' : cp));
            problems.add(new Diagnostic(new SourcePosition(file, i + 1, column), Math.max(1, length), message,
                    shown.toString()));
        }
    }

    /** Ids made from names: lower case words joined by '-', a suffix on collision, a fallback word. */
    private static final class Ids {
        private final Set<String> taken = new HashSet<>();

        String make(String name, String fallback) {
            String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
                base = base.isEmpty() ? fallback : fallback + "-" + base;
            }
            if (base.length() > 40) {
                base = base.substring(0, 40).replaceAll("-+$", "");
            }
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }
    }

    // ------------------------------------------------------------------------------------ write

    /**
     * Writes the map as a Mermaid {@code journey} diagram: stages as sections, steps as tasks with
     * a score (the emotion mapped linearly from the map's scale onto 1 to 5, 3 where none) and the
     * names of their personas as actors.
     */
    public static Exported write(JourneyMap map) {
        Objects.requireNonNull(map, "map");
        List<String> notes = new ArrayList<>();
        boolean[] replaced = new boolean[1];
        StringBuilder out = new StringBuilder("journey\n");
        out.append("    title ").append(text(map.title(), TITLE_TEXT, replaced)).append('\n');
        map.objective().ifPresent(o -> {
            if (o.contains("\n")) {
                out.append("    accDescr {\n");
                for (String line : o.split("\n", -1)) {
                    out.append("        ").append(line.replace('}', ')').replace("%%", "% %")).append('\n');
                }
                out.append("    }\n");
            } else {
                out.append("    accDescr: ").append(text(o, TITLE_TEXT, replaced)).append('\n');
            }
        });
        Map<String, String> actorNames = new LinkedHashMap<>();
        Set<String> usedNames = new HashSet<>();
        for (Persona p : map.personas()) {
            String name = text(p.name(), ACTOR_TEXT, replaced);
            if (!usedNames.add(name)) { // Mermaid tells actors apart by name only: the id keeps them two
                String unique = text(p.name() + " " + p.id(), ACTOR_TEXT, replaced);
                for (int n = 2; !usedNames.add(unique); n++) {
                    unique = text(p.name() + " " + p.id() + " " + n, ACTOR_TEXT, replaced);
                }
                notes.add("persona '" + p.id() + "' became actor '" + unique + "': another persona has its name");
                name = unique;
            }
            actorNames.put(p.id(), name);
        }
        EmotionScale scale = map.emotionScale();
        int touchpoints = 0;
        for (Stage stage : map.stages()) {
            out.append("    section ").append(text(stage.name(), SECTION_TEXT, replaced)).append('\n');
            for (Step step : stage.steps()) {
                if (step instanceof Touchpoint) {
                    touchpoints++;
                }
                int score = step.emotion().isPresent() ? score(step.emotion().getAsInt(), scale) : 3;
                out.append("      ").append(text(step.name(), TASK_TEXT, replaced)).append(": ").append(score);
                if (!step.personas().isEmpty()) {
                    out.append(": ").append(String.join(", ", step.personas().stream().map(actorNames::get).toList()));
                }
                out.append('\n');
            }
        }
        if (touchpoints > 0) {
            notes.add(touchpoints + (touchpoints == 1 ? " touchpoint became a task without its channel"
                    : " touchpoints became tasks without their channels") + ": Mermaid names no channel");
        }
        List<String> dropped = new ArrayList<>();
        count(dropped, map.channels().size(), "channel");
        count(dropped, map.paths().size(), "path");
        count(dropped, map.flows().size(), "flow");
        count(dropped, map.suppressions().size(), "suppression");
        count(dropped, (int) map.steps().stream().mapToLong(s -> s.pains().size()).sum(), "pain");
        count(dropped, (int) map.steps().stream().filter(s -> s instanceof Touchpoint)
                .mapToLong(s -> ((Touchpoint) s).questions().size()).sum(), "question");
        count(dropped, (int) map.steps().stream().filter(s -> s instanceof Touchpoint)
                .mapToLong(s -> ((Touchpoint) s).metrics().size()).sum(), "metric");
        if (!dropped.isEmpty()) {
            notes.add("left out (Mermaid's journey diagram cannot say them): " + String.join(", ", dropped));
        }
        if (!scale.equals(EmotionScale.DEFAULT)) {
            notes.add("emotions mapped from the scale " + scale.low() + ".." + scale.high() + " onto scores 1..5");
        }
        if (replaced[0]) {
            notes.add("characters Mermaid reads as syntax (: # ; , %% and line breaks) were replaced in names");
        }
        return new Exported(out.toString(), notes);
    }

    private static void count(List<String> dropped, int n, String what) {
        if (n > 0) {
            dropped.add(n + " " + what + (n == 1 ? "" : "s"));
        }
    }

    /** The emotion mapped linearly from the scale onto 1..5, rounded half up. */
    static int score(int emotion, EmotionScale scale) {
        int span = scale.high() - scale.low();
        if (span <= 0) {
            return 3;
        }
        return (int) Math.floor(1 + 4.0 * (emotion - scale.low()) / span + 0.5);
    }

    /**
     * A name as Mermaid reads it back: the characters its lexer takes as syntax replaced by look-alikes,
     * line breaks as spaces, and never empty nor starting with a keyword.
     */
    private static String text(String name, int mode, boolean[] replaced) {
        String t = name.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace("%%", "%\u200b%")
                .replace('#', '\uff03').replace(';', '\uff1b');
        if (mode != TITLE_TEXT) {
            t = t.replace(':', '\uff1a');
        }
        if (mode == TASK_TEXT || mode == ACTOR_TEXT) {
            t = t.replace(',', '\uff0c');
        }
        t = t.strip();
        if (t.isEmpty()) {
            t = "(unnamed)";
        }
        if (mode == TASK_TEXT && KEYWORD_START.matcher(t).matches()) {
            t = "\u2010" + t;
        }
        if (!t.equals(name)) {
            replaced[0] = true;
        }
        return t;
    }
}
