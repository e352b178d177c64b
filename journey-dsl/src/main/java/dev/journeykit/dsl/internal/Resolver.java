package dev.journeykit.dsl.internal;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.internal.Token.Kind;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** Indexes in {@link #DECLARING}. */
    private static final int PERSONA = 0;
    private static final int CHANNEL = 1;
    private static final int TOUCHPOINT = 3;
    private static final int MOMENT = 4;

    /** A declaration of an id too long to be numbered: its kind (index in DECLARING) and its id's token. */
    private record Decl(int kind, long token) {
    }

    private final Reporter reporter;
    private final TokenStream tokens;
    /**
     * The declarations of ids, by the number the lexer gave the id's word: the kind's index in
     * {@link #DECLARING} plus one (0 for none) and the id's token (for its line, asked only for a
     * message). Arrays, not a map: a map of 100,000 ids is read at random and misses the caches.
     */
    private byte[] declaredKinds = new byte[256];
    private long[] declaredTokens = new long[256];
    /** The declarations of ids longer than the lexer numbers. */
    private final Map<String, Decl> longIds = new HashMap<>();
    /** The ids declared, by kind (index in {@link #DECLARING}), in the order declared. */
    private final List<List<String>> declaredByKind = new ArrayList<>();
    private final Refs refs = new Refs();
    /** Ids of declarations that were reported and not read; references to them are not reported again. */
    private final Set<String> unread = new HashSet<>();

    Resolver(Reporter reporter, TokenStream tokens) {
        this.reporter = reporter;
        this.tokens = tokens;
        for (int k = 0; k < DECLARING.size(); k++) {
            declaredByKind.add(new ArrayList<>());
        }
    }

    /** The kind (index in {@link #DECLARING}) id {@code name}, word number {@code word}, is declared as, or -1. */
    private int declaredKind(int word, String name) {
        if (word < 0) {
            Decl decl = longIds.get(name);
            return decl == null ? -1 : decl.kind;
        }
        return word < declaredKinds.length ? declaredKinds[word] - 1 : -1;
    }

    /** The token of the declaration of {@code name}, which {@link #declaredKind} found. */
    private long declaredToken(int word, String name) {
        return word < 0 ? longIds.get(name).token : declaredTokens[word];
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
        int word = tokens.wordNumber(id);
        int earlier = declaredKind(word, name);
        if (earlier >= 0) {
            reporter.at(id, "duplicate id '" + Words.cut(name) + "': the " + DECLARING.get(earlier) + " at line "
                    + reporter.line(declaredToken(word, name))
                    + " has it already (ids are unique across personas, channels, stages, touchpoints and moments)");
            return;
        }
        int k = DECLARING.indexOf(kind);
        if (word < 0) {
            longIds.put(name, new Decl(k, id));
        } else {
            if (word >= declaredKinds.length) {
                int n = Math.max(word + 1, tokens.wordCount());
                declaredKinds = Arrays.copyOf(declaredKinds, Math.max(n, declaredKinds.length * 2));
                declaredTokens = Arrays.copyOf(declaredTokens, declaredKinds.length);
            }
            declaredKinds[word] = (byte) (k + 1);
            declaredTokens[word] = id;
        }
        declaredByKind.get(k).add(name);
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
        int word = tokens.wordNumber(id);
        int declared = declaredKind(word, name);
        if (declared < 0 || !matches(declared, kind)) {
            refs.add(id, name, word, kind);
        }
    }

    /** Reports every reference kept that names no declared id of a fitting kind. */
    void resolve() {
        for (int i = 0; i < refs.size && !reporter.full(); i++) {
            String id = refs.ids[i];
            int word = refs.words[i];
            Refs.Kind kind = refs.kind(i);
            int declared = declaredKind(word, id);
            if (declared >= 0 && matches(declared, kind) || declared < 0 && unread.contains(id)) {
                continue;
            }
            String message;
            if (declared >= 0) {
                message = "unknown " + kind.word + " '" + Words.cut(id) + "': '" + Words.cut(id) + "' is a "
                        + DECLARING.get(declared) + " (line " + reporter.line(declaredToken(word, id)) + ")";
            } else {
                message = "unknown " + kind.word + " '" + Words.cut(id) + "'" + Words.didYouMean(id, candidates(kind));
            }
            reporter.at(refs.tokens[i], message);
        }
    }

    /** Whether an id declared as kind {@code declared} (index in {@link #DECLARING}) fits a reference of {@code kind}. */
    private static boolean matches(int declared, Refs.Kind kind) {
        return switch (kind) {
            case CHANNEL -> declared == CHANNEL;
            case PERSONA -> declared == PERSONA;
            case TOUCHPOINT -> declared == TOUCHPOINT;
            case STEP -> declared == TOUCHPOINT || declared == MOMENT;
            case ELEMENT -> true;
        };
    }

    private List<String> candidates(Refs.Kind kind) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < DECLARING.size(); k++) {
            if (matches(k, kind)) {
                out.addAll(declaredByKind.get(k));
            }
        }
        return out;
    }
}
