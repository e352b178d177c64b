package dev.journeykit.dsl.internal;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.internal.Token.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids a text declares and the references to them. References are resolved after the whole
 * text is read, against the ids declared, so that every unknown id is reported at its own word
 * with the nearest declared id of a fitting kind as a suggestion, and a declaration reported
 * already is not reported again at each use.
 */
final class Resolver {

    private static final List<String> DECLARING = List.of("persona", "channel", "stage", "touchpoint", "moment");

    /** A declaration: its id, its kind and its id's token (for its line, asked only for a message). */
    private record Decl(String id, String kind, long token) {
    }

    private final Reporter reporter;
    private final TokenStream tokens;
    private final Map<String, Decl> declared = new HashMap<>();
    private final Map<String, List<String>> declaredByKind = new HashMap<>();
    private final Refs refs = new Refs();
    /** Ids of declarations that were reported and not read; references to them are not reported again. */
    private final Set<String> unread = new HashSet<>();

    Resolver(Reporter reporter, TokenStream tokens) {
        this.reporter = reporter;
        this.tokens = tokens;
    }

    /** Declares {@code id} as a {@code kind}; a duplicate id is reported at it. */
    void declare(long id, String kind) {
        String name = tokens.text(id); // words come from the lexer already shared (one String per distinct word)
        if (!JourneyMap.isValidId(name)) {
            // reported with its lower-case spelling suggested: uses of that spelling are not errors again
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (JourneyMap.isValidId(lower)) {
                unread.add(lower);
            }
        }
        Decl earlier = declared.putIfAbsent(name, new Decl(name, kind, id));
        if (earlier != null) {
            reporter.at(id, "duplicate id '" + Words.cut(name) + "': the " + earlier.kind + " at line " + reporter.line(earlier.token)
                    + " has it already (ids are unique across personas, channels, stages, touchpoints and moments)");
        } else {
            declaredByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(name);
        }
    }

    /**
     * A statement that starts with a declaring keyword out of place or misspelled
     * ({@code touchpont checkout "..."}) declares nothing, but its id is kept aside so that the
     * references to it are not reported again: the one mistake gives one error.
     */
    /** Keeps {@code id} aside when {@code keyword id} declares it in a block that is skipped, not read. */
    void skippedDeclaration(long keyword, long id) {
        if (Token.is(keyword, Kind.WORD) && Token.is(id, Kind.WORD) && DECLARING.contains(tokens.text(keyword))) {
            unread.add(tokens.text(id));
        }
    }

    void unreadDeclaration(long keyword) {
        if (tokens.peek() != keyword) {
            return;
        }
        String word = tokens.text(keyword);
        String near = DECLARING.contains(word) ? word : Words.nearest(word, DECLARING);
        if (near != null && Token.is(tokens.peek2(), Kind.WORD)) {
            unread.add(tokens.text(tokens.peek2()));
        }
    }

    /**
     * Notes a reference to check once the whole text is read. One to an id declared already with
     * a kind that fits is settled now (declarations are never undone), so only references forward
     * or in error are kept.
     */
    void reference(long id, Refs.Kind kind) {
        String name = tokens.text(id);
        Decl decl = declared.get(name);
        if (decl == null || !matches(decl.kind, kind)) {
            refs.add(id, name, kind);
        }
    }

    /** Reports every reference kept that names no declared id of a fitting kind. */
    void resolve() {
        for (int i = 0; i < refs.size && !reporter.full(); i++) {
            String id = refs.ids[i];
            Refs.Kind kind = refs.kind(i);
            Decl decl = declared.get(id);
            if (decl != null && matches(decl.kind, kind) || decl == null && unread.contains(id)) {
                continue;
            }
            String message;
            if (decl != null) {
                message = "unknown " + kind.word + " '" + Words.cut(id) + "': '" + Words.cut(id) + "' is a " + decl.kind
                        + " (line " + reporter.line(decl.token) + ")";
            } else {
                message = "unknown " + kind.word + " '" + Words.cut(id) + "'" + Words.didYouMean(id, candidates(kind));
            }
            reporter.at(refs.tokens[i], message);
        }
    }

    private static boolean matches(String declared, Refs.Kind kind) {
        return switch (kind) {
            case CHANNEL -> declared.equals("channel");
            case PERSONA -> declared.equals("persona");
            case TOUCHPOINT -> declared.equals("touchpoint");
            case STEP -> declared.equals("touchpoint") || declared.equals("moment");
            case ELEMENT -> true;
        };
    }

    private List<String> candidates(Refs.Kind kind) {
        List<String> out = new ArrayList<>();
        for (String k : DECLARING) {
            if (matches(k, kind)) {
                out.addAll(declaredByKind.getOrDefault(k, List.of()));
            }
        }
        return out;
    }
}
