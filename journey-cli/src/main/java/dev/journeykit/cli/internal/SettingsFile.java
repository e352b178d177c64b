package dev.journeykit.cli.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Rule;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code journeykit.json} settings file (see {@link AnalysisSettings}): every mistake is
 * an error naming the file and the JSON path. A class of its own, so that the JSON reader is
 * loaded only when a settings file is there: a {@code check} without one starts without Jackson.
 */
final class SettingsFile {

    private static final List<String> KEYS = List.of("disable", "severity", "set");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private SettingsFile() {
    }

    /** The settings of the file {@code name} whose text is {@code text}. */
    static AnalysisOptions.Builder parse(String name, String text) throws CliError {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new CliError(name + ": not valid JSON" + (at == null ? "" : String.format(Locale.ROOT,
                    " at line %d, column %d", at.getLineNr(), at.getColumnNr())) + ": " + e.getOriginalMessage());
        }
        AnalysisOptions.Builder builder = AnalysisOptions.builder();
        if (root == null || !root.isObject()) {
            throw new CliError(name + ": $: expected an object with " + String.join(", ", KEYS));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = "$." + field.getKey();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "disable" -> {
                    expect(name, path, value.isArray(), "an array of finding codes");
                    for (int i = 0; i < value.size(); i++) {
                        JsonNode code = value.get(i);
                        String at = path + "[" + i + "]";
                        expect(name, at, code.isTextual(), "a finding code (a string)");
                        inFile(name, at, () -> builder.disable(code.asText()));
                    }
                }
                case "severity" -> {
                    expect(name, path, value.isObject(), "an object of finding codes and levels");
                    for (Iterator<Map.Entry<String, JsonNode>> s = value.fields(); s.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = s.next();
                        String at = member(path, e.getKey());
                        expect(name, at, e.getValue().isTextual(), "error, warning or info (a string)");
                        inFile(name, at, () -> builder.severity(e.getKey(), e.getValue().asText()));
                    }
                }
                case "set" -> {
                    expect(name, path, value.isObject(), "an object of option names and values");
                    for (Iterator<Map.Entry<String, JsonNode>> s = value.fields(); s.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = s.next();
                        String at = member(path, e.getKey());
                        expect(name, at, e.getValue().isNumber() || e.getValue().isTextual(), "a number");
                        inFile(name, at, () -> builder.set(e.getKey(), e.getValue().asText()));
                    }
                }
                default -> throw new CliError(name + ": " + path + ": unknown setting '" + field.getKey() + "'"
                        + Rule.nearest(field.getKey(), KEYS).map(n -> " (did you mean '" + n + "'?)")
                                .orElse(" (expected one of: " + String.join(", ", KEYS) + ")"));
            }
        }
        return builder;
    }

    private static void expect(String file, String path, boolean ok, String what) throws CliError {
        if (!ok) {
            throw new CliError(file + ": " + path + ": expected " + what);
        }
    }

    private static void inFile(String file, String path, AnalysisSettings.Setting setting) throws CliError {
        AnalysisSettings.apply(file + ": " + path, setting);
    }

    /** {@code $.set.minStageSize}, or {@code $.severity['coverage.no-feedback']} for a name that is not a plain word. */
    private static String member(String path, String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? path + "." + name
                : path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }
}
