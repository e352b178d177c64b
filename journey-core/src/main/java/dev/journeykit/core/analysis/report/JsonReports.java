package dev.journeykit.core.analysis.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.CoverageMatrix;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.PathStatistics;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.RuleHelp;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.analysis.StageStatistics;
import dev.journeykit.core.analysis.SuppressedFinding;
import dev.journeykit.core.internal.PrettyJson;
import dev.journeykit.core.model.SourcePosition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON and SARIF forms of {@link Reports}: a class of its own, so that a program that only
 * prints text reports (a plain {@code journey check}) never loads the JSON library.
 */
final class JsonReports {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonReports() {
    }

    /** The report as pretty JSON, the public contract of {@code docs/analysis.md}, ending with {@code \n}. */
    static String json(AnalysisReport report) {
        return write(jsonNode(report));
    }

    /**
     * The report as a Jackson tree, fields in this order: {@code map}, {@code findings},
     * {@code suppressed}, {@code summary}, {@code tables}. A caller may add fields (the CLI adds
     * {@code file}).
     */
    static ObjectNode jsonNode(AnalysisReport report) {
        Objects.requireNonNull(report, "report must not be null");
        ObjectNode root = NODES.objectNode();
        root.put("map", report.mapTitle());
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(f -> findings.add(finding(f)));
        ArrayNode suppressed = root.putArray("suppressed");
        report.suppressed().forEach(s -> suppressed.add(finding(s.finding()).put("reason", s.reason())));
        if (report.hasBaseline()) {
            ArrayNode baselined = root.putArray("baselined");
            report.baselined().forEach(f -> baselined.add(finding(f)));
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("error", report.count(Severity.ERROR));
        summary.put("warning", report.count(Severity.WARNING));
        summary.put("info", report.count(Severity.INFO));
        if (report.hasBaseline()) {
            summary.put("baselined", report.baselined().size());
        }
        ObjectNode tables = root.putObject("tables");
        tables.set("coverage", coverage(report.coverage()));
        ArrayNode stages = tables.putArray("stages");
        report.stageStatistics().forEach(s -> stages.add(stage(s)));
        tables.set("paths", paths(report.pathStatistics()));
        return root;
    }

    /**
     * The reports as one pretty JSON array: per report an object led by {@code file} (the map's
     * file, when known), then the fields of {@link #jsonNode}; ends with {@code \n}.
     */
    static String jsonAll(List<AnalysisReport> reports) {
        Objects.requireNonNull(reports, "reports must not be null");
        ArrayNode array = NODES.arrayNode();
        for (AnalysisReport report : reports) {
            ObjectNode node = array.addObject();
            report.file().ifPresent(file -> node.put("file", file));
            node.setAll(jsonNode(report));
        }
        return write(array);
    }

    static ObjectNode finding(Finding f) {
        ObjectNode node = NODES.objectNode();
        node.put("code", f.code());
        node.put("severity", f.severity().keyword());
        node.put("message", f.message());
        ArrayNode subjects = node.putArray("subjects");
        f.subjects().forEach(subjects::add);
        f.location().ifPresent(p -> {
            ObjectNode location = node.putObject("location");
            location.put("file", p.file());
            location.put("line", p.line());
            location.put("column", p.column());
        });
        return node;
    }

    private static ObjectNode coverage(CoverageMatrix matrix) {
        ObjectNode node = NODES.objectNode();
        ArrayNode stages = node.putArray("stages");
        matrix.stages().forEach(stages::add);
        ArrayNode channels = node.putArray("channels");
        matrix.channels().forEach(channels::add);
        node.set("overall", counts(matrix.overall()));
        ObjectNode personas = node.putObject("personas");
        matrix.byPersona().forEach((persona, counts) -> personas.set(persona, counts(counts)));
        return node;
    }

    private static ArrayNode counts(List<List<Integer>> rows) {
        ArrayNode node = NODES.arrayNode();
        for (List<Integer> row : rows) {
            ArrayNode r = node.addArray();
            row.forEach(r::add);
        }
        return node;
    }

    private static ObjectNode stage(StageStatistics s) {
        ObjectNode node = NODES.objectNode();
        node.put("stage", s.stage());
        node.put("steps", s.steps());
        node.put("touchpoints", s.touchpoints());
        node.put("brandInitiated", s.brandInitiated());
        if (s.meanEmotion().isPresent()) {
            node.put("meanEmotion", decimal(s.meanEmotion().getAsDouble(), 2));
        } else {
            node.putNull("meanEmotion");
        }
        node.put("metrics", s.metrics());
        return node;
    }

    private static ObjectNode paths(PathStatistics p) {
        ObjectNode node = NODES.objectNode();
        node.put("entries", p.entries());
        node.put("exits", p.exits());
        node.put("stronglyConnectedComponents", p.stronglyConnectedComponents());
        node.put("loops", p.loops());
        node.put("distinctPaths", p.distinctPaths());
        node.put("distinctPathsSaturated", p.distinctPathsSaturated());
        node.put("longestPathInStages", p.longestPathInStages());
        node.put("transitions", p.transitions());
        node.put("backwardTransitions", p.backwardTransitions());
        node.put("backwardShare", decimal(p.backwardShare(), 4));
        return node;
    }

    private static BigDecimal decimal(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN);
    }

    /**
     * One SARIF 2.1.0 log as {@link #sarif(List)} writes it, that code scanning can track across
     * commits: with the tool's version, every rule's {@code fullDescription} and {@code help}
     * (text and Markdown, from the catalog of {@code docs/analysis.md}), a {@code
     * partialFingerprints} entry on every result from its baseline key (code and subject ids, so
     * a moved line is the same alert), and file URIs relative to {@code %SRCROOT%}.
     */
    static String sarif(List<AnalysisReport> reports, SarifOptions options) {
        Objects.requireNonNull(reports, "reports must not be null");
        Objects.requireNonNull(options, "options must not be null");
        Map<String, Severity> codes = new LinkedHashMap<>();
        for (Rule rule : Rule.values()) {
            codes.put(rule.code(), rule.defaultSeverity());
        }
        Map<String, Severity> extra = new TreeMap<>();
        for (AnalysisReport report : reports) {
            Objects.requireNonNull(report, "reports must not hold null");
            report.findings().forEach(f -> extra.putIfAbsent(f.code(), f.severity()));
            report.suppressed().forEach(s -> extra.putIfAbsent(s.finding().code(), s.finding().severity()));
            report.baselined().forEach(f -> extra.putIfAbsent(f.code(), f.severity()));
        }
        extra.forEach(codes::putIfAbsent);
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();

        ObjectNode root = NODES.objectNode();
        root.put("$schema", Reports.SARIF_SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "JourneyKit");
        options.toolVersion().ifPresent(v -> {
            driver.put("version", v);
            driver.put("semanticVersion", v);
        });
        ArrayNode rules = driver.putArray("rules");
        codes.forEach((code, severity) -> {
            ruleIndex.put(code, ruleIndex.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", code);
            Optional<Rule> known = Rule.byCode(code);
            rule.putObject("shortDescription").put("text", known.map(Rule::description).orElse(code));
            known.ifPresent(r -> {
                RuleHelp help = r.help();
                rule.putObject("fullDescription").put("text", help.sentence());
                ObjectNode text = rule.putObject("help");
                text.put("text", help.text(r));
                text.put("markdown", help.markdown(r));
            });
            rule.putObject("defaultConfiguration").put("level", Reports.level(severity));
        });
        ArrayNode results = run.putArray("results");
        for (AnalysisReport report : reports) {
            for (Finding f : report.findings()) {
                ObjectNode result = result(report, f, ruleIndex, options);
                if (report.hasBaseline()) {
                    result.put("baselineState", "new");
                }
                results.add(result);
            }
            for (Finding f : report.baselined()) {
                ObjectNode result = result(report, f, ruleIndex, options);
                result.put("baselineState", "unchanged");
                ObjectNode suppression = result.putArray("suppressions").addObject();
                suppression.put("kind", "external");
                suppression.put("justification", "in the baseline");
                results.add(result);
            }
            for (SuppressedFinding s : report.suppressed()) {
                ObjectNode result = result(report, s.finding(), ruleIndex, options);
                ObjectNode suppression = result.putArray("suppressions").addObject();
                suppression.put("kind", "inSource");
                suppression.put("justification", s.reason());
                results.add(result);
            }
        }
        return write(root);
    }

    private static ObjectNode result(AnalysisReport report, Finding f, Map<String, Integer> ruleIndex,
                                     SarifOptions options) {
        ObjectNode result = NODES.objectNode();
        result.put("ruleId", f.code());
        result.put("ruleIndex", ruleIndex.get(f.code()));
        result.put("level", Reports.level(f.severity()));
        result.putObject("message").put("text", f.message());
        Optional<String> file = f.location().map(SourcePosition::file).or(report::file);
        if (file.isPresent()) {
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            artifact(physical.putObject("artifactLocation"), file.get(), options);
            f.location().ifPresent(p -> {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", p.line());
                region.put("startColumn", p.column());
            });
        }
        result.putObject("partialFingerprints").put(Baseline.FINGERPRINT_NAME, Baseline.fingerprint(f));
        if (!f.subjects().isEmpty()) {
            ObjectNode properties = result.putObject("properties");
            ArrayNode subjects = properties.putArray("subjects");
            f.subjects().forEach(subjects::add);
        }
        return result;
    }

    /**
     * The artifact location of a file: relative to {@code %SRCROOT%} when it lies in the source
     * root (or is a relative name and there is no source root), else an absolute {@code file://} URI.
     */
    private static void artifact(ObjectNode location, String file, SarifOptions options) {
        String name = file;
        if (options.sourceRoot().isPresent()) {
            Path root = options.sourceRoot().get().toAbsolutePath().normalize();
            Path path;
            try {
                path = Path.of(file).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                path = null;
            }
            name = path != null && path.startsWith(root)
                    ? root.relativize(path).toString().replace('\\', '/') : (path == null ? file : path.toString());
        }
        String uri = Reports.uri(name);
        location.put("uri", uri);
        if (!uri.startsWith("file:")) {
            location.put("uriBaseId", SarifOptions.SRCROOT);
        }
    }

    static String write(JsonNode node) {
        return PrettyJson.write(node);
    }
}
