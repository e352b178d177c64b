package dev.journeykit.dsl.internal;

import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.build.PersonaBuilder;
import dev.journeykit.core.build.StageBuilder;
import dev.journeykit.core.build.StepBuilder;
import dev.journeykit.core.build.TouchpointBuilder;
import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.Direction;
import dev.journeykit.core.model.EmotionScale;
import dev.journeykit.core.model.Fallout;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.Flow;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.JourneyValidationException;
import dev.journeykit.core.model.Keyworded;
import dev.journeykit.core.model.MapKind;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.PainPoint;
import dev.journeykit.core.model.PainSeverity;
import dev.journeykit.core.model.PersonaPath;
import dev.journeykit.core.model.Problem;
import dev.journeykit.core.model.Question;
import dev.journeykit.core.model.SourcePosition;
import dev.journeykit.core.model.Suppression;
import dev.journeykit.core.model.TransitionKind;
import dev.journeykit.dsl.internal.Recovery.Open;
import dev.journeykit.dsl.internal.Token.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Recursive-descent parser of {@code .journey} text, one method per statement. The grammar nests
 * at most four blocks deep (journey, stage, step), so the recursion depth is bounded whatever the
 * input; unknown blocks are skipped with a counter, never by recursion. The statement methods
 * read top to bottom here; the rooms beside them: {@link TokenStream} (look-ahead),
 * {@link Recovery} (raising errors, skipping to the next statement or past a block, messages about
 * blocks left open), {@link Resolver} (ids declared and references resolved after the whole text
 * is read, each unknown id reported at its own word with the nearest declared id as a suggestion)
 * and {@link ProblemPositions} (core's validation problems reported at their words).
 */
final class Parser {

    static final List<String> JOURNEY_WORDS = List.of("kind", "objective", "timeline", "emotion-scale",
            "persona", "channel", "stage", "path", "flow", "suppress", "'}'");
    static final List<String> PERSONA_WORDS = List.of("description", "goal", "need", "pain", "prefers",
            "attribute", "'}'");
    static final List<String> STAGE_WORDS = List.of("touchpoint", "moment", "goal", "'}'");
    static final List<String> TOUCHPOINT_WORDS = List.of("emotion", "action", "thought", "question", "pain",
            "opportunity", "owner", "feedback", "metric", "fallout", "frontstage", "backstage", "support",
            "evidence", "event", "'}'");
    static final List<String> MOMENT_WORDS = List.of("emotion", "action", "thought", "pain", "event", "'}'");
    private static final Set<String> JOURNEY_BLOCK_STARTS = Set.of("persona", "channel", "stage", "path", "flow",
            "suppress", "kind", "objective", "timeline", "emotion-scale");
    private static final Set<String> STEP_BLOCK_STARTS = union(JOURNEY_BLOCK_STARTS, Set.of("touchpoint", "moment"));

    private final Lexer lexer;
    private final Reporter reporter;
    private final String text;
    private final TokenStream tokens;
    private final Recovery recovery;
    private final Resolver resolver;
    private JourneyMapBuilder journey;
    private Token titleToken;
    private EmotionScale scale = EmotionScale.DEFAULT;

    private final List<Token> emotions = new ArrayList<>();
    /** The {@code event} statements' names, by name, to point a duplicate claim at its statement. */
    private final Map<String, List<Token>> eventTokens = new HashMap<>();
    /** Whether the journey's first emotion-scale was wrong, so emotions have no scale to be checked against. */
    private boolean scaleUnknown;
    private final Marks marks;
    private static final List<String> TOUCHPOINT_OPTIONS = List.of("via", "by", "for");
    private static final List<String> MOMENT_OPTIONS = List.of("for");
    private static final List<String> BY_WORDS = List.of("customer", "brand");

    Parser(String sourceName, String text, boolean keepComments) {
        this.text = text;
        this.reporter = new Reporter(sourceName, text);
        this.lexer = new Lexer(text, reporter, keepComments);
        this.tokens = new TokenStream(lexer);
        this.resolver = new Resolver(reporter);
        this.recovery = new Recovery(tokens, reporter, resolver);
        this.marks = keepComments ? new Marks() : null;
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

    // ---------------------------------------------------------------- tokens

    private Token peek() {
        return tokens.peek();
    }

    private Token peek2() {
        return tokens.peek2();
    }

    private Token next() {
        return tokens.next();
    }

    private Token skipEnds() {
        return tokens.skipEnds();
    }

    /** Reports a syntax error at {@code at} ({@link Recovery#fail}); throw what it returns to end the statement. */
    private RuntimeException fail(Token at, String message) {
        return recovery.fail(at, message);
    }

    /** Words come from the lexer already shared (one String per distinct word). */
    private static String intern(String s) {
        return s;
    }

    private void recover() {
        recovery.recover();
    }

    private void recoverHeader() {
        recovery.recoverHeader();
    }

    /** The statement must end here: a line end or ';' (consumed), a '}' or the end of the text. */
    private void end(String statement) {
        Token t = peek();
        if (t.kind == Kind.NEWLINE || t.kind == Kind.SEMICOLON) {
            next();
        } else if (t.kind != Kind.RBRACE && t.kind != Kind.EOF) {
            throw fail(t, "expected end of line or ';' after the " + statement + " statement, found " + t.describe());
        }
    }

    private Token word(String expected) {
        Token t = peek();
        if (t.kind != Kind.WORD) {
            throw fail(t, "expected " + expected + ", found " + t.describe()
                    + (t.kind == Kind.STRING ? " (ids and keywords are written without quotes)" : ""));
        }
        return next();
    }

    /** An id; a badly spelled one is reported and kept, so the parse goes on. */
    private Token id(String role) {
        Token t = peek();
        if (t.kind != Kind.WORD) {
            word("a " + role + " id"); // reports what was found instead
        }
        next();
        checkId(t, role);
        return t;
    }

    private void checkId(Token t, String role) {
        if (!JourneyMap.isValidId(t.text)) {
            String lower = t.text.toLowerCase(java.util.Locale.ROOT);
            reporter.at(t, "invalid " + role + " id '" + Words.cut(t.text) + "': ids are lower-case letters and digits"
                    + " in words joined by '-' or '_', like 'live-chat'"
                    + (JourneyMap.isValidId(lower) ? " (did you mean '" + lower + "'?)" : ""));
        }
    }

    private Token string(String role) {
        return string("", role, "");
    }

    /** A string; the message of a missing one names {@code before + role + after}, joined only then. */
    private Token string(String before, String role, String after) {
        Token t = peek();
        if (t.kind != Kind.STRING) {
            throw fail(t, "expected " + before + role + after + " in double quotes, found " + t.describe());
        }
        return next();
    }

    /** One of {@code words}; the message lists them and suggests the nearest. */
    private Token oneOf(List<String> words) {
        Token t = peek();
        if (t.kind == Kind.WORD && words.contains(t.text)) {
            return next();
        }
        throw fail(t, expected(words, t));
    }

    private static String expected(List<String> words, Token found) {
        String head = words.size() == 1 ? "expected " + words.get(0) : "expected one of: " + Words.list(words);
        return head + ", found " + found.describe()
                + (found.kind == Kind.WORD ? Words.didYouMean(found.text, unquoted(words)) : "");
    }

    private static List<String> unquoted(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            if (!w.startsWith("'")) {
                out.add(w);
            }
        }
        return out;
    }

    private static <E extends Enum<E> & Keyworded> List<String> keywords(Class<E> type) {
        return Keyworded.keywords(type);
    }

    private <E extends Enum<E> & Keyworded> E keyword(Class<E> type) {
        return Keyworded.byKeyword(type, oneOf(Keyworded.keywords(type)).text);
    }

    private long whole(Token t, String what, boolean negativeAllowed) {
        if (t.kind != Kind.NUMBER || t.text.contains(".")) {
            throw fail(t, "expected " + what + ", found " + t.describe());
        }
        if (!negativeAllowed && t.text.startsWith("-")) {
            throw fail(t, "expected " + what + ", found " + t.describe());
        }
        String digits = t.text.startsWith("-") ? t.text.substring(1) : t.text;
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        if (digits.length() - i > 19) {
            throw fail(t, "number " + Words.cut(t.text) + " is too large for " + what);
        }
        try { // up to Long.MAX_VALUE, the model's range (a JSON map may hold any of it)
            return Long.parseLong(t.text);
        } catch (NumberFormatException e) {
            throw fail(t, "number " + Words.cut(t.text) + " is too large for " + what);
        }
    }

    private int wholeInt(Token t, String what) {
        long v = whole(t, what, true);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw fail(t, "number " + t.text + " is too large for " + what);
        }
        return (int) v;
    }

    private SourcePosition at(Token t) {
        return reporter.position(t);
    }

    // ---------------------------------------------------------------- declarations and marks

    private void declare(Token id, String kind) {
        resolver.declare(id, kind);
    }

    private void reference(Token id, Refs.Kind kind) {
        resolver.reference(id, kind);
    }

    private void mark(String key, Token start) {
        if (marks != null) {
            marks.statement(key, start.start, start.line);
        }
    }

    /** {@link #mark(String, Token)} with the key {@code prefix + suffix}, joined only when comments are kept. */
    private void mark(String prefix, String suffix, Token start) {
        if (marks != null) {
            marks.statement(prefix + suffix, start.start, start.line);
        }
    }

    /** The statement marked last ends on the line of the token read last. */
    private void markEnd() {
        Token last = tokens.last();
        if (marks != null && last != null) {
            marks.endLine(last.line);
        }
    }

    private String counted(Map<String, Integer> counters, String prefix, String kind) {
        if (marks == null) {
            return "";
        }
        int n = counters.merge(kind, 1, Integer::sum) - 1;
        return prefix + "/" + kind + "#" + n;
    }

    private boolean once(Seen seen, Token keyword, String owner) {
        Token earlier = seen.putIfAbsent(keyword);
        if (earlier != null) {
            reporter.at(keyword, "duplicate '" + keyword.text + "': " + owner + " has one already, at line " + earlier.line);
            return false;
        }
        return true;
    }

    /**
     * The statements of one block that may be written once, by keyword: a block holds a few, so a
     * short array searched in order, made on the first one.
     */
    private static final class Seen {
        private Token[] tokens = NO_TOKENS;
        private int size;

        /** The token of the earlier statement with the keyword of {@code keyword}, or null after adding it. */
        Token putIfAbsent(Token keyword) {
            for (int i = 0; i < size; i++) {
                if (tokens[i].text.equals(keyword.text)) {
                    return tokens[i];
                }
            }
            if (size == tokens.length) {
                tokens = Arrays.copyOf(tokens, Math.max(2, size * 2));
            }
            tokens[size++] = keyword;
            return null;
        }
    }

    private static final Token[] NO_TOKENS = new Token[0];

    // ---------------------------------------------------------------- blocks

    private interface Statement {
        void parse(Token first);
    }

    /**
     * Reads statements up to the block's '}'. A word that only starts a statement of an enclosing
     * block closes the block with an error naming where it opened (a forgotten '}').
     */
    private void block(Open open, String prefix, Set<String> outerWords, boolean pathBlock, Statement statement) {
        recovery.enter(open);
        try {
            statements(open, prefix, outerWords, pathBlock, statement);
        } finally {
            recovery.leave();
        }
    }

    private void statements(Open open, String prefix, Set<String> outerWords, boolean pathBlock,
                            Statement statement) {
        while (!reporter.full()) {
            Token t = skipEnds();
            if (t.kind == Kind.RBRACE) {
                mark(prefix, "}", t);
                next();
                markEnd();
                return;
            }
            if (t.kind == Kind.EOF) {
                recovery.unclosedAtEnd(open, t);
                return;
            }
            if (t.kind == Kind.WORD && outerWords.contains(t.text)
                    && (!pathBlock || (peek2().kind != Kind.ARROW && !peek2().endsStatement()))) {
                recovery.closedBy(open, t);
                return;
            }
            if (t.kind == Kind.LBRACE) {
                recovery.strayBrace(t);
                continue;
            }
            try {
                statement.parse(t);
            } catch (Syntax e) {
                recover();
            }
        }
    }

    private boolean swallowedBrace() {
        return recovery.swallowedBrace();
    }

    /** After a block statement's header: a '{' on the same line opens its block. */
    private boolean opensBlock() {
        Token t = peek();
        if (t.kind == Kind.LBRACE || swallowedBrace()) {
            if (t.kind == Kind.LBRACE) {
                next();
            }
            markEnd();
            return true;
        }
        markEnd();
        return false;
    }

    private boolean forgottenBrace(List<String> blockWords, String what, String name) {
        return recovery.forgottenBrace(blockWords, what, name);
    }

    private void unknown(Token t, List<String> words, String hint) {
        if (t.kind == Kind.WORD) {
            resolver.unreadDeclaration(t, tokens);
            throw fail(t, expected(words, t) + hint);
        }
        throw fail(t, "expected one of: " + Words.list(words) + ", found " + t.describe());
    }

    // ---------------------------------------------------------------- file and journey

    /** Parses the text; the map, or a {@code JourneyDslException} with every problem. */
    JourneyMap parse() {
        Token t = skipEnds();
        while (t.isWord("include")) {
            include(t);
            t = skipEnds();
        }
        if (t.isWord("journey")) {
            journey(next());
            Token after = skipEnds();
            if (after.kind != Kind.EOF && !reporter.full()) {
                fail(after, "expected end of file after the journey's closing '}' (one journey per file), found "
                        + after.describe());
            }
        } else if (t.kind == Kind.EOF) {
            reporter.at(t, "expected 'journey', found end of file (a .journey file holds one journey \"title\" { ... })");
        } else {
            fail(t, expected(List.of("'journey'"), t) + (t.kind == Kind.WORD ? Words.didYouMean(t.text, List.of("journey")) : ""));
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

    private void include(Token keyword) {
        next();
        reporter.at(keyword, "'include' is not supported yet: write the personas and channels in this file");
        recover();
    }

    private void journey(Token keyword) {
        mark("journey", keyword);
        boolean block;
        try {
            titleToken = string("the journey's title");
            journey = JourneyMaps.journey(titleToken.text).at(at(keyword));
            if (peek().kind == Kind.NEWLINE && peek2().kind == Kind.LBRACE) {
                // a '{' on the next line: one error that says where it goes, then the block is read as written
                reporter.at(peek2(), "put the journey's '{' at the end of line " + titleToken.line
                        + ", after its title: an opening brace stays on the line of its statement");
                next();
            } else if (peek().kind != Kind.LBRACE && !swallowedBrace()) {
                throw fail(peek(), "expected '{' after the journey's title, on the same line, found " + peek().describe());
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
        block(new Open("the journey block", null, false, keyword.line), "journey", Set.of(), false,
                t -> journeyStatement(t, seen));
    }

    private void journeyStatement(Token t, Seen seen) {
        if (t.kind != Kind.WORD) {
            unknown(t, JOURNEY_WORDS, "");
        }
        switch (t.text) {
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
                mark(t.text, next());
                boolean first = once(seen, t, "the journey");
                Token value = string("the ", t.text, "");
                if (first) {
                    if (t.text.equals("objective")) {
                        journey.objective(value.text);
                    } else {
                        journey.timeline(value.text);
                    }
                }
                markEnd();
                end(t.text);
            }
            case "emotion-scale" -> emotionScale(t, seen);
            case "persona" -> persona(next());
            case "channel" -> channel(next());
            case "stage" -> stage(next());
            case "path" -> path(next());
            case "flow" -> flow(next());
            case "suppress" -> suppress(next());
            case "include" -> include(t);
            case "touchpoint", "moment" -> unknown(t, JOURNEY_WORDS, " (touchpoints and moments belong inside a stage)");
            case "journey" -> unknown(t, JOURNEY_WORDS, " (one journey per file; journeys do not nest)");
            default -> unknown(t, JOURNEY_WORDS, "");
        }
    }

    private void emotionScale(Token keyword, Seen seen) {
        mark("emotion-scale", next());
        boolean first = once(seen, keyword, "the journey");
        // a wrong first scale leaves the emotions unchecked rather than checked against the default
        scaleUnknown |= first;
        Token low = next();
        int lo = wholeInt(low, "the lowest emotion (a whole number, like -2)");
        Token range = peek();
        if (range.kind != Kind.RANGE) {
            throw fail(range, "expected '..' between the lowest and highest emotion (like -2..2), found " + range.describe());
        }
        next();
        Token high = next();
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

    private void persona(Token keyword) {
        String key = "";
        String blockName = null;
        PersonaBuilder[] persona = new PersonaBuilder[1];
        boolean block;
        try {
            Token id = id("persona");
            blockName = id.text;
            key = marks == null ? "" : "persona:" + id.text;
            mark(key, keyword);
            declare(id, "persona");
            Token name = string("the persona's name");
            checkName(name, "persona", id);
            journey.persona(id.text, name.text, p -> persona[0] = p);
            persona[0].at(at(keyword));
            block = opensBlock();
        } catch (Syntax e) {
            recoverHeader();
            block = opensBlock();
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
            block(new Open("the block of persona", blockName, false, keyword.line), prefix,
                    JOURNEY_BLOCK_STARTS, false, t -> personaStatement(t, p, prefix, seen, counters, attributes));
        } else {
            end("persona");
        }
    }

    private void personaStatement(Token t, PersonaBuilder p, String prefix, Seen seen,
                                  Map<String, Integer> counters, Set<String> attributes) {
        if (t.kind != Kind.WORD) {
            unknown(t, PERSONA_WORDS, "");
        }
        switch (t.text) {
            case "description" -> {
                mark(prefix, "/description", next());
                boolean first = once(seen, t, "the persona");
                Token value = string("the description");
                if (first) {
                    p.description(value.text);
                }
                markEnd();
                end("description");
            }
            case "goal", "need", "pain" -> {
                mark(counted(counters, prefix, t.text), next());
                Token value = string("the ", t.text, "");
                switch (t.text) {
                    case "goal" -> p.goal(value.text);
                    case "need" -> p.need(value.text);
                    default -> p.pain(value.text);
                }
                markEnd();
                end(t.text);
            }
            case "prefers" -> {
                mark(prefix, "/prefers", next());
                List<String> channels = new ArrayList<>();
                do {
                    Token channel = id("channel");
                    reference(channel, Refs.Kind.CHANNEL);
                    channels.add(intern(channel.text));
                } while (comma());
                p.prefers(channels.toArray(new String[0]));
                markEnd();
                end("prefers");
            }
            case "attribute" -> {
                next();
                Token key = attributeKey();
                if (marks != null) {
                    mark(prefix + "/attribute:" + key.text, t);
                }
                Token value = string("the attribute's value");
                if (!attributes.add(key.text)) {
                    reporter.at(key, "duplicate attribute '" + Words.cut(key.text) + "' in the persona");
                } else {
                    p.attribute(key.text, value.text);
                }
                markEnd();
                end("attribute");
            }
            default -> unknown(t, PERSONA_WORDS, "");
        }
    }

    private Token attributeKey() {
        Token t = peek();
        if (t.kind == Kind.STRING) {
            return next();
        }
        return id("attribute");
    }

    private boolean comma() {
        if (peek().kind == Kind.COMMA) {
            next();
            while (peek().kind == Kind.NEWLINE) {
                next();
            }
            return true;
        }
        return false;
    }

    private void checkName(Token name, String kind, Token id) {
        if (name.text.isBlank()) {
            reporter.at(name, kind + " '" + id.text + "' has an empty name");
        }
    }

    // ---------------------------------------------------------------- channel

    private void channel(Token keyword) {
        Token id = id("channel");
        mark("channel:", id.text, keyword);
        declare(id, "channel");
        Token name = string("the channel's name");
        checkName(name, "channel", id);
        ChannelKind kind = ChannelKind.OTHER;
        if (peek().isWord("kind")) {
            next();
            kind = keyword(ChannelKind.class);
        } else if (!peek().endsStatement()) {
            throw fail(peek(), expected(List.of("'kind'", "end of line"), peek())
                    + (peek().kind == Kind.WORD ? Words.didYouMean(peek().text, List.of("kind")) : ""));
        }
        journey.channels(new Channel(intern(id.text), name.text, kind, Optional.of(at(keyword))));
        markEnd();
        end("channel");
    }

    // ---------------------------------------------------------------- stage

    private void stage(Token keyword) {
        StageBuilder[] stage = new StageBuilder[1];
        String key = "";
        String blockName = null;
        boolean block;
        try {
            Token id = id("stage");
            blockName = id.text;
            key = marks == null ? "" : "stage:" + id.text;
            mark(key, keyword);
            declare(id, "stage");
            Token name = string("the stage's name");
            checkName(name, "stage", id);
            journey.stage(id.text, name.text, s -> stage[0] = s);
            stage[0].at(at(keyword));
            block = opensBlock();
        } catch (Syntax e) {
            recoverHeader();
            block = opensBlock();
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
        block(new Open("the block of stage", blockName, false, keyword.line), prefix,
                JOURNEY_BLOCK_STARTS, false, t -> stageStatement(t, s, prefix, seen));
    }

    private void stageStatement(Token t, StageBuilder s, String prefix, Seen seen) {
        if (t.kind != Kind.WORD) {
            unknown(t, STAGE_WORDS, "");
        }
        switch (t.text) {
            case "goal" -> {
                mark(prefix, "/goal", next());
                boolean first = once(seen, t, "the stage");
                Token value = string("the stage's goal");
                if (first) {
                    s.goal(value.text);
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

    private void step(Token keyword, StageBuilder stage, boolean touchpoint) {
        String kind = touchpoint ? "touchpoint" : "moment";
        StepBuilder<?> step = null;
        String key = "";
        String blockName = null;
        boolean block;
        try {
            Token id = id(kind);
            blockName = id.text;
            key = marks == null ? "" : "step:" + id.text;
            mark(key, keyword);
            declare(id, kind);
            Token name = string("the ", kind, "'s name");
            checkName(name, kind, id);
            step = touchpoint ? stage.touchpoint(intern(id.text), name.text) : stage.moment(intern(id.text), name.text);
            step.at(at(keyword));
            stepHeader(keyword, id, step);
            block = opensBlock();
        } catch (Syntax e) {
            recoverHeader();
            block = opensBlock();
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
        block(new Open(touchpoint ? "the block of touchpoint" : "the block of moment", blockName, false, keyword.line), prefix,
                STEP_BLOCK_STARTS, false, t -> stepStatement(t, s, prefix, seen, counters));
    }

    private void stepHeader(Token keyword, Token id, StepBuilder<?> step) {
        boolean touchpoint = step instanceof TouchpointBuilder;
        Token via = null;
        Token by = null;
        Token forWord = null;
        List<String> options = touchpoint ? TOUCHPOINT_OPTIONS : MOMENT_OPTIONS;
        while (!peek().endsStatement() && peek().kind != Kind.LBRACE) {
            Token t = peek();
            if (!(t.kind == Kind.WORD && options.contains(t.text))) {
                List<String> expected = new ArrayList<>();
                for (String o : options) {
                    if ((o.equals("via") && via == null) || (o.equals("by") && by == null) || (o.equals("for") && forWord == null)) {
                        expected.add("'" + o + "'");
                    }
                }
                expected.add("'{'");
                expected.add("end of line");
                String hint = !touchpoint && (t.isWord("via") || t.isWord("by"))
                        ? " (a moment has no channel and no brand; make it a touchpoint)" : "";
                throw fail(t, expected(expected, t) + (t.kind == Kind.WORD ? Words.didYouMean(t.text, options) : "") + hint);
            }
            next();
            switch (t.text) {
                case "via" -> {
                    if (via != null) {
                        throw fail(t, "duplicate 'via': a touchpoint has one channel");
                    }
                    via = t;
                    Token channel = id("channel");
                    reference(channel, Refs.Kind.CHANNEL);
                    ((TouchpointBuilder) step).via(intern(channel.text));
                }
                case "by" -> {
                    if (by != null) {
                        throw fail(t, "duplicate 'by'");
                    }
                    by = t;
                    Token who = oneOf(BY_WORDS);
                    if (who.text.equals("brand")) {
                        ((TouchpointBuilder) step).byBrand();
                    }
                }
                default -> {
                    if (forWord != null) {
                        throw fail(t, "duplicate 'for': list every persona after one 'for', separated by ','");
                    }
                    forWord = t;
                    List<String> personas = new ArrayList<>();
                    do {
                        Token persona = id("persona");
                        reference(persona, Refs.Kind.PERSONA);
                        personas.add(intern(persona.text));
                    } while (comma());
                    step.forPersonas(personas.toArray(new String[0]));
                }
            }
        }
        if (touchpoint && via == null) {
            Token t = peek();
            throw fail(t, "expected 'via' and the touchpoint's channel, found " + t.describe()
                    + " (every touchpoint happens on a channel; a step without one is a moment)");
        }
    }

    private void stepStatement(Token t, StepBuilder<?> s, String prefix, Seen seen,
                               Map<String, Integer> counters) {
        boolean touchpoint = s instanceof TouchpointBuilder;
        List<String> words = touchpoint ? TOUCHPOINT_WORDS : MOMENT_WORDS;
        if (t.kind != Kind.WORD) {
            unknown(t, words, "");
        }
        if (!touchpoint && TOUCHPOINT_WORDS.contains(t.text) && !MOMENT_WORDS.contains(t.text)) {
            throw fail(t, "'" + t.text + "' is not allowed in a moment (a moment has no brand involvement; "
                    + "it holds emotion, action, thought, pain and event)");
        }
        switch (t.text) {
            case "emotion" -> {
                mark(prefix, "/emotion", next());
                boolean first = once(seen, t, "the step");
                Token value = next();
                int emotion = wholeInt(value, "the emotion (a whole number on the emotion scale, like -1)");
                if (first) {
                    s.emotion(emotion);
                    emotions.add(value);
                }
                markEnd();
                end("emotion");
            }
            case "action", "thought", "event" -> {
                mark(counted(counters, prefix, t.text), next());
                Token value = string("the ", t.text, t.text.equals("event") ? " name" : "");
                switch (t.text) {
                    case "action" -> s.action(value.text);
                    case "thought" -> s.thought(value.text);
                    default -> event(value, s);
                }
                markEnd();
                end(t.text);
            }
            case "pain" -> {
                mark(counted(counters, prefix, "pain"), next());
                Token value = string("the pain");
                PainSeverity severity = PainSeverity.MEDIUM;
                if (peek().isWord("severity")) {
                    next();
                    severity = keyword(PainSeverity.class);
                } else if (!peek().endsStatement()) {
                    throw fail(peek(), expected(List.of("'severity'", "end of line"), peek()));
                }
                s.pain(new PainPoint(value.text, severity, Optional.of(at(t))));
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

    /** {@code event "name"}: a log event name bound to the step; a duplicate claim is reported by build(). */
    private void event(Token value, StepBuilder<?> s) {
        if (value.text.isBlank()) {
            throw fail(value, "an event name must not be empty");
        }
        eventTokens.computeIfAbsent(value.text, k -> new ArrayList<>()).add(value);
        s.event(value.text);
    }

    private void touchpointStatement(Token t, TouchpointBuilder s, String prefix, Seen seen,
                                     Map<String, Integer> counters) {
        switch (t.text) {
            case "question" -> {
                mark(counted(counters, prefix, "question"), next());
                Token value = string("the question");
                Optional<String> answer = touchpointAfter("answered-by");
                s.question(new Question(value.text, answer, Optional.of(at(t))));
                markEnd();
                end("question");
            }
            case "opportunity", "frontstage", "backstage", "support", "evidence" -> {
                mark(counted(counters, prefix, t.text), next());
                Token value = string("the ", t.text, "");
                switch (t.text) {
                    case "opportunity" -> s.opportunity(value.text);
                    case "frontstage" -> s.frontstage(value.text);
                    case "backstage" -> s.backstage(value.text);
                    case "support" -> s.support(value.text);
                    default -> s.evidence(value.text);
                }
                markEnd();
                end(t.text);
            }
            case "owner" -> {
                mark(prefix, "/owner", next());
                boolean first = once(seen, t, "the touchpoint");
                Token value = string("the owner");
                if (first) {
                    s.owner(value.text);
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
            case "metric" -> metric(next(), s, counted(counters, prefix, "metric"));
            case "fallout" -> {
                mark(counted(counters, prefix, "fallout"), next());
                Token value = string("the fallout");
                Optional<String> recovery = touchpointAfter("recovered-by");
                s.fallout(new Fallout(value.text, recovery, Optional.of(at(t))));
                markEnd();
                end("fallout");
            }
            default -> unknown(t, TOUCHPOINT_WORDS, "");
        }
    }

    /** {@code KEYWORD TOUCHPOINT} at the end of a statement, if written. */
    private Optional<String> touchpointAfter(String keyword) {
        if (peek().isWord(keyword)) {
            next();
            Token by = id("touchpoint");
            reference(by, Refs.Kind.TOUCHPOINT);
            return Optional.of(intern(by.text));
        }
        if (!peek().endsStatement()) {
            Token t = peek();
            throw fail(t, expected(List.of("'" + keyword + "'", "end of line"), t)
                    + (t.kind == Kind.WORD ? Words.didYouMean(t.text, List.of(keyword)) : ""));
        }
        return Optional.empty();
    }

    /** Words of a duration written apart from its number ({@code 12 days}), and the unit they mean. */
    private static final Map<String, String> DURATION_UNITS = Map.ofEntries(
            Map.entry("day", "d"), Map.entry("days", "d"), Map.entry("hour", "h"), Map.entry("hours", "h"),
            Map.entry("h", "h"), Map.entry("min", "m"), Map.entry("mins", "m"), Map.entry("minute", "m"),
            Map.entry("minutes", "m"), Map.entry("m", "m"), Map.entry("sec", "s"), Map.entry("secs", "s"),
            Map.entry("second", "s"), Map.entry("seconds", "s"), Map.entry("s", "s"), Map.entry("d", "d"));

    private void metric(Token keyword, TouchpointBuilder s, String key) {
        mark(key, keyword);
        Token name = peek();
        if (name.kind == Kind.STRING) {
            next();
        } else {
            name = id("metric");
        }
        Token valueToken = next();
        MetricValue value = metricValue(valueToken, "the metric's value");
        Optional<MetricValue> target = Optional.empty();
        Token targetToken = null;
        Direction direction = Metric.defaultDirection(name.text);
        while (!peek().endsStatement()) {
            Token t = peek();
            if (t.isWord("target") && targetToken == null) {
                next();
                targetToken = next();
                target = Optional.of(metricValue(targetToken, "the metric's target"));
            } else if (t.isWord("lower-is-better") || t.isWord("higher-is-better")) {
                next();
                direction = Direction.fromKeyword(t.text);
            } else {
                List<String> options = new ArrayList<>();
                if (targetToken == null) {
                    options.add("'target'");
                }
                options.add("lower-is-better");
                options.add("higher-is-better");
                options.add("end of line");
                Token last = tokens.last();
                String unit = t.kind == Kind.WORD && last.kind == Kind.NUMBER ? DURATION_UNITS.get(t.text) : null;
                throw fail(t, expected(options, t) + (unit != null
                        ? " (a duration is written without a space, e.g. " + last.text + unit + ")"
                        : t.kind == Kind.WORD ? Words.didYouMean(t.text, List.of("target", "lower-is-better", "higher-is-better")) : ""));
            }
        }
        if (targetToken != null && target.get().unit() != value.unit()) {
            reporter.at(targetToken, "metric '" + Words.cut(name.text) + "' has a value in " + value.unit().keyword()
                    + " but a target in " + target.get().unit().keyword());
        }
        s.metric(new Metric(intern(name.text), value, target, direction, Optional.of(at(keyword))));
        markEnd();
        end("metric");
    }

    private MetricValue metricValue(Token t, String what) {
        return switch (t.kind) {
            case NUMBER -> MetricValue.number(t.value());
            case PERCENT -> MetricValue.percent(t.value());
            case DURATION -> MetricValue.seconds(t.value());
            default -> throw fail(t, "expected " + what + " (a number like 4.2, a percentage like 71% or a duration like 6m30s), found "
                    + t.describe());
        };
    }

    // ---------------------------------------------------------------- path, flow, suppress

    private void path(Token keyword) {
        String key = "";
        Token persona = null;
        Token name = null;
        boolean block;
        try {
            if (marks != null) {
                key = "path#" + marks.count("path");
                mark(key, keyword);
            }
            persona = id("persona");
            reference(persona, Refs.Kind.PERSONA);
            name = string("the path's name");
            if (peek().kind != Kind.LBRACE && !swallowedBrace()) {
                throw fail(peek(), "expected '{' and the path's steps, like { a -> b -> c }, found " + peek().describe());
            }
            block = opensBlock();
        } catch (Syntax e) {
            recoverHeader();
            block = opensBlock();
        }
        if (!block) {
            end("path");
            return;
        }
        List<String> steps = new ArrayList<>();
        String prefix = key;
        int problemsBefore = reporter.count();
        block(new Open("the block of path", name == null ? null : name.text, true, keyword.line), prefix,
                JOURNEY_BLOCK_STARTS, true, t -> pathLine(t, steps));
        if (persona != null && name != null) {
            if (steps.size() < 2 && reporter.count() == problemsBefore) {
                reporter.at(keyword, "path '" + Words.cut(name.text) + "' has "
                        + (steps.isEmpty() ? "no steps" : "only one step") + "; a path needs two or more, like a -> b");
            }
            journey.path(new PersonaPath(intern(persona.text), name.text, steps, Optional.of(at(keyword))));
        }
    }

    /**
     * One line of a path. A line continues the previous one: it starts with the step the previous
     * line ended with (written once in the path), or with '->'. A line may also end with '->'.
     */
    private void pathLine(Token first, List<String> steps) {
        if (first.kind == Kind.ARROW) {
            if (steps.isEmpty()) {
                throw fail(first, "expected a step id before '->', found '->'");
            }
            next();
            skipNewlines();
        } else {
            Token step = id("step");
            reference(step, Refs.Kind.STEP);
            String id = intern(step.text);
            if (steps.isEmpty()) {
                steps.add(id);
            } else if (!steps.get(steps.size() - 1).equals(id)) {
                String previous = steps.get(steps.size() - 1);
                throw fail(step, "a path line continues the path: start it with '" + previous
                        + "', the step the previous line ended with, or with '->' (found '" + Words.cut(id) + "')");
            }
            if (peek().kind != Kind.ARROW) {
                throw fail(peek(), "expected '->' and the next step, found " + peek().describe());
            }
            next();
            skipNewlines();
        }
        while (true) {
            Token step = id("step");
            reference(step, Refs.Kind.STEP);
            steps.add(intern(step.text));
            if (peek().kind != Kind.ARROW) {
                break;
            }
            next();
            skipNewlines();
        }
        end("path");
    }

    private void skipNewlines() {
        while (peek().kind == Kind.NEWLINE) {
            next();
        }
    }

    private void flow(Token keyword) {
        if (marks != null) {
            mark("flow#" + marks.count("flow"), keyword);
        }
        // most flows join two steps: a list is made only for a longer chain
        Token step = id("step");
        reference(step, Refs.Kind.STEP);
        String first = intern(step.text);
        String second = null;
        List<String> more = null;
        if (peek().kind != Kind.ARROW) {
            throw fail(peek(), "expected '->' and the next step, found " + peek().describe());
        }
        while (peek().kind == Kind.ARROW) {
            next();
            skipNewlines();
            if (peek().isWord("volume") && peek2().kind == Kind.NUMBER
                    || peek().isWord("kind") && peek2().kind == Kind.WORD && keywords(TransitionKind.class).contains(peek2().text)) {
                // '-> volume 3': the chain ended with a '->' too many, not at a step named 'volume'
                throw fail(peek(), "expected a step after '->', found '" + peek().text + "' (the flow's "
                        + peek().text + " follows its last step, without '->' before it)");
            }
            step = id("step");
            reference(step, Refs.Kind.STEP);
            if (second == null) {
                second = intern(step.text);
            } else {
                if (more == null) {
                    more = new ArrayList<>();
                    more.add(first);
                    more.add(second);
                }
                more.add(intern(step.text));
            }
        }
        List<String> steps = more == null ? List.of(first, second) : more;
        OptionalLong volume = OptionalLong.empty();
        TransitionKind kind = TransitionKind.NEXT;
        boolean kindSeen = false;
        while (!peek().endsStatement()) {
            Token t = peek();
            if (t.isWord("volume") && volume.isEmpty()) {
                next();
                volume = OptionalLong.of(whole(next(), "the volume (a whole number of customers, 0 or more)", false));
            } else if (t.isWord("kind") && !kindSeen) {
                next();
                kind = keyword(TransitionKind.class);
                kindSeen = true;
            } else {
                List<String> options = new ArrayList<>(List.of("'->'"));
                if (volume.isEmpty()) {
                    options.add("'volume'");
                }
                if (!kindSeen) {
                    options.add("'kind'");
                }
                options.add("end of line");
                throw fail(t, expected(options, t)
                        + (t.kind == Kind.WORD ? Words.didYouMean(t.text, List.of("volume", "kind")) : ""));
            }
        }
        journey.flow(new Flow(steps, volume, kind, Optional.of(at(keyword))));
        markEnd();
        end("flow");
    }

    private void suppress(Token keyword) {
        if (marks != null) {
            mark("suppress#" + marks.count("suppress"), keyword);
        }
        Token code = peek();
        if (code.kind == Kind.STRING) {
            next();
            if (code.text.isBlank()) {
                reporter.at(code, "the code of the finding to suppress is empty");
            }
        } else {
            code = word("the code of the finding to suppress, like coverage.no-feedback");
            if (!Formatter.isBareCode(code.text)) {
                reporter.at(code, "invalid finding code '" + Words.cut(code.text)
                        + "': codes are lower-case words joined by '.', like coverage.no-feedback");
            }
        }
        Optional<String> on = Optional.empty();
        if (peek().isWord("on")) {
            next();
            Token element = id("element");
            reference(element, Refs.Kind.ELEMENT);
            on = Optional.of(intern(element.text));
        }
        if (!peek().isWord("because")) {
            List<String> options = on.isEmpty() ? List.of("'on'", "'because'") : List.of("'because'");
            throw fail(peek(), expected(options, peek()) + " (a suppression keeps its reason: because \"...\")");
        }
        next();
        Token reason = string("the reason");
        journey.suppress(new Suppression(code.text, on, reason.text, Optional.of(at(keyword))));
        markEnd();
        end("suppress");
    }

    // ---------------------------------------------------------------- checks after the parse

    /** Checks what needs the whole text: references, emotions against the final scale, the title. */
    private void resolve() {
        if (titleToken != null && titleToken.text.isBlank()) {
            reporter.at(titleToken, "the journey has an empty title");
        }
        resolver.resolve();
        for (Token t : scaleUnknown ? List.<Token>of() : emotions) {
            int emotion = (int) Long.parseLong(t.text);
            if (!scale.contains(emotion)) {
                reporter.at(t, "emotion " + emotion + " is outside the emotion scale " + scale);
            }
        }
    }

    /** Builds the map; a problem the checks above did not foresee is reported at its word. */
    private JourneyMap build() {
        try {
            return journey.build();
        } catch (JourneyValidationException e) {
            ProblemPositions positions = new ProblemPositions(text, reporter, eventTokens);
            SourcePosition fallback = titleToken == null ? null : at(titleToken);
            for (Problem p : e.problems()) {
                positions.report(p, fallback);
            }
            reporter.throwIfAny();
            throw e; // not reached: every problem was reported
        }
    }
}
