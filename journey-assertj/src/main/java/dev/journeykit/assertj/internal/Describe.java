package dev.journeykit.assertj.internal;

import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.model.Element;
import dev.journeykit.core.model.SourcePosition;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words of every failure message, in one place so all assertions read alike: strings in
 * double quotes (as AssertJ shows them), positions as {@code (file:line:column)}, offenders one a
 * line as {@code "  - ..."}, at most {@link #MAX_ITEMS} of them.
 */
public final class Describe {

    /** The most offenders a message lists; the rest are counted. */
    public static final int MAX_ITEMS = 20;

    private Describe() {
    }

    /** {@code "text"}, with quotes and backslashes escaped. */
    public static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** {@code ["a", "b"]}. */
    public static String quotedList(List<String> texts) {
        return texts.stream().map(Describe::quoted).collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code " (file:line:column)"}, or nothing when the position is unknown. */
    public static String at(Optional<SourcePosition> position) {
        return position.map(p -> " (" + p + ")").orElse("");
    }

    /** {@code stage "decision" (shop.journey:20:5)}. */
    public static String element(Element element) {
        return element.kindName() + " " + quoted(element.id()) + at(element.position());
    }

    /** One offender line: {@code "  - " + what + ": " + detail}, or without detail when it is empty. */
    public static String item(String what, String detail) {
        return "  - " + what + (detail.isEmpty() ? "" : ": " + detail);
    }

    /** The lines joined by {@code \n}, cut after {@link #MAX_ITEMS} with a count of the rest. */
    public static String items(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size() && i < MAX_ITEMS; i++) {
            out.append(i == 0 ? "" : "\n").append(lines.get(i));
        }
        if (lines.size() > MAX_ITEMS) {
            out.append("\n  ... and ").append(lines.size() - MAX_ITEMS).append(" more");
        }
        return out.toString();
    }

    /** {@code "1 step"} or {@code "2 steps"}. */
    public static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /**
     * The second half of a "has no such part" message: {@code its stages are ["a", "b"]}, or
     * {@code it has no stage} when there are none.
     */
    public static String existing(String singular, String plural, List<String> names) {
        return names.isEmpty() ? "it has no " + singular : "its " + plural + " are " + quotedList(names);
    }

    /** {@code \nExpecting SUBJECT to have WANTED\nbut BUT}, the shape of every "missing part" message. */
    public static String missing(String subject, String wanted, String but) {
        return "\nExpecting " + subject + " to have " + wanted + "\nbut " + but;
    }

    /**
     * One finding as an offender line, in the order of a text report with its subjects added:
     * {@code   - shop.journey:10:5: info coverage.no-feedback on ["awareness"]: stage ...}.
     */
    public static String finding(Finding finding) {
        return "  - " + finding.location().map(p -> p + ": ").orElse("") + finding.severity().keyword()
                + " " + finding.code() + (finding.subjects().isEmpty() ? "" : " on " + quotedList(finding.subjects()))
                + ": " + finding.message();
    }

    /** The findings as offender lines, at most {@link #MAX_ITEMS}. */
    public static String findings(List<Finding> findings) {
        return items(findings.stream().map(Describe::finding).toList());
    }
}
