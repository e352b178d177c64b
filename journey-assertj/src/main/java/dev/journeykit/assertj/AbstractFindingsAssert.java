package dev.journeykit.assertj;

import static dev.journeykit.assertj.internal.Describe.count;
import static dev.journeykit.assertj.internal.Describe.findings;

import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.Severity;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AssertionErrorCollector;

/**
 * The checks on analysis findings that a map and a report share. Only the findings that the
 * map did not suppress count; a suppressed finding is neither a failure of {@link #hasNoFindings()}
 * nor a match of {@link #hasFinding(String)}.
 *
 * @param <SELF> the concrete assertion
 * @param <ACTUAL> what the findings come from: a map (analyzed on demand) or a report
 */
public abstract class AbstractFindingsAssert<SELF extends AbstractFindingsAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractJourneyAssert<SELF, ACTUAL> {

    AbstractFindingsAssert(ACTUAL actual, Class<?> selfType, AssertionErrorCollector collector, boolean skipped) {
        super(actual, selfType, collector, skipped);
    }

    /** The findings under test (not suppressed), in the report's order; fails on a null actual. */
    abstract List<Finding> actualFindings();

    /** What the findings are of, as messages name it: {@code journey "Title" (file:line:column)}. */
    abstract String subject();

    /** Passes when the analysis finds nothing (suppressed findings aside). */
    public SELF hasNoFindings() {
        return verify(() -> noneOf(actualFindings(), "no findings"));
    }

    /**
     * Passes when no finding is as severe as {@code severity} or more: with {@code WARNING}, info
     * findings are allowed and warnings and errors are not.
     */
    public SELF hasNoFindingsAtOrAbove(Severity severity) {
        Objects.requireNonNull(severity, "severity must not be null");
        return verify(() -> noneOf(actualFindings().stream().filter(f -> f.severity().compareTo(severity) <= 0).toList(),
                "no findings at or above " + severity.keyword()));
    }

    /** Passes when no finding has the code {@code code}. */
    public SELF hasNoFinding(String code) {
        Objects.requireNonNull(code, "code must not be null");
        return verify(() -> noneOf(actualFindings().stream().filter(f -> f.code().equals(code)).toList(),
                "no finding " + code));
    }

    /**
     * Passes when a finding has the code {@code code}, and moves to the findings of that code, to
     * narrow them further: {@code hasFinding("coverage.no-feedback").on("awareness")}.
     */
    public FindingAssert hasFinding(String code) {
        Objects.requireNonNull(code, "code must not be null");
        return navigate(() -> {
            List<Finding> all = actualFindings();
            List<Finding> matching = all.stream().filter(f -> f.code().equals(code)).toList();
            if (matching.isEmpty()) {
                String hint = Rule.byCode(code).isPresent() ? ""
                        : Rule.nearestCode(code).map(n -> " (no analyzer of the catalog reports " + code
                                + "; did you mean " + n + "?)").orElse("");
                throw failureOf("\nExpecting " + subject() + " to have a finding " + code + hint + "\nbut "
                        + (all.isEmpty() ? "it has no findings" : "its findings are:\n" + findings(all)));
            }
            return new FindingAssert(matching, subject(), "a finding " + code, collector(), false);
        }, () -> new FindingAssert(null, "", "", collector(), true));
    }

    private void noneOf(List<Finding> offenders, String wanted) {
        if (!offenders.isEmpty()) {
            throw failureOf("\nExpecting " + subject() + " to have " + wanted + "\nbut it has "
                    + count(offenders.size(), "finding", "findings") + ":\n" + findings(offenders));
        }
    }
}
