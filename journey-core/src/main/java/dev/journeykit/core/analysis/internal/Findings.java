package dev.journeykit.core.analysis.internal;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.internal.DslStrings;
import dev.journeykit.core.model.Element;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Collects one analyzer's findings, each with its rule's default severity ({@code Analyzers}
 * applies the options' overrides and codes switched off); {@link #wants} lets an analyzer skip
 * the work of rules switched off. Also the wording shared by the messages.
 */
public final class Findings {

    /** The most ids a message lists before it says how many more there are. */
    public static final int MAX_LISTED = 8;

    private final JourneyMap map;
    private final AnalysisOptions options;
    private final List<Finding> findings = new ArrayList<>();

    private Findings(JourneyMap map, AnalysisOptions options) {
        this.map = map;
        this.options = options;
    }

    /** Starts collecting for {@code map}; rejects nulls with a message naming the argument. */
    public static Findings start(JourneyMap map, AnalysisOptions options) {
        return new Findings(Objects.requireNonNull(map, "map must not be null"),
                Objects.requireNonNull(options, "options must not be null"));
    }

    /** Whether any of {@code rules} is switched on; an analyzer whose rules are all off does no work. */
    public boolean wants(Rule... rules) {
        for (Rule rule : rules) {
            if (options.isEnabled(rule)) {
                return true;
            }
        }
        return false;
    }

    public AnalysisOptions options() {
        return options;
    }

    /**
     * Adds a finding of {@code rule} with the rule's default severity: severity overrides and codes
     * switched off are applied to every analyzer's findings in one place, {@code Analyzers}.
     */
    public void add(Rule rule, String message, List<String> subjects, Optional<SourcePosition> location) {
        findings.add(new Finding(rule.code(), rule.defaultSeverity(), message, subjects, location));
    }

    /** The position of the element {@code id}, when it has one. */
    public Optional<SourcePosition> positionOf(String id) {
        return map.element(id).flatMap(Element::position);
    }

    /** The first present position: the most specific first. */
    @SafeVarargs
    public static Optional<SourcePosition> firstOf(Optional<SourcePosition>... positions) {
        for (Optional<SourcePosition> p : positions) {
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    public List<Finding> list() {
        return findings;
    }

    /** {@code 'a', 'b', 'c'}, at most {@link #MAX_LISTED} of them, then {@code and 4 more}. */
    public static String quoted(List<String> ids) {
        return quoted(ids, ids.size());
    }

    /** The first {@link #MAX_LISTED} of {@code ids} quoted, then how many of {@code total} are left. */
    public static String quoted(List<String> ids, int total) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(ids.size(), MAX_LISTED);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append('\'').append(ids.get(i)).append('\'');
        }
        if (total > shown) {
            out.append(" and ").append(total - shown).append(" more");
        }
        return out.toString();
    }

    /** A text from the map as a DSL string literal ({@link DslStrings#quote}). */
    public static String text(String text) {
        return DslStrings.quote(text);
    }
}
