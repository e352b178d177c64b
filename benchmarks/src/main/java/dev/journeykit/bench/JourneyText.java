package dev.journeykit.bench;

import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.EmotionScale;
import dev.journeykit.core.model.Fallout;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.Flow;
import dev.journeykit.core.model.Initiator;
import dev.journeykit.core.model.JourneyMap;
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
 * Writes a map as {@code .journey} text (language version 1, docs/journey-dsl.md): four-space
 * indent, one statement a line, sections in the order of the spec's table. It is the benchmarks'
 * own writer, so that the parser is measured on text that did not come from the formatter it is
 * paired with; parsing the text gives a map equal to the one written. O(size of the map).
 */
public final class JourneyText {

    private static final String INDENT = "    ";

    private final StringBuilder out = new StringBuilder(1 << 16);

    private JourneyText() {
    }

    /** The map as {@code .journey} text, {@code \n} line ends. */
    public static String write(JourneyMap map) {
        JourneyText text = new JourneyText();
        text.journey(map);
        return text.out.toString();
    }

    private void journey(JourneyMap map) {
        out.append("journey ").append(quote(map.title())).append(" {\n");
        line(1, "kind " + map.kind().keyword());
        map.objective().ifPresent(o -> line(1, "objective " + quote(o)));
        map.timeline().ifPresent(t -> line(1, "timeline " + quote(t)));
        if (!map.emotionScale().equals(EmotionScale.DEFAULT)) {
            line(1, "emotion-scale " + map.emotionScale());
        }
        for (Persona persona : map.personas()) {
            persona(persona);
        }
        if (!map.channels().isEmpty()) {
            out.append('\n');
        }
        for (Channel channel : map.channels()) {
            line(1, "channel " + channel.id() + " " + quote(channel.name()) + " kind " + channel.kind().keyword());
        }
        for (Stage stage : map.stages()) {
            stage(stage);
        }
        if (!map.paths().isEmpty()) {
            out.append('\n');
        }
        for (PersonaPath path : map.paths()) {
            line(1, "path " + path.persona() + " " + quote(path.name()) + " {");
            line(2, String.join(" -> ", path.steps()));
            line(1, "}");
        }
        if (!map.flows().isEmpty()) {
            out.append('\n');
        }
        for (Flow flow : map.flows()) {
            flow(flow);
        }
        if (!map.suppressions().isEmpty()) {
            out.append('\n');
        }
        for (Suppression s : map.suppressions()) {
            out.append(INDENT).append("suppress ").append(s.code());
            s.on().ifPresent(on -> out.append(" on ").append(on));
            out.append(" because ").append(quote(s.reason())).append('\n');
        }
        out.append("}\n");
    }

    private void persona(Persona p) {
        out.append('\n');
        line(1, "persona " + p.id() + " " + quote(p.name()) + " {");
        p.description().ifPresent(d -> line(2, "description " + quote(d)));
        p.goals().forEach(g -> line(2, "goal " + quote(g)));
        p.needs().forEach(n -> line(2, "need " + quote(n)));
        p.pains().forEach(pain -> line(2, "pain " + quote(pain)));
        if (!p.preferredChannels().isEmpty()) {
            line(2, "prefers " + String.join(", ", p.preferredChannels()));
        }
        for (Map.Entry<String, String> a : p.attributes().entrySet()) {
            line(2, "attribute " + a.getKey() + " " + quote(a.getValue()));
        }
        line(1, "}");
    }

    private void stage(Stage stage) {
        out.append('\n');
        line(1, "stage " + stage.id() + " " + quote(stage.name()) + " {");
        stage.goal().ifPresent(g -> line(2, "goal " + quote(g)));
        for (Step step : stage.steps()) {
            if (step instanceof Touchpoint t) {
                touchpoint(t);
            } else {
                moment((Moment) step);
            }
        }
        line(1, "}");
    }

    private void touchpoint(Touchpoint t) {
        out.append(INDENT).append(INDENT).append("touchpoint ").append(t.id()).append(' ')
                .append(quote(t.name())).append(" via ").append(t.channelId());
        if (t.initiatedBy() == Initiator.BRAND) {
            out.append(" by brand");
        }
        forPersonas(t.personas());
        int mark = out.length();
        out.append(" {\n");
        stepBody(t);
        for (Question q : t.questions()) {
            line(3, "question " + quote(q.text()) + q.answeredBy().map(a -> " answered-by " + a).orElse(""));
        }
        pains(t.pains());
        t.opportunities().forEach(o -> line(3, "opportunity " + quote(o)));
        t.owner().ifPresent(o -> line(3, "owner " + quote(o)));
        for (FeedbackKind kind : t.feedback()) {
            line(3, "feedback " + kind.keyword());
        }
        for (Metric m : t.metrics()) {
            metric(m);
        }
        for (Fallout f : t.fallouts()) {
            line(3, "fallout " + quote(f.text()) + f.recoveredBy().map(r -> " recovered-by " + r).orElse(""));
        }
        t.frontstage().forEach(s -> line(3, "frontstage " + quote(s)));
        t.backstage().forEach(s -> line(3, "backstage " + quote(s)));
        t.support().forEach(s -> line(3, "support " + quote(s)));
        t.evidence().forEach(s -> line(3, "evidence " + quote(s)));
        closeBlock(mark);
    }

    private void moment(Moment m) {
        out.append(INDENT).append(INDENT).append("moment ").append(m.id()).append(' ').append(quote(m.name()));
        forPersonas(m.personas());
        int mark = out.length();
        out.append(" {\n");
        stepBody(m);
        pains(m.pains());
        closeBlock(mark);
    }

    /** Closes the block opened at {@code mark}, or drops it when nothing was written inside. */
    private void closeBlock(int mark) {
        if (out.length() == mark + 3) {
            out.setLength(mark);
            out.append('\n');
        } else {
            line(2, "}");
        }
    }

    private void forPersonas(List<String> personas) {
        if (!personas.isEmpty()) {
            out.append(" for ").append(String.join(", ", personas));
        }
    }

    private void stepBody(Step step) {
        step.emotion().ifPresent(e -> line(3, "emotion " + e));
        step.actions().forEach(a -> line(3, "action " + quote(a)));
        step.thoughts().forEach(t -> line(3, "thought " + quote(t)));
    }

    private void pains(List<PainPoint> pains) {
        for (PainPoint pain : pains) {
            line(3, "pain " + quote(pain.text())
                    + (pain.severity() == PainSeverity.MEDIUM ? "" : " severity " + pain.severity().keyword()));
        }
    }

    private void metric(Metric m) {
        StringBuilder text = new StringBuilder("metric ").append(m.name()).append(' ').append(m.value());
        m.target().ifPresent(t -> text.append(" target ").append(t));
        if (m.direction() != Metric.defaultDirection(m.name())) {
            text.append(' ').append(m.direction().keyword());
        }
        line(3, text.toString());
    }

    private void flow(Flow flow) {
        out.append(INDENT).append("flow ").append(String.join(" -> ", flow.steps()));
        flow.volume().ifPresent(v -> out.append(" volume ").append(v));
        if (flow.kind() != TransitionKind.NEXT) {
            out.append(" kind ").append(flow.kind().keyword());
        }
        out.append('\n');
    }

    private void line(int depth, String text) {
        out.append(INDENT.repeat(depth)).append(text).append('\n');
    }

    /** A DSL string: quotes, backslashes and control characters escaped, the rest as is. */
    static String quote(String text) {
        return quote(text, true);
    }

    /**
     * A double-quoted string with quotes, backslashes and line breaks escaped, as both the
     * {@code .journey} language and DOT read them; {@code controls} also escapes tabs and other
     * control characters the DSL way (a tab as backslash-t, others as backslash-u{hex}), where
     * DOT drops carriage returns.
     */
    static String quote(String text, boolean controls) {
        StringBuilder q = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                q.append('\\').append(c);
            } else if (c == '\n') {
                q.append("\\n");
            } else if (!controls) {
                q.append(c == '\r' ? "" : String.valueOf(c));
            } else if (c == '\t') {
                q.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                q.append("\\u{").append(Integer.toHexString(c)).append('}');
            } else {
                q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
