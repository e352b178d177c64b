package dev.journeykit.core.analysis.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The findings of an earlier run that a team has accepted for now, so that only new findings
 * count (the way detekt, SpotBugs and PMD let a team adopt a linter on an old codebase). A
 * finding matches the baseline by its {@link #key key}: its code and its subject ids, not its
 * message, file or line, so edits that move lines keep it baselined. The baseline is a multiset:
 * two findings with one key in the baseline cover two such findings of the run, a third is new.
 *
 * <p>{@link #read} takes what {@code journey check} wrote: a JSON report, an array of them, or a
 * SARIF log. Immutable.
 */
public final class Baseline {

    /** The SARIF {@code partialFingerprints} name of {@link #fingerprint}. */
    public static final String FINGERPRINT_NAME = "journeykit/v1";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    /** The identity of a finding across runs: its code and its subject ids. */
    public record Key(String code, List<String> subjects) {
        public Key {
            Objects.requireNonNull(code, "code must not be null");
            subjects = List.copyOf(subjects);
        }
    }

    private final Map<Key, Integer> counts;
    private final int size;

    private Baseline(Map<Key, Integer> counts) {
        this.counts = Map.copyOf(counts);
        this.size = counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A baseline of these findings. */
    public static Baseline of(Collection<Finding> findings) {
        Map<Key, Integer> counts = new HashMap<>();
        for (Finding f : findings) {
            counts.merge(key(f), 1, Integer::sum);
        }
        return new Baseline(counts);
    }

    /** The key a finding is matched by: its code and its subject ids. */
    public static Key key(Finding finding) {
        return new Key(finding.code(), finding.subjects());
    }

    /**
     * A stable fingerprint of the finding's key (SHA-256 in hex of the code and the subject ids,
     * each followed by a line break), for SARIF's {@code partialFingerprints}.
     */
    public static String fingerprint(Finding finding) {
        StringBuilder text = new StringBuilder(finding.code()).append('\n');
        finding.subjects().forEach(s -> text.append(s).append('\n'));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** How many findings the baseline holds. */
    public int size() {
        return size;
    }

    /**
     * The reports checked against this baseline, in order: each finding whose key the baseline
     * still holds moves to {@link AnalysisReport#baselined()}, using that entry up; the others
     * stay as new findings.
     */
    public List<AnalysisReport> apply(List<AnalysisReport> reports) {
        Map<Key, Integer> left = new HashMap<>(counts);
        List<AnalysisReport> out = new ArrayList<>(reports.size());
        for (AnalysisReport report : reports) {
            List<Finding> fresh = new ArrayList<>();
            List<Finding> known = new ArrayList<>();
            for (Finding f : report.findings()) {
                Key key = key(f);
                int n = left.getOrDefault(key, 0);
                if (n > 0) {
                    left.put(key, n - 1);
                    known.add(f);
                } else {
                    fresh.add(f);
                }
            }
            out.add(report.withBaseline(fresh, known));
        }
        return out;
    }

    /**
     * Reads a baseline from a report of an earlier run: a JSON report ({@code Reports.json}), an
     * array of them (as {@code journey check --format json} writes), or a SARIF log ({@code
     * Reports.sarif}). From JSON, the {@code findings} and {@code baselined} count (suppressed ones
     * need no baseline); from SARIF, every result not suppressed in the source.
     *
     * @throws IllegalArgumentException with the JSON path of what is wrong: {@code
     *     $[0].findings[2].code: expected a string}
     */
    public static Baseline read(String text) {
        Objects.requireNonNull(text, "text must not be null");
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException("not valid JSON" + (at == null ? "" : String.format(Locale.ROOT,
                    " at line %d, column %d", at.getLineNr(), at.getColumnNr())) + ": " + e.getOriginalMessage());
        }
        List<Key> keys = new ArrayList<>();
        if (root != null && root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                report(root.get(i), "$[" + i + "]", keys);
            }
        } else if (root != null && root.isObject() && root.has("runs")) {
            sarif(root, keys);
        } else if (root != null && root.isObject() && root.has("findings")) {
            report(root, "$", keys);
        } else {
            throw new IllegalArgumentException("$: expected a report of journey check: a JSON report, "
                    + "an array of them, or a SARIF log");
        }
        Map<Key, Integer> counts = new HashMap<>();
        keys.forEach(k -> counts.merge(k, 1, Integer::sum));
        return new Baseline(counts);
    }

    private static void report(JsonNode report, String path, List<Key> keys) {
        expect(report.isObject(), path, "a report (an object)");
        for (String list : List.of("findings", "baselined")) {
            JsonNode findings = report.get(list);
            if (findings == null) {
                continue;
            }
            String at = path + "." + list;
            expect(findings.isArray(), at, "an array of findings");
            for (int i = 0; i < findings.size(); i++) {
                JsonNode f = findings.get(i);
                String fat = at + "[" + i + "]";
                expect(f.isObject(), fat, "a finding (an object)");
                keys.add(new Key(text(f.get("code"), fat + ".code"), ids(f.get("subjects"), fat + ".subjects")));
            }
        }
    }

    private static void sarif(JsonNode log, List<Key> keys) {
        JsonNode runs = log.get("runs");
        expect(runs.isArray(), "$.runs", "an array of runs");
        for (int r = 0; r < runs.size(); r++) {
            String rat = "$.runs[" + r + "]";
            expect(runs.get(r).isObject(), rat, "a run (an object)");
            JsonNode results = runs.get(r).get("results");
            if (results == null) {
                continue;
            }
            expect(results.isArray(), rat + ".results", "an array of results");
            for (int i = 0; i < results.size(); i++) {
                JsonNode result = results.get(i);
                String at = rat + ".results[" + i + "]";
                expect(result.isObject(), at, "a result (an object)");
                if (suppressedInSource(result.get("suppressions"))) {
                    continue;
                }
                JsonNode properties = result.get("properties");
                JsonNode subjects = properties == null ? null : properties.get("subjects");
                keys.add(new Key(text(result.get("ruleId"), at + ".ruleId"),
                        subjects == null ? List.of() : ids(subjects, at + ".properties.subjects")));
            }
        }
    }

    private static boolean suppressedInSource(JsonNode suppressions) {
        if (suppressions == null || !suppressions.isArray()) {
            return false;
        }
        for (JsonNode s : suppressions) {
            if ("inSource".equals(s.path("kind").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode node, String path) {
        expect(node != null, path, "a string (it is missing)");
        expect(node.isTextual(), path, "a string");
        return node.asText();
    }

    private static List<String> ids(JsonNode node, String path) {
        expect(node != null, path, "an array of ids (it is missing)");
        expect(node.isArray(), path, "an array of ids");
        List<String> ids = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            ids.add(text(node.get(i), path + "[" + i + "]"));
        }
        return ids;
    }

    private static void expect(boolean ok, String path, String what) {
        if (!ok) {
            throw new IllegalArgumentException(path + ": expected " + what);
        }
    }
}
