package dev.journeykit.core.analysis;

import dev.journeykit.core.model.SourcePosition;
import java.util.List;
import java.util.Optional;

/** Helpers for the analyzer tests: positions in {@code m.journey} and expected findings. */
public final class Fixtures {

    public static final String FILE = "m.journey";

    private Fixtures() {
    }

    public static SourcePosition at(int line, int column) {
        return new SourcePosition(FILE, line, column);
    }

    /** A finding at its rule's default severity. */
    public static Finding finding(String code, String message, List<String> subjects, SourcePosition at) {
        Rule rule = Rule.byCode(code).orElseThrow();
        return new Finding(code, rule.defaultSeverity(), message, subjects, Optional.ofNullable(at));
    }
}
