package dev.journeykit.dsl.internal;

import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.build.PersonaBuilder;
import dev.journeykit.core.build.StageBuilder;
import dev.journeykit.core.build.StepBuilder;
import dev.journeykit.core.build.TouchpointBuilder;
import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.EmotionScale;
import dev.journeykit.core.model.Fallout;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.JourneyValidationException;
import dev.journeykit.core.model.MapKind;
import dev.journeykit.core.model.PainPoint;
import dev.journeykit.core.model.PainSeverity;
import dev.journeykit.core.model.Problem;
import dev.journeykit.core.model.Question;
import dev.journeykit.core.model.SourcePosition;
import dev.journeykit.dsl.internal.Recovery.Open;
import dev.journeykit.dsl.internal.Token.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recursive-descent parser of {@code .journey} text, one method per statement. The grammar nests
 * at most four blocks deep (journey, stage, step), so the recursion depth is bounded whatever the
 * input; unknown blocks are skipped with a counter, never by recursion. The statement methods of
 * the journey, its personas, channels, stages and steps read top to bottom here; the rooms beside
 * them: {@link Cursor} (what every statement reads with: words, ids, strings, numbers, blocks,
 * comment marks), {@link PathStatements} ({@code path}, {@code flow}, {@code suppress}),
 * {@link MetricStatement}, {@link TokenStream} (look-ahead),
 * {@link Recovery} (raising errors, skipping to the next statement or past a block, messages about
 * blocks left open), {@link Resolver} (ids declared and references resolved after the whole text
 * is read, each unknown id reported at its own word with the nearest declared id as a suggestion)
 * and {@link ProblemPositions} (core's validation problems reported at their words).
 */
final class Parser extends Cursor {

    static final List<String> JOURNEY_WORDS = List.of("kind", "objective", "timeline", "emotion-scale",
            "persona", "channel", "stage", "path", "flow", "suppress", "'}'");
    static final List<String> PERSONA_WORDS = List.of("description", "goal", "need", "pain", "prefers",
            "attribute", "'}'");
    static final List<String> STAGE_WORDS = List.of("touchpoint", "moment", "goal", "'}'");
    static final List<String> TOUCHPOINT_WORDS = List.of("emotion", "action", "thought", "question", "pain",
            "opportunity", "owner", "feedback", "metric", "fallout", "frontstage", "backstage", "support",
            "evidence", "event", "'}'");
    static final List<String> MOMENT_WORDS = List.of("emotion", "action", "thought", "pain", "event", "'}'");
    static final Set<String> JOURNEY_BLOCK_STARTS = Set.of("persona", "channel", "stage", "path", "flow",
            "suppress", "kind", "objective", "timeline", "emotion-scale");
    private static final Set<String> STEP_BLOCK_STARTS = union(JOURNEY_BLOCK_STARTS, Set.of("touchpoint", "moment"));

    private final PathStatements paths = new PathStatements(this);
    private final MetricStatement metrics = new MetricStatement(this);
    private JourneyMapBuilder journey;
    private long titleToken = Token.NONE;
    private EmotionScale scale = EmotionScale.DEFAULT;

    /** The first emotion of each step, its value and its token, to check against the final scale. */
    private int[] emotionValues = new int[16];
    private long[] emotionTokens = new long[16];
    private int emotionCount;
    /** The {@code event} statements' names, by name, to point a duplicate claim at its statement. */
    private final Map<String, List<Long>> eventTokens = new HashMap<>();
    /** Whether the journey's first emotion-scale was wrong, so emotions have no scale to be checked against. */
    private boolean scaleUnknown;
    private static final List<String> TOUCHPOINT_OPTIONS = List.of("via", "by", "for");
    private static final List<String> MOMENT_OPTIONS = List.of("for");
    private static final List<String> BY_WORDS = List.of("customer", "brand");

    Parser(String sourceName, String text, boolean keepComments) {
        super(sourceName, text, keepComments);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** The comments of the text and where each attaches, when comments were kept. */
    Comments comments() {
        return marks == null ? Comments.NONE : marks.attach(lexer.comments());
    }

    // ---------------------------------------------------------------- file and journey

    /** Parses the text; the map, or a {@code JourneyDslException} with every problem. */
    JourneyMap parse() {
        long t = skipEnds();
        while (isWord(t, "include")) {
            include(t);
            t = skipEnds();
        }
        if (isWord(t, "journey")) {
            journey(next());
            long after = skipEnds();
            if (!Token.is(after, Kind.EOF) && !reporter.full()) {
                fail(after, "expected end of file after the journey's closing '}' (one journey per file), found "
                        + describe(after));
            }
        } else if (Token.is(t, Kind.EOF)) {
            reporter.at(t, "expected 'journey', found end of file (a .journey file holds one journey \"title\" { ... })");
        } else {
            fail(t, expected(List.of("'journey'"), t) + (Token.is(t, Kind.WORD) ? Words.didYouMean(text(t), List.of("journey")) : ""));
        }
        if (marks != null) {
            marks.statement("end", text.length(), Integer.MAX_VALUE);
        }
        if (!reporter.full()) {
            resolve();
        }
        reporter.throwIfAny();
        return build();
    }

    private void include(long keyword) {
        next();
        reporter.at(keyword, "'include' is not supported yet: write the personas and channels in this file");
        recover();
    }

    private void journey(long keyword) {
        mark("journey", keyword);
        boolean block;
        try {
            titleToken = string("the journey's title");
            journey = JourneyMaps.journey(text(titleToken)).at(at(keyword));
            if (Token.is(peek(), Kind.NEWLINE) && Token.is(peek2(), Kind.LBRACE)) {
                // a '{' on the next line: one error that says where it goes, then the block is read as written
                reporter.at(peek2(), "put the journey's '{' at the end of line " + line(titleToken)
                        + ", after its title: an opening brace stays on the line of its statement");
                next();
            } else if (!Token.is(peek(), Kind.LBRACE) && !swallowedBrace()) {
                throw fail(peek(), "expected '{' after the journey's title, on the same line, found " + describe(peek()));
            }
            block = opensBlock();
        } catch (Syntax e) {
            if (journey == null) {
                journey = JourneyMaps.journey("").at(at(keyword));
            }
            recoverHeader();
            block = opensBlock();
        }
        if (!block) {
            return;
        }
        Seen seen = new Seen();
        block(new Open("the journey block", null, false, line(keyword)), "journey", Set.of(), false,
                t -> journeyStatement(t, seen));
    }

    private void journeyStatement(long t, Seen seen) {
        if (!Token.is(t, Kind.WORD)) {
            unknown(t, JOURNEY_WORDS, "");
        }
        switch (text(t)) {
            case "kind" -> {
                mark("kind", next());
                boolean first = once(seen, t, "the journey");
                MapKind kind = keyword(MapKind.class);
                if (first) {
                    journey.kind(kind);
                }
                markEnd();
                end("kind");
            }
            case "objective", "timeline" -> {
                mark(text(t), next());
                boolean first = once(seen, t, "the journey");
                long value = string("the ", text(t), "");
                if (first) {
                    if (text(t).equals("objective")) {
                        journey.objective(text(value));
                    } else {
                        journey.timeline(text(value));
                    }
                }
                markEnd();
                end(text(t));
            }
            case "emotion-scale" -> emotionScale(t, seen);
            case "persona" -> persona(next());
            case "channel" -> channel(next());
            case "stage" -> stage(next());
            case "path" -> paths.path(next(), journey);
            case "flow" -> paths.flow(next(), journey);
            case "suppress" -> paths.suppress(next(), journey);
            case "include" -> include(t);
            case "touchpoint", "moment" -> unknown(t, JOURNEY_WORDS, " (touchpoints and moments belong inside a stage)");
            case "journey" -> unknown(t, JOURNEY_WORDS, " (one journey per file; journeys do not nest)");
            default -> unknown(t, JOURNEY_WORDS, "");
        }
    }

    private void emotionScale(long keyword, Seen seen) {
        mark("emotion-scale", next());
        boolean first = once(seen, keyword, "the journey");
        // a wrong first scale leaves the emotions unchecked rather than checked against the default
        scaleUnknown |= first;
        long low = next();
        int lo = wholeInt(low, "the lowest emotion (a whole number, like -2)");
        long range = peek();
        if (!Token.is(range, Kind.RANGE)) {
            throw fail(range, "expected '..' between the lowest and highest emotion (like -2..2), found " + describe(range));
        }
        next();
        long high = next();
        int hi = wholeInt(high, "the highest emotion (a whole number, like 2)");
        EmotionScale s = new EmotionScale(lo, hi);
        if (!s.isValid()) {
            reporter.span(low, high, "emotion scale " + s + " must have low < 0 < high (like -2..2)");
        } else if (first) {
            scale = s;
            scaleUnknown = false;
            journey.emotionScale(lo, hi);
        }
        markEnd();
        end("emotion-scale");
    }

    // ---------------------------------------------------------------- persona

    private void persona(long keyword) {
        String key = "";
        String blockName = null;
        PersonaBuilder[] persona = new PersonaBuilder[1];
        boolean block;
        try {
            long id = id("persona");
            blockName = text(id);
            key = marks == null ? "" : "persona:" + text(id);
            mark(key, keyword);
            declare(id, "persona");
            long name = string("the persona's name");
            checkName(name, "persona", id);
            journey.persona(text(id), text(name), p -> persona[0] = p);
            persona[0].at(at(keyword));
            block = opensBlock("the block of persona", blockName);
        } catch (Syntax e) {
            recoverHeader();
            block = opensBlock("the block of persona", blockName);
        }
        if (block || forgottenBrace(PERSONA_WORDS, "the block of persona", blockName)) {
            if (persona[0] == null) {
                JourneyMaps.journey("").persona("x", "x", b -> persona[0] = b);
            }
            PersonaBuilder p = persona[0];
            String prefix = key;
            Seen seen = new Seen();
            Map<String, Integer> counters = marks == null ? null : new HashMap<>();
            Set<String> attributes = new HashSet<>();
            block(new Open("the block of persona", blockName, false, line(keyword)), prefix,
                    JOURNEY_BLOCK_STARTS, false, t -> personaStatement(t, p, prefix, seen, counters, attributes));
        } else {
            end("persona");
        }
    }

    private void personaStatement(long t, PersonaBuilder p, String prefix, Seen seen,
                                  Map<String, Integer> counters, Set<String> attributes) {
        if (!Token.is(t, Kind.WORD)) {
            unknown(t, PERSONA_WORDS, "");
        }
        switch (text(t)) {
            case "description" -> {
                mark(prefix, "/description", next());
                boolean first = once(seen, t, "the persona");
                long value = string("the description");
                if (first) {
                    p.description(text(value));
                }
                markEnd();
                end("description");
            }
            case "goal", "need", "pain" -> {
                mark(counted(counters, prefix, text(t)), next());
                long value = string("the ", text(t), "");
                switch (text(t)) {
                    case "goal" -> p.goal(text(value));
                    case "need" -> p.need(text(value));
                    default -> p.pain(text(value));
                }
                markEnd();
                end(text(t));
            }
            case "prefers" -> {
                mark(prefix, "/prefers", next());
                List<String> channels = new ArrayList<>();
                do {
                    long channel = id("channel");
                    reference(channel, Refs.Kind.CHANNEL);
                    channels.add(text(channel));
                } while (comma());
                p.prefers(channels.toArray(new String[0]));
                markEnd();
                end("prefers");
            }
            case "attribute" -> {
                next();
                long key = attributeKey();
                if (marks != null) {
                    mark(prefix + "/attribute:" + text(key), t);
                }
                long value = string("the attribute's value");
                if (!attributes.add(text(key))) {
                    reporter.at(key, "duplicate attribute '" + Words.cut(text(key)) + "' in the persona");
                } else {
                    p.attribute(text(key), text(value));
                }
                markEnd();
                end("attribute");
            }
            default -> unknown(t, PERSONA_WORDS, "");
        }
    }

    private long attributeKey() {
        long t = peek();
        if (Token.is(t, Kind.STRING)) {
            return next();
        }
        return id("attribute");
    }

    // ---------------------------------------------------------------- channel

    private void channel(long keyword) {
        long id = id("channel");
        mark("channel:", text(id), keyword);
        declare(id, "channel");
        long name = string("the channel's name");
        checkName(name, "channel", id);
        ChannelKind kind = ChannelKind.OTHER;
        if (isWord(peek(), "kind")) {
            next();
            kind = keyword(ChannelKind.class);
        } else if (!Token.endsStatement(peek())) {
            throw fail(peek(), expected(List.of("'kind'", "end of line"), peek())
                    + (Token.is(peek(), Kind.WORD) ? Words.didYouMean(text(peek()), List.of("kind")) : ""));
        }
        journey.channels(new Channel(text(id), text(name), kind, Optional.of(at(keyword))));
        markEnd();
        end("channel");
    }

    // ---------------------------------------------------------------- stage

    private void stage(long keyword) {
        StageBuilder[] stage = new StageBuilder[1];
        String key = "";
        String blockName = null;
        boolean block;
        try {
            long id = id("stage");
            blockName = text(id);
            key = marks == null ? "" : "stage:" + text(id);
            mark(key, keyword);
            declare(id, "stage");
            long name = string("the stage's name");
            checkName(name, "stage", id);
            journey.stage(text(id), text(name), s -> stage[0] = s);
            stage[0].at(at(keyword));
            block = opensBlock("the block of stage", blockName);
        } catch (Syntax e) {
            recoverHeader();
            block = opensBlock("the block of stage", blockName);
        }
        if (!block && !forgottenBrace(STAGE_WORDS, "the block of stage", blockName)) {
            end("stage");
            return;
        }
        if (stage[0] == null) {
            JourneyMaps.journey("").stage("x", "x", s -> stage[0] = s);
        }
        StageBuilder s = stage[0];
        String prefix = key;
        Seen seen = new Seen();
        block(new Open("the block of stage", blockName, false, line(keyword)), prefix,
                JOURNEY_BLOCK_STARTS, false, t -> stageStatement(t, s, prefix, seen));
    }

    private void stageStatement(long t, StageBuilder s, String prefix, Seen seen) {
        if (!Token.is(t, Kind.WORD)) {
            unknown(t, STAGE_WORDS, "");
        }
        switch (text(t)) {
            case "goal" -> {
                mark(prefix, "/goal", next());
                boolean first = once(seen, t, "the stage");
                long value = string("the stage's goal");
                if (first) {
                    s.goal(text(value));
                }
                markEnd();
                end("goal");
            }
            case "touchpoint" -> step(next(), s, true);
            case "moment" -> step(next(), s, false);
            default -> unknown(t, STAGE_WORDS, "");
        }
    }

    // ---------------------------------------------------------------- touchpoint and moment

    private void step(long keyword, StageBuilder stage, boolean touchpoint) {
        String kind = touchpoint ? "touchpoint" : "moment";
        StepBuilder<?> step = null;
        String key = "";
        String blockName = null;
        boolean block;
        try {
            long id = id(kind);
            blockName = text(id);
            key = marks == null ? "" : "step:" + text(id);
            mark(key, keyword);
            declare(id, kind);
            long name = string("the ", kind, "'s name");
            checkName(name, kind, id);
            step = touchpoint ? stage.touchpoint(text(id), text(name)) : stage.moment(text(id), text(name));
            step.at(at(keyword));
            stepHeader(keyword, id, step);
            block = opensBlock(touchpoint ? "the block of touchpoint" : "the block of moment", blockName);
        } catch (Syntax e) {
            recoverHeader();
            block = opensBlock(touchpoint ? "the block of touchpoint" : "the block of moment", blockName);
        }
        if (!block && !forgottenBrace(touchpoint ? TOUCHPOINT_WORDS : MOMENT_WORDS,
                touchpoint ? "the block of touchpoint" : "the block of moment", blockName)) {
            end(kind);
            return;
        }
        if (step == null) {
            step = touchpoint ? stage.touchpoint("x", "x") : stage.moment("x", "x");
        }
        StepBuilder<?> s = step;
        String prefix = key;
        Seen seen = new Seen();
        Map<String, Integer> counters = marks == null ? null : new HashMap<>();
        block(new Open(touchpoint ? "the block of touchpoint" : "the block of moment", blockName, false, line(keyword)), prefix,
                STEP_BLOCK_STARTS, false, t -> stepStatement(t, s, prefix, seen, counters));
    }

    private void stepHeader(long keyword, long id, StepBuilder<?> step) {
        boolean touchpoint = step instanceof TouchpointBuilder;
        long via = Token.NONE;
        long by = Token.NONE;
        long forWord = Token.NONE;
        List<String> options = touchpoint ? TOUCHPOINT_OPTIONS : MOMENT_OPTIONS;
        while (!Token.endsStatement(peek()) && !Token.is(peek(), Kind.LBRACE)) {
            long t = peek();
            if (!(Token.is(t, Kind.WORD) && options.contains(text(t)))) {
                List<String> expected = new ArrayList<>();
                for (String o : options) {
                    if ((o.equals("via") && via == Token.NONE) || (o.equals("by") && by == Token.NONE)
                            || (o.equals("for") && forWord == Token.NONE)) {
                        expected.add("'" + o + "'");
                    }
                }
                expected.add("'{'");
                expected.add("end of line");
                String hint = !touchpoint && (isWord(t, "via") || isWord(t, "by"))
                        ? " (a moment has no channel and no brand; make it a touchpoint)" : "";
                throw fail(t, expected(expected, t) + (Token.is(t, Kind.WORD) ? Words.didYouMean(text(t), options) : "") + hint);
            }
            next();
            switch (text(t)) {
                case "via" -> {
                    if (via != Token.NONE) {
                        throw fail(t, "duplicate 'via': a touchpoint has one channel");
                    }
                    via = t;
                    long channel = id("channel");
                    reference(channel, Refs.Kind.CHANNEL);
                    ((TouchpointBuilder) step).via(text(channel));
                }
                case "by" -> {
                    if (by != Token.NONE) {
                        throw fail(t, "duplicate 'by'");
                    }
                    by = t;
                    long who = oneOf(BY_WORDS);
                    if (text(who).equals("brand")) {
                        ((TouchpointBuilder) step).byBrand();
                    }
                }
                default -> {
                    if (forWord != Token.NONE) {
                        throw fail(t, "duplicate 'for': list every persona after one 'for', separated by ','");
                    }
                    forWord = t;
                    List<String> personas = new ArrayList<>();
                    do {
                        long persona = id("persona");
                        reference(persona, Refs.Kind.PERSONA);
                        personas.add(text(persona));
                    } while (comma());
                    step.forPersonas(personas.toArray(new String[0]));
                }
            }
        }
        if (touchpoint && via == Token.NONE) {
            long t = peek();
            throw fail(t, "expected 'via' and the touchpoint's channel, found " + describe(t)
                    + " (every touchpoint happens on a channel; a step without one is a moment)");
        }
    }

    private void stepStatement(long t, StepBuilder<?> s, String prefix, Seen seen,
                               Map<String, Integer> counters) {
        boolean touchpoint = s instanceof TouchpointBuilder;
        List<String> words = touchpoint ? TOUCHPOINT_WORDS : MOMENT_WORDS;
        if (!Token.is(t, Kind.WORD)) {
            unknown(t, words, "");
        }
        if (!touchpoint && TOUCHPOINT_WORDS.contains(text(t)) && !MOMENT_WORDS.contains(text(t))) {
            throw fail(t, "'" + text(t) + "' is not allowed in a moment (a moment has no brand involvement; "
                    + "it holds emotion, action, thought, pain and event)");
        }
        switch (text(t)) {
            case "emotion" -> {
                mark(prefix, "/emotion", next());
                boolean first = once(seen, t, "the step");
                long value = next();
                int emotion = wholeInt(value, "the emotion (a whole number on the emotion scale, like -1)");
                if (first) {
                    s.emotion(emotion);
                    emotion(emotion, value);
                }
                markEnd();
                end("emotion");
            }
            case "action", "thought", "event" -> {
                mark(counted(counters, prefix, text(t)), next());
                long value = string("the ", text(t), text(t).equals("event") ? " name" : "");
                switch (text(t)) {
                    case "action" -> s.action(text(value));
                    case "thought" -> s.thought(text(value));
                    default -> event(value, s);
                }
                markEnd();
                end(text(t));
            }
            case "pain" -> {
                mark(counted(counters, prefix, "pain"), next());
                long value = string("the pain");
                PainSeverity severity = PainSeverity.MEDIUM;
                if (isWord(peek(), "severity")) {
                    next();
                    severity = keyword(PainSeverity.class);
                } else if (!Token.endsStatement(peek())) {
                    throw fail(peek(), expected(List.of("'severity'", "end of line"), peek()));
                }
                s.pain(new PainPoint(text(value), severity, Optional.of(at(t))));
                markEnd();
                end("pain");
            }
            default -> {
                if (s instanceof TouchpointBuilder tp) {
                    touchpointStatement(t, tp, prefix, seen, counters);
                } else {
                    unknown(t, MOMENT_WORDS, "");
                }
            }
        }
    }

    /** Keeps a step's emotion, written at {@code token}, to check it against the journey's final scale. */
    private void emotion(int emotion, long token) {
        if (emotionCount == emotionValues.length) {
            emotionValues = Arrays.copyOf(emotionValues, emotionCount * 2);
            emotionTokens = Arrays.copyOf(emotionTokens, emotionCount * 2);
        }
        emotionValues[emotionCount] = emotion;
        emotionTokens[emotionCount++] = token;
    }

    /** {@code event "name"}: a log event name bound to the step; a duplicate claim is reported by build(). */
    private void event(long value, StepBuilder<?> s) {
        if (text(value).isBlank()) {
            throw fail(value, "an event name must not be empty");
        }
        eventTokens.computeIfAbsent(text(value), k -> new ArrayList<>()).add(value);
        s.event(text(value));
    }

    private void touchpointStatement(long t, TouchpointBuilder s, String prefix, Seen seen,
                                     Map<String, Integer> counters) {
        switch (text(t)) {
            case "question" -> {
                mark(counted(counters, prefix, "question"), next());
                long value = string("the question");
                Optional<String> answer = touchpointAfter("answered-by");
                s.question(new Question(text(value), answer, Optional.of(at(t))));
                markEnd();
                end("question");
            }
            case "opportunity", "frontstage", "backstage", "support", "evidence" -> {
                mark(counted(counters, prefix, text(t)), next());
                long value = string("the ", text(t), "");
                switch (text(t)) {
                    case "opportunity" -> s.opportunity(text(value));
                    case "frontstage" -> s.frontstage(text(value));
                    case "backstage" -> s.backstage(text(value));
                    case "support" -> s.support(text(value));
                    default -> s.evidence(text(value));
                }
                markEnd();
                end(text(t));
            }
            case "owner" -> {
                mark(prefix, "/owner", next());
                boolean first = once(seen, t, "the touchpoint");
                long value = string("the owner");
                if (first) {
                    s.owner(text(value));
                }
                markEnd();
                end("owner");
            }
            case "feedback" -> {
                mark(counted(counters, prefix, "feedback"), next());
                s.feedback(keyword(FeedbackKind.class));
                markEnd();
                end("feedback");
            }
            case "metric" -> metrics.metric(next(), s, counted(counters, prefix, "metric"));
            case "fallout" -> {
                mark(counted(counters, prefix, "fallout"), next());
                long value = string("the fallout");
                Optional<String> recovery = touchpointAfter("recovered-by");
                s.fallout(new Fallout(text(value), recovery, Optional.of(at(t))));
                markEnd();
                end("fallout");
            }
            default -> unknown(t, TOUCHPOINT_WORDS, "");
        }
    }

    /** {@code KEYWORD TOUCHPOINT} at the end of a statement, if written. */
    private Optional<String> touchpointAfter(String keyword) {
        if (isWord(peek(), keyword)) {
            next();
            long by = id("touchpoint");
            reference(by, Refs.Kind.TOUCHPOINT);
            return Optional.of(text(by));
        }
        if (!Token.endsStatement(peek())) {
            long t = peek();
            throw fail(t, expected(List.of("'" + keyword + "'", "end of line"), t)
                    + (Token.is(t, Kind.WORD) ? Words.didYouMean(text(t), List.of(keyword)) : ""));
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- checks after the parse

    /** Checks what needs the whole text: references, emotions against the final scale, the title. */
    private void resolve() {
        if (titleToken != Token.NONE && text(titleToken).isBlank()) {
            reporter.at(titleToken, "the journey has an empty title");
        }
        resolver.resolve();
        for (int i = 0; i < (scaleUnknown ? 0 : emotionCount); i++) {
            int emotion = emotionValues[i];
            if (!scale.contains(emotion)) {
                reporter.at(emotionTokens[i], "emotion " + emotion + " is outside the emotion scale " + scale);
            }
        }
    }

    /** Builds the map; a problem the checks above did not foresee is reported at its word. */
    private JourneyMap build() {
        try {
            return journey.build();
        } catch (JourneyValidationException e) {
            ProblemPositions positions = new ProblemPositions(text, reporter, lines, eventTokens);
            SourcePosition fallback = titleToken == Token.NONE ? null : at(titleToken);
            for (Problem p : e.problems()) {
                positions.report(p, fallback);
            }
            reporter.throwIfAny();
            throw e; // not reached: every problem was reported
        }
    }
}
