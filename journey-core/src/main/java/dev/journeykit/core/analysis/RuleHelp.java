package dev.journeykit.core.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the catalog of {@code docs/analysis.md} says of one rule: the section it is listed under,
 * its trigger, its subjects and position, and its complexity, each as the Markdown of the
 * catalog's table. The build copies {@code docs/analysis.md} into this package, so the page and
 * the help that SARIF logs carry have one source.
 *
 * @param section    the heading the rule is listed under, e.g. {@code Coverage gaps}
 * @param trigger    when the rule reports, in Markdown
 * @param subjects   the subjects and the position of a finding, in Markdown
 * @param complexity the analyzer's cost, e.g. {@code O(V + E)}
 */
public record RuleHelp(String section, String trigger, String subjects, String complexity) {

    private static final String PAGE = "analysis.md";
    private static volatile Map<Rule, RuleHelp> catalog;

    public RuleHelp {
        Objects.requireNonNull(section, "section must not be null");
        Objects.requireNonNull(trigger, "trigger must not be null");
        Objects.requireNonNull(subjects, "subjects must not be null");
        Objects.requireNonNull(complexity, "complexity must not be null");
    }

    /** The trigger as plain text: the catalog's Markdown without its code marks. */
    public String triggerText() {
        return plain(trigger);
    }

    /** The trigger as one plain sentence: {@code A stage with no step.} */
    public String sentence() {
        return capitalized(plain(trigger)) + ".";
    }

    /** The help as plain text: trigger, subjects, default severity. */
    public String text(Rule rule) {
        return capitalized(plain(trigger)) + ". Subjects; position: " + plain(subjects) + ". Default severity: "
                + rule.defaultSeverity().keyword() + ". See docs/analysis.md, " + section + ".";
    }

    /** The help as Markdown, as the catalog's table says it. */
    public String markdown(Rule rule) {
        return "**`" + rule.code() + "`** (default: " + rule.defaultSeverity().keyword() + "): "
                + trigger + ".\n\n**Subjects; position:** " + subjects + "\n\n**Complexity:** " + complexity
                + "\n\nSee docs/analysis.md, *" + section + "*.";
    }

    /** The anchor of the section in the page, as code hosts make it: {@code coverage-gaps}. */
    public String anchor() {
        return section.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    }

    /** The catalog entry of {@code rule}; every rule has one (a test keeps it so). */
    static RuleHelp of(Rule rule) {
        Map<Rule, RuleHelp> all = catalog;
        if (all == null) {
            all = read();
            catalog = all;
        }
        RuleHelp help = all.get(rule);
        if (help == null) {
            throw new IllegalStateException("docs/analysis.md has no catalog row for " + rule.code());
        }
        return help;
    }

    /** The rows {@code | `code` | default | trigger | subjects, position | complexity |} under "## The catalog". */
    static Map<Rule, RuleHelp> parse(String page) {
        Map<Rule, RuleHelp> rows = new EnumMap<>(Rule.class);
        boolean inCatalog = false;
        String section = "";
        for (String line : page.split("\n", -1)) {
            if (line.startsWith("## ")) {
                inCatalog = line.equals("## The catalog");
            } else if (inCatalog && line.startsWith("### ")) {
                section = line.substring(4).trim();
            } else if (inCatalog && line.startsWith("| `")) {
                String[] cells = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split(" \\| ");
                if (cells.length == 5) {
                    String code = cells[0].trim().replace("`", "");
                    String s = section;
                    Rule.byCode(code).ifPresent(rule -> rows.put(rule,
                            new RuleHelp(s, cells[2].trim(), cells[3].trim(), cells[4].trim())));
                }
            }
        }
        return rows;
    }

    private static Map<Rule, RuleHelp> read() {
        try (InputStream in = RuleHelp.class.getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException(PAGE + " is missing from journey-core's classes");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(String markdown) {
        return markdown.replace("`", "");
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
