package dev.journeykit.dsl.internal;

import dev.journeykit.core.internal.DslStrings;
import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.EmotionScale;
import dev.journeykit.core.model.Fallout;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.Flow;
import dev.journeykit.core.model.Initiator;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MapKind;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.Moment;
import dev.journeykit.core.model.PainPoint;
import dev.journeykit.core.model.PainSeverity;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.PersonaPath;
import dev.journeykit.core.model.Question;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Suppression;
import dev.journeykit.core.model.Touchpoint;
import dev.journeykit.core.model.TransitionKind;
import java.util.List;
import java.util.Map;

/**
 * Prints a map as canonical {@code .journey} text: four-space indent, one statement a line,
 * statements in the order of the spec's table, defaults left out, strings escaped only where
 * needed, {@code \n} line ends. With {@link Comments}, each statement's comments are printed
 * before it (and a trailing one after it), so {@code journey fmt} keeps them.
 */
final class Formatter {

    /** Path lines are wrapped before this width (at least two steps a line). */
    private static final int PATH_WIDTH = 100;

    private final StringBuilder out;
    private final Comments comments;
    /**
     * Whether statements are looked up by key for their comments: without comments every key is
     * the empty string, so printing a map builds no key.
     */
    private final boolean keyed;
    private int indent;
    private String lastGroup;
    private boolean lastWasBlock;

    private Formatter(Comments comments, int capacity) {
        this.comments = comments;
        this.keyed = !comments.isEmpty();
        this.out = new StringBuilder(capacity);
    }

    /**
     * The canonical text of {@code map} with {@code comments}; {@code sizeHint} is the length of the
     * text it was read from (0 when none), to size the output once.
     */
    static String format(JourneyMap map, Comments comments, int sizeHint) {
        int capacity = sizeHint > 0 ? sizeHint + (sizeHint >> 4) : 4096 + 320 * map.steps().size();
        Formatter f = new Formatter(comments, capacity);
        f.journey(map);
        return f.out.toString();
    }

    /** The key {@code key + suffix} of a statement inside the one of {@code key}, or "" without comments. */
    private String key(String key, String suffix) {
        return keyed ? key + suffix : "";
    }

    /** The key of the {@code i}th {@code keyword} statement inside the one of {@code key}, or "" without comments. */
    private String key(String key, String keyword, int i) {
        return keyed ? key + "/" + keyword + "#" + i : "";
    }

    // ---------------------------------------------------------------- words and strings

    /** Whether a finding code can be written without quotes: lower-case words joined by '.', '-' or '_'. */
    static boolean isBareCode(String code) {
        if (code.isEmpty() || code.charAt(0) < 'a' || code.charAt(0) > 'z') {
            return false;
        }
        boolean afterSeparator = false;
        for (int i = 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '-' || c == '_' || c == '.') {
                if (afterSeparator) {
                    return false;
                }
                afterSeparator = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterSeparator = false;
            } else {
                return false;
            }
        }
        return !afterSeparator;
    }

    /** A string literal: core's {@link DslStrings#quote}. */
    static String quote(String text) {
        return DslStrings.quote(text);
    }

    private static String idOrString(String word) {
        return JourneyMap.isValidId(word) ? word : quote(word);
    }

    // ---------------------------------------------------------------- lines and blocks

    private void leading(String key) {
        for (String comment : comments.leading(key)) {
            pad();
            out.append(comment).append('\n');
        }
    }

    private void pad() {
        for (int i = 0; i < indent; i++) {
            out.append("    ");
        }
    }

    /** A statement of one line. */
    private void line(String key, String text) {
        begin(key).append(text);
        trailing(key);
    }

    /** Starts a statement of one line: its comments before it, its indent; its text goes to the returned {@link #out}. */
    private StringBuilder begin(String key) {
        leading(key);
        pad();
        return out;
    }

    /** {@code keyword "text"} as a statement of one line. */
    private void quoted(String key, String keyword, String text) {
        quote(begin(key).append(keyword).append(' '), text);
        trailing(key);
    }

    private void quote(StringBuilder to, String text) {
        DslStrings.quote(to, text);
    }

    private void trailing(String key) {
        String comment = comments.trailing(key);
        if (comment != null) {
            out.append(' ').append(comment);
        }
        out.append('\n');
    }

    /** A statement's header: with a block when it has a body (or comments inside the block). */
    private boolean header(String key, CharSequence text, boolean body) {
        boolean block = body || comments.has(key(key, "}"));
        leading(key);
        pad();
        out.append(text);
        if (block) {
            out.append(" {");
            indent++;
        }
        trailing(key);
        return block;
    }

    private void close(String key) {
        leading(key);
        indent--;
        pad();
        out.append('}');
        trailing(key);
    }

    /** A blank line between groups of journey statements, and around blocks. */
    private void separate(String group, boolean block) {
        if (lastGroup != null && (block || lastWasBlock || !group.equals(lastGroup))) {
            out.append('\n');
        }
        lastGroup = group;
        lastWasBlock = block;
    }

    // ---------------------------------------------------------------- statements

    private void journey(JourneyMap map) {
        header("journey", "journey " + quote(map.title()), true);
        if (map.kind() != MapKind.CURRENT_STATE || comments.has("kind")) {
            separate("facts", false);
            begin("kind").append("kind ").append(map.kind().keyword());
            trailing("kind");
        }
        map.objective().ifPresent(o -> {
            separate("facts", false);
            line("objective", "objective " + quote(o));
        });
        map.timeline().ifPresent(t -> {
            separate("facts", false);
            line("timeline", "timeline " + quote(t));
        });
        if (!map.emotionScale().equals(EmotionScale.DEFAULT) || comments.has("emotion-scale")) {
            separate("facts", false);
            line("emotion-scale", "emotion-scale " + map.emotionScale());
        }
        map.personas().forEach(this::persona);
        for (Channel c : map.channels()) {
            separate("channel", false);
            String key = key("channel:", c.id());
            quote(begin(key).append("channel ").append(c.id()).append(' '), c.name());
            if (c.kind() != ChannelKind.OTHER) {
                out.append(" kind ").append(c.kind().keyword());
            }
            trailing(key);
        }
        map.stages().forEach(this::stage);
        for (int i = 0; i < map.paths().size(); i++) {
            path(map.paths().get(i), keyed ? "path#" + i : "");
        }
        for (int i = 0; i < map.flows().size(); i++) {
            separate("flow", false);
            String key = keyed ? "flow#" + i : "";
            flow(begin(key), map.flows().get(i));
            trailing(key);
        }
        for (int i = 0; i < map.suppressions().size(); i++) {
            separate("suppress", false);
            Suppression s = map.suppressions().get(i);
            line("suppress#" + i, "suppress " + (isBareCode(s.code()) ? s.code() : quote(s.code()))
                    + s.on().map(on -> " on " + on).orElse("") + " because " + quote(s.reason()));
        }
        close("journey}");
        for (String comment : comments.leading("end")) {
            out.append(comment).append('\n');
        }
    }

    private void persona(Persona p) {
        String key = key("persona:", p.id());
        boolean body = p.description().isPresent() || !p.goals().isEmpty() || !p.needs().isEmpty()
                || !p.pains().isEmpty() || !p.preferredChannels().isEmpty() || !p.attributes().isEmpty();
        separate("persona", body || comments.has(key(key, "}")));
        if (!header(key, "persona " + p.id() + " " + quote(p.name()), body)) {
            return;
        }
        p.description().ifPresent(d -> quoted(key(key, "/description"), "description", d));
        texts(key, "goal", p.goals());
        texts(key, "need", p.needs());
        texts(key, "pain", p.pains());
        if (!p.preferredChannels().isEmpty()) {
            line(key(key, "/prefers"), "prefers " + String.join(", ", p.preferredChannels()));
        }
        for (Map.Entry<String, String> a : p.attributes().entrySet()) {
            line(key(key, "/attribute:" + a.getKey()), "attribute " + idOrString(a.getKey()) + " " + quote(a.getValue()));
        }
        close(key(key, "}"));
    }

    private void texts(String key, String keyword, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            quoted(key(key, keyword, i), keyword, texts.get(i));
        }
    }

    private void stage(Stage s) {
        String key = key("stage:", s.id());
        boolean body = s.goal().isPresent() || !s.steps().isEmpty();
        separate("stage", body || comments.has(key(key, "}")));
        if (!header(key, "stage " + s.id() + " " + quote(s.name()), body)) {
            return;
        }
        s.goal().ifPresent(g -> quoted(key(key, "/goal"), "goal", g));
        for (Step step : s.steps()) {
            step(step);
        }
        close(key(key, "}"));
    }

    private void step(Step step) {
        String key = key("step:", step.id());
        StringBuilder head = new StringBuilder(80);
        boolean body = step.emotion().isPresent() || !step.actions().isEmpty() || !step.thoughts().isEmpty()
                || !step.pains().isEmpty() || !step.events().isEmpty();
        Touchpoint t = step instanceof Touchpoint tp ? tp : null;
        if (t != null) {
            quote(head.append("touchpoint ").append(t.id()).append(' '), t.name());
            head.append(" via ").append(t.channelId());
            if (t.initiatedBy() == Initiator.BRAND) {
                head.append(" by brand");
            }
            body = body || !t.questions().isEmpty() || !t.opportunities().isEmpty() || t.owner().isPresent()
                    || !t.feedback().isEmpty() || !t.metrics().isEmpty() || !t.fallouts().isEmpty()
                    || !t.frontstage().isEmpty() || !t.backstage().isEmpty() || !t.support().isEmpty()
                    || !t.evidence().isEmpty();
        } else {
            Moment m = (Moment) step;
            quote(head.append("moment ").append(m.id()).append(' '), m.name());
        }
        if (!step.personas().isEmpty()) {
            head.append(" for ").append(String.join(", ", step.personas()));
        }
        if (!header(key, head, body)) {
            return;
        }
        if (step.emotion().isPresent()) {
            String emotion = key(key, "/emotion");
            begin(emotion).append("emotion ").append(step.emotion().getAsInt());
            trailing(emotion);
        }
        texts(key, "action", step.actions());
        texts(key, "thought", step.thoughts());
        if (t != null) {
            for (int i = 0; i < t.questions().size(); i++) {
                Question q = t.questions().get(i);
                String question = key(key, "question", i);
                quote(begin(question).append("question "), q.text());
                q.answeredBy().ifPresent(a -> out.append(" answered-by ").append(a));
                trailing(question);
            }
        }
        for (int i = 0; i < step.pains().size(); i++) {
            PainPoint p = step.pains().get(i);
            String pain = key(key, "pain", i);
            quote(begin(pain).append("pain "), p.text());
            if (p.severity() != PainSeverity.MEDIUM) {
                out.append(" severity ").append(p.severity().keyword());
            }
            trailing(pain);
        }
        if (t != null) {
            touchpointBody(key, t);
        }
        texts(key, "event", step.events());
        close(key(key, "}"));
    }

    private void touchpointBody(String key, Touchpoint t) {
        texts(key, "opportunity", t.opportunities());
        t.owner().ifPresent(o -> quoted(key(key, "/owner"), "owner", o));
        for (int i = 0; i < t.feedback().size(); i++) {
            FeedbackKind f = t.feedback().get(i);
            String feedback = key(key, "feedback", i);
            begin(feedback).append("feedback ").append(f.keyword());
            trailing(feedback);
        }
        for (int i = 0; i < t.metrics().size(); i++) {
            Metric m = t.metrics().get(i);
            line(key(key, "metric", i), "metric " + idOrString(m.name()) + " " + m.value()
                    + m.target().map(v -> " target " + v).orElse("")
                    + (m.direction() == Metric.defaultDirection(m.name()) ? "" : " " + m.direction().keyword()));
        }
        for (int i = 0; i < t.fallouts().size(); i++) {
            Fallout f = t.fallouts().get(i);
            String fallout = key(key, "fallout", i);
            quote(begin(fallout).append("fallout "), f.text());
            f.recoveredBy().ifPresent(r -> out.append(" recovered-by ").append(r));
            trailing(fallout);
        }
        texts(key, "frontstage", t.frontstage());
        texts(key, "backstage", t.backstage());
        texts(key, "support", t.support());
        texts(key, "evidence", t.evidence());
    }

    private void path(PersonaPath p, String key) {
        separate("path", true);
        header(key, "path " + p.persona() + " " + quote(p.name()), true);
        List<String> steps = p.steps();
        StringBuilder lineText = new StringBuilder();
        int onLine = 0;
        int width = PATH_WIDTH - 4 * indent;
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            if (onLine >= 2 && lineText.length() + 4 + step.length() > width) {
                pad();
                out.append(lineText).append('\n');
                lineText.setLength(0);
                lineText.append(steps.get(i - 1));
                onLine = 1;
            }
            if (onLine > 0) {
                lineText.append(" -> ");
            }
            lineText.append(step);
            onLine++;
        }
        if (onLine > 0) {
            pad();
            out.append(lineText).append('\n');
        }
        close(key(key, "}"));
    }

    /** {@code flow a -> b volume 3 kind handoff} to {@code to}. */
    private static void flow(StringBuilder to, Flow f) {
        to.append("flow ");
        List<String> steps = f.steps();
        for (int i = 0; i < steps.size(); i++) {
            to.append(i == 0 ? "" : " -> ").append(steps.get(i));
        }
        if (f.volume().isPresent()) {
            to.append(" volume ").append(f.volume().getAsLong());
        }
        if (f.kind() != TransitionKind.NEXT) {
            to.append(" kind ").append(f.kind().keyword());
        }
    }
}
