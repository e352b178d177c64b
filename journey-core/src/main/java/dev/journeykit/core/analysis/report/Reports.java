package dev.journeykit.core.analysis.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.analysis.SuppressedFinding;
import dev.journeykit.core.internal.SafeText;
import dev.journeykit.core.model.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders analysis reports as text for people, as JSON (a public contract, see
 * {@code docs/analysis.md}) and as SARIF 2.1.0 for CI systems. Output is deterministic: the
 * report's order, fixed field order, {@code \n} line ends, numbers independent of the locale;
 * every text from the map is escaped by Jackson in JSON and SARIF (a lone surrogate as its
 * <code>&#92;uXXXX</code> escape), and in the text report its control characters and bidirectional
 * overrides are written as <code>&#92;uXXXX</code> escapes, so a map cannot rewrite a terminal.
 */
public final class Reports {

    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private Reports() {
    }

    /**
     * One line a finding, {@code file:line:col: severity code: message} where the position is
     * known ({@code file: ...} when only the map's file is, else {@code severity code: message});
     * then the suppressed findings under {@code suppressed:} with their reasons; then a summary
     * line: {@code journey "Title": 0 errors, 2 warnings, 1 info, 1 suppressed}.
     */
    public static String text(AnalysisReport report) {
        Objects.requireNonNull(report, "report must not be null");
        return appendText(new StringBuilder(), report).toString();
    }

    /** Appends {@link #text(AnalysisReport)} to {@code out}, without a string of its own in between. */
    private static StringBuilder appendText(StringBuilder out, AnalysisReport report) {
        for (Finding f : report.findings()) {
            line(out, report, f);
            out.append('\n');
        }
        if (!report.suppressed().isEmpty()) {
            out.append("suppressed:\n");
            for (SuppressedFinding s : report.suppressed()) {
                out.append("  ");
                line(out, report, s.finding());
                out.append(" [because: ");
                SafeText.appendTerminalLine(out, s.reason());
                out.append("]\n");
            }
        }
        out.append("journey ").append(quote(report.mapTitle())).append(": ")
                .append(plural(report.count(Severity.ERROR), "error", "errors")).append(", ")
                .append(plural(report.count(Severity.WARNING), "warning", "warnings")).append(", ")
                .append(report.count(Severity.INFO)).append(" info, ")
                .append(report.suppressed().size()).append(" suppressed");
        if (report.hasBaseline()) {
            out.append(", ").append(report.baselined().size()).append(" baselined");
        }
        return out.append('\n');
    }

    /**
     * The text of each report in turn ({@link #text(AnalysisReport)}), then one line for them all:
     * {@code 2 maps checked: 0 errors, 3 warnings, 1 info, 0 suppressed}.
     */
    public static String textAll(List<AnalysisReport> reports) {
        Objects.requireNonNull(reports, "reports must not be null");
        StringBuilder out = new StringBuilder();
        int[] totals = new int[Severity.values().length];
        int suppressed = 0;
        int baselined = 0;
        for (AnalysisReport report : reports) {
            appendText(out, Objects.requireNonNull(report, "reports must not hold null"));
            baselined += report.baselined().size();
            for (Severity severity : Severity.values()) {
                totals[severity.ordinal()] += report.count(severity);
            }
            suppressed += report.suppressed().size();
        }
        out.append(plural(reports.size(), "map", "maps")).append(" checked: ")
                .append(plural(totals[Severity.ERROR.ordinal()], "error", "errors")).append(", ")
                .append(plural(totals[Severity.WARNING.ordinal()], "warning", "warnings")).append(", ")
                .append(totals[Severity.INFO.ordinal()]).append(" info, ")
                .append(suppressed).append(" suppressed");
        if (reports.stream().anyMatch(AnalysisReport::hasBaseline)) {
            out.append(", ").append(baselined).append(" baselined");
        }
        return out.append('\n').toString();
    }

    /** Appends the finding's line, made terminal-safe, to {@code out}. */
    private static void line(StringBuilder out, AnalysisReport report, Finding f) {
        if (f.location().isPresent()) {
            SourcePosition p = f.location().get();
            SafeText.appendTerminal(out, p.file());
            out.append(':').append(p.line()).append(':').append(p.column()).append(": ");
        } else if (report.file().isPresent()) {
            SafeText.appendTerminal(out, report.file().get());
            out.append(": ");
        }
        out.append(f.severity().keyword()).append(' ');
        SafeText.appendTerminal(out, f.code());
        out.append(": ");
        SafeText.appendTerminalLine(out, f.message());
    }

    /** The report as pretty JSON, the public contract of {@code docs/analysis.md}, ending with {@code \n}. */
    public static String json(AnalysisReport report) {
        return JsonReports.json(report);
    }

    /**
     * The report as a Jackson tree, fields in this order: {@code map}, {@code findings},
     * {@code suppressed}, {@code summary}, {@code tables}. A caller may add fields (the CLI adds
     * {@code file}).
     */
    public static ObjectNode jsonNode(AnalysisReport report) {
        return JsonReports.jsonNode(report);
    }

    /** The reports of several maps as one pretty JSON array, ending with {@code \n}. */
    public static String jsonAll(List<AnalysisReport> reports) {
        return JsonReports.jsonAll(reports);
    }

    /**
     * One SARIF 2.1.0 log with one run for all the reports: the tool driver {@code JourneyKit}
     * with a rule for every code of the catalog (and any other code found), a result per finding
     * with its level ({@code error}, {@code warning}, {@code note}) and, where known, its
     * physical location in the {@code .journey} file. Suppressed findings are results with an
     * {@code inSource} suppression that carries the reason.
     */
    public static String sarif(List<AnalysisReport> reports) {
        return sarif(reports, SarifOptions.defaults());
    }

    /**
     * One SARIF 2.1.0 log as {@link #sarif(List)} writes it, that code scanning can track across
     * commits: with the tool's version, every rule's {@code fullDescription} and {@code help}
     * (text and Markdown, from the catalog of {@code docs/analysis.md}), a {@code
     * partialFingerprints} entry on every result from its baseline key (code and subject ids, so
     * a moved line is the same alert), and file URIs relative to {@code %SRCROOT%}.
     */
    public static String sarif(List<AnalysisReport> reports, SarifOptions options) {
        return JsonReports.sarif(reports, options);
    }

    /** The SARIF level of a severity: {@code error}, {@code warning} or {@code note}. */
    public static String level(Severity severity) {
        return switch (Objects.requireNonNull(severity, "severity must not be null")) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A file name as a relative or {@code file://} URI reference: '/' separators, other characters percent-encoded. */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        StringBuilder out = new StringBuilder();
        if (path.startsWith("/")) {
            out.append("file://");
        } else if (path.length() > 1 && path.charAt(1) == ':' && Character.isLetter(path.charAt(0))) {
            out.append("file:///");
        }
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/' || c == ':') {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    static String quote(String text) {
        return '"' + SafeText.terminal(text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                + '"';
    }

    static String plural(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

}
