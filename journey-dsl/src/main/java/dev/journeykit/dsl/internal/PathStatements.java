package dev.journeykit.dsl.internal;

import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.model.Flow;
import dev.journeykit.core.model.PersonaPath;
import dev.journeykit.core.model.Suppression;
import dev.journeykit.core.model.TransitionKind;
import dev.journeykit.dsl.internal.Recovery.Open;
import dev.journeykit.dsl.internal.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The statements of a journey that name steps in order or a finding to keep quiet: {@code path}
 * (a persona's walk, written over one or more lines), {@code flow} (a designed transition with its
 * volume and kind) and {@code suppress}. Reads through the {@link Cursor} of the {@link Parser}
 * that calls it and adds what it read to the journey being built.
 */
final class PathStatements {

    private final Cursor c;

    PathStatements(Cursor cursor) {
        this.c = cursor;
    }

    void path(long keyword, JourneyMapBuilder journey) {
        String key = "";
        // the texts are taken when read: the block between can be longer than the tokens kept
        String persona = null;
        String name = null;
        boolean block;
        try {
            if (c.marks != null) {
                key = "path#" + c.marks.count("path");
                c.mark(key, keyword);
            }
            long personaToken = c.id("persona");
            c.reference(personaToken, Refs.Kind.PERSONA);
            persona = c.text(personaToken);
            name = c.text(c.string("the path's name"));
            boolean nextLine = Token.is(c.peek(), Kind.NEWLINE) && Token.is(c.peek2(), Kind.LBRACE);
            if (!nextLine && !Token.is(c.peek(), Kind.LBRACE) && !c.swallowedBrace()) {
                throw c.fail(c.peek(), "expected '{' and the path's steps, like { a -> b -> c }, found " + c.describe(c.peek()));
            }
            block = c.opensBlock("the block of path", name);
        } catch (Syntax e) {
            c.recoverHeader();
            block = c.opensBlock("the block of path", name);
        }
        if (!block) {
            c.end("path");
            return;
        }
        List<String> steps = new ArrayList<>();
        String prefix = key;
        int problemsBefore = c.reporter.count();
        c.block(new Open("the block of path", name, true, c.line(keyword)), prefix,
                Parser.JOURNEY_BLOCK_STARTS, true, t -> pathLine(t, steps));
        if (persona != null && name != null) {
            if (steps.size() < 2 && c.reporter.count() == problemsBefore) {
                c.reporter.at(keyword, "path '" + Words.cut(name) + "' has "
                        + (steps.isEmpty() ? "no steps" : "only one step") + "; a path needs two or more, like a -> b");
            }
            journey.path(new PersonaPath(persona, name, steps, Optional.of(c.at(keyword))));
        }
    }

    /**
     * One line of a path. A line continues the previous one: it starts with the step the previous
     * line ended with (written once in the path), or with '->'. A line may also end with '->'.
     */
    private void pathLine(long first, List<String> steps) {
        if (Token.is(first, Kind.ARROW)) {
            if (steps.isEmpty()) {
                throw c.fail(first, "expected a step id before '->', found '->'");
            }
            c.next();
            c.skipNewlines();
        } else {
            long step = c.id("step");
            c.reference(step, Refs.Kind.STEP);
            String id = c.text(step);
            if (steps.isEmpty()) {
                steps.add(id);
            } else if (!steps.get(steps.size() - 1).equals(id)) {
                String previous = steps.get(steps.size() - 1);
                throw c.fail(step, "a path line continues the path: start it with '" + previous
                        + "', the step the previous line ended with, or with '->' (found '" + Words.cut(id) + "')");
            }
            if (!Token.is(c.peek(), Kind.ARROW)) {
                throw c.fail(c.peek(), "expected '->' and the next step, found " + c.describe(c.peek()));
            }
            c.next();
            c.skipNewlines();
        }
        while (true) {
            long step = c.id("step");
            c.reference(step, Refs.Kind.STEP);
            steps.add(c.text(step));
            if (!Token.is(c.peek(), Kind.ARROW)) {
                break;
            }
            c.next();
            c.skipNewlines();
        }
        c.end("path");
    }

    void flow(long keyword, JourneyMapBuilder journey) {
        if (c.marks != null) {
            c.mark("flow#" + c.marks.count("flow"), keyword);
        }
        // most flows join two steps: a list is made only for a longer chain
        long step = c.id("step");
        c.reference(step, Refs.Kind.STEP);
        String first = c.text(step);
        String second = null;
        List<String> more = null;
        if (!Token.is(c.peek(), Kind.ARROW)) {
            throw c.fail(c.peek(), "expected '->' and the next step, found " + c.describe(c.peek()));
        }
        while (Token.is(c.peek(), Kind.ARROW)) {
            c.next();
            c.skipNewlines();
            if (c.isWord(c.peek(), "volume") && Token.is(c.peek2(), Kind.NUMBER)
                    || c.isWord(c.peek(), "kind") && Token.is(c.peek2(), Kind.WORD) && c.keywords(TransitionKind.class).contains(c.text(c.peek2()))) {
                // '-> volume 3': the chain ended with a '->' too many, not at a step named 'volume'
                throw c.fail(c.peek(), "expected a step after '->', found '" + c.text(c.peek()) + "' (the flow's "
                        + c.text(c.peek()) + " follows its last step, without '->' before it)");
            }
            step = c.id("step");
            c.reference(step, Refs.Kind.STEP);
            if (second == null) {
                second = c.text(step);
            } else {
                if (more == null) {
                    more = new ArrayList<>();
                    more.add(first);
                    more.add(second);
                }
                more.add(c.text(step));
            }
        }
        List<String> steps = more == null ? List.of(first, second) : more;
        OptionalLong volume = OptionalLong.empty();
        TransitionKind kind = TransitionKind.NEXT;
        boolean kindSeen = false;
        while (!Token.endsStatement(c.peek())) {
            long t = c.peek();
            if (c.isWord(t, "volume") && volume.isEmpty()) {
                c.next();
                volume = OptionalLong.of(c.whole(c.next(), "the volume (a whole number of customers, 0 or more)", false));
            } else if (c.isWord(t, "kind") && !kindSeen) {
                c.next();
                kind = c.keyword(TransitionKind.class);
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
                throw c.fail(t, c.expected(options, t)
                        + (Token.is(t, Kind.WORD) ? Words.didYouMean(c.text(t), List.of("volume", "kind")) : ""));
            }
        }
        journey.flow(new Flow(steps, volume, kind, Optional.of(c.at(keyword))));
        c.markEnd();
        c.end("flow");
    }

    void suppress(long keyword, JourneyMapBuilder journey) {
        if (c.marks != null) {
            c.mark("suppress#" + c.marks.count("suppress"), keyword);
        }
        long code = c.peek();
        if (Token.is(code, Kind.STRING)) {
            c.next();
            if (c.text(code).isBlank()) {
                c.reporter.at(code, "the code of the finding to suppress is empty");
            }
        } else {
            code = c.word("the code of the finding to suppress, like coverage.no-feedback");
            if (!Formatter.isBareCode(c.text(code))) {
                c.reporter.at(code, "invalid finding code '" + Words.cut(c.text(code))
                        + "': codes are lower-case words joined by '.', like coverage.no-feedback");
            }
        }
        Optional<String> on = Optional.empty();
        if (c.isWord(c.peek(), "on")) {
            c.next();
            long element = c.id("element");
            c.reference(element, Refs.Kind.ELEMENT);
            on = Optional.of(c.text(element));
        }
        if (!c.isWord(c.peek(), "because")) {
            List<String> options = on.isEmpty() ? List.of("'on'", "'because'") : List.of("'because'");
            throw c.fail(c.peek(), c.expected(options, c.peek()) + " (a suppression keeps its reason: because \"...\")");
        }
        c.next();
        long reason = c.string("the reason");
        journey.suppress(new Suppression(c.text(code), on, c.text(reason), Optional.of(c.at(keyword))));
        c.markEnd();
        c.end("suppress");
    }
}
