package dev.journeykit.bench;

import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.build.MomentBuilder;
import dev.journeykit.core.build.StageBuilder;
import dev.journeykit.core.build.StepBuilder;
import dev.journeykit.core.build.TouchpointBuilder;
import dev.journeykit.core.model.Fallout;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.Initiator;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.Moment;
import dev.journeykit.core.model.PainPoint;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.PersonaPath;
import dev.journeykit.core.model.Question;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Suppression;
import dev.journeykit.core.model.Touchpoint;
import java.util.Map;

/**
 * Feeds an existing map through the fluent builder, call by call as a user writing the map in
 * code would, and builds it again: what the "build + validate" benchmark measures, with no
 * random choices in the timed code. The result equals the input.
 */
public final class Rebuild {

    private Rebuild() {
    }

    /** A map equal to {@code map}, built and validated by {@link JourneyMaps#journey(String)}. */
    public static JourneyMap viaBuilder(JourneyMap map) {
        JourneyMapBuilder b = JourneyMaps.journey(map.title()).kind(map.kind())
                .emotionScale(map.emotionScale().low(), map.emotionScale().high());
        map.objective().ifPresent(b::objective);
        map.timeline().ifPresent(b::timeline);
        for (Persona p : map.personas()) {
            b.persona(p.id(), p.name(), pb -> {
                p.description().ifPresent(pb::description);
                p.goals().forEach(pb::goal);
                p.needs().forEach(pb::need);
                p.pains().forEach(pb::pain);
                pb.prefers(p.preferredChannels().toArray(new String[0]));
                for (Map.Entry<String, String> a : p.attributes().entrySet()) {
                    pb.attribute(a.getKey(), a.getValue());
                }
            });
        }
        b.channels(map.channels());
        for (Stage stage : map.stages()) {
            b.stage(stage.id(), stage.name(), sb -> {
                stage.goal().ifPresent(sb::goal);
                for (Step step : stage.steps()) {
                    step(sb, step);
                }
            });
        }
        for (PersonaPath path : map.paths()) {
            b.path(path.persona(), path.name(), path.steps().toArray(new String[0]));
        }
        map.flows().forEach(f -> b.flow(fb -> {
            fb.steps(f.steps().toArray(new String[0])).kind(f.kind());
            f.volume().ifPresent(fb::volume);
        }));
        for (Suppression s : map.suppressions()) {
            if (s.on().isPresent()) {
                b.suppress(s.code(), s.on().get(), s.reason());
            } else {
                b.suppressEverywhere(s.code(), s.reason());
            }
        }
        return b.build();
    }

    private static void step(StageBuilder stage, Step step) {
        if (step instanceof Moment m) {
            MomentBuilder mb = stage.moment(m.id(), m.name());
            common(mb, m);
            return;
        }
        Touchpoint t = (Touchpoint) step;
        TouchpointBuilder tb = stage.touchpoint(t.id(), t.name()).via(t.channelId());
        if (t.initiatedBy() == Initiator.BRAND) {
            tb.byBrand();
        }
        common(tb, t);
        for (Question q : t.questions()) {
            if (q.answeredBy().isPresent()) {
                tb.question(q.text(), q.answeredBy().get());
            } else {
                tb.question(q.text());
            }
        }
        t.opportunities().forEach(tb::opportunity);
        t.owner().ifPresent(tb::owner);
        for (FeedbackKind kind : t.feedback()) {
            tb.feedback(kind);
        }
        for (Metric metric : t.metrics()) {
            tb.metric(metric);
        }
        for (Fallout f : t.fallouts()) {
            if (f.recoveredBy().isPresent()) {
                tb.fallout(f.text(), f.recoveredBy().get());
            } else {
                tb.fallout(f.text());
            }
        }
        t.frontstage().forEach(tb::frontstage);
        t.backstage().forEach(tb::backstage);
        t.support().forEach(tb::support);
        t.evidence().forEach(tb::evidence);
    }

    private static void common(StepBuilder<?> b, Step step) {
        if (!step.personas().isEmpty()) {
            b.forPersonas(step.personas().toArray(new String[0]));
        }
        step.emotion().ifPresent(b::emotion);
        step.actions().forEach(b::action);
        step.thoughts().forEach(b::thought);
        for (PainPoint pain : step.pains()) {
            b.pain(pain.text(), pain.severity());
        }
    }
}
