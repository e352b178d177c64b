package dev.journeykit.assertj;

import static dev.journeykit.assertj.internal.Describe.findings;
import static dev.journeykit.assertj.internal.Describe.quoted;

import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Severity;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AssertionErrorCollector;

/**
 * The findings of one code, narrowed step by step; reached with
 * {@code assertThat(map).hasFinding("coverage.no-feedback")}. Each narrowing passes when some
 * finding is left, and the next one looks only at those:
 * {@code .hasFinding("saturation.stage").on("decision").withSeverity(Severity.WARNING)}.
 */
public class FindingAssert extends AbstractJourneyAssert<FindingAssert, List<Finding>> {

    private final String subject;
    private final String wanted;

    FindingAssert(List<Finding> actual, String subject, String wanted, AssertionErrorCollector collector,
                  boolean skipped) {
        super(actual, FindingAssert.class, collector, skipped);
        this.subject = subject;
        this.wanted = wanted;
    }

    /** Keeps the findings about the element {@code id}: one of their subjects is {@code id}. */
    public FindingAssert on(String id) {
        Objects.requireNonNull(id, "id must not be null");
        return narrow(f -> f.subjects().contains(id), " on " + quoted(id));
    }

    /** Keeps the findings of {@code severity}. */
    public FindingAssert withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity must not be null");
        return narrow(f -> f.severity() == severity, " with severity " + severity.keyword());
    }

    /** Keeps the findings whose message contains {@code text}. */
    public FindingAssert withMessageContaining(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return narrow(f -> f.message().contains(text), " with a message containing " + quoted(text));
    }

    private FindingAssert narrow(Predicate<Finding> keep, String condition) {
        return navigate(() -> {
            List<Finding> kept = actual.stream().filter(keep).toList();
            if (kept.isEmpty()) {
                throw failureOf("\nExpecting " + subject + " to have " + wanted + condition
                        + "\nbut it only has:\n" + findings(actual));
            }
            return new FindingAssert(kept, subject, wanted + condition, collector(), false);
        }, () -> new FindingAssert(null, "", "", collector(), true));
    }
}
