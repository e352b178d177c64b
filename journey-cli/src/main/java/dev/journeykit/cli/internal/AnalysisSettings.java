package dev.journeykit.cli.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The analysis settings of a command without Java: {@code --disable CODE}, {@code --severity
 * CODE=LEVEL}, {@code --set NAME=VALUE} and {@code --config FILE}, and the {@code journeykit.json}
 * that holds the same settings for a repository. A picocli mixin: {@code check}, {@code render}
 * and {@code observe} take it with {@code @Mixin AnalysisSettings settings}.
 *
 * <p>The settings of a map are its file's (the one given with {@code --config}, else the nearest
 * {@code journeykit.json} in the map's folder or its parents, up to the folder holding {@code
 * .git}), then the flags on top: a flag wins over the file. The file:
 *
 * <pre>{@code
 * {
 *   "disable": ["path.stage-skip"],
 *   "severity": {"coverage.no-feedback": "warning"},
 *   "set": {"minStageSize": 8, "saturationFactor": 1.5}
 * }
 * }</pre>
 */
public final class AnalysisSettings {

    /** The name of the settings file searched for next to the maps. */
    public static final String FILE_NAME = "journeykit.json";

    private static final List<String> KEYS = List.of("disable", "severity", "set");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    @Option(names = "--disable", paramLabel = "CODE",
            description = "Switch the findings of CODE off (repeatable).")
    private List<String> disable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "CODE=LEVEL", mapFallbackValue = "",
            description = "Report the findings of CODE at LEVEL: error, warning or info (repeatable).")
    private Map<String, String> severities = new LinkedHashMap<>();

    @Option(names = "--set", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "Set an analysis option: " + "minStageSize, saturationFactor, maxProactivePerStage, "
                    + "maxPerChannelPerStage, emotionDrop (repeatable).")
    private Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read the settings from FILE instead of the nearest " + FILE_NAME
                    + " in the map's folder or its parents.")
    private Path config;

    /** Settings files read so far, by absolute path; folders searched so far, with what they found. */
    private final Map<Path, AnalysisOptions.Builder> files = new HashMap<>();
    private final Map<Path, Optional<Path>> nearest = new HashMap<>();

    /** Settings with no flag and no file, for tests and for commands that pass them on. */
    public AnalysisSettings() {
    }

    /**
     * Checks the flags and the {@code --config} file before any map is read, so that a misspelt
     * code or option stops the command at once (exit 2).
     */
    void validate() throws CliError {
        applyFlags(AnalysisOptions.builder());
        if (config != null) {
            read(config);
        }
    }

    /** The settings for the map read from {@code input}: its settings file's, then the flags. */
    AnalysisOptions forMap(Input input) throws CliError {
        Path file = config != null ? config : find(input.path().toAbsolutePath().normalize().getParent()).orElse(null);
        AnalysisOptions.Builder builder = file == null ? AnalysisOptions.builder() : read(file).build().toBuilder();
        return applyFlags(builder).build();
    }

    private AnalysisOptions.Builder applyFlags(AnalysisOptions.Builder builder) throws CliError {
        for (String code : disable) {
            apply("--disable " + code, () -> builder.disable(code));
        }
        for (Map.Entry<String, String> e : severities.entrySet()) {
            apply("--severity " + e.getKey() + "=" + e.getValue(), () -> builder.severity(e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, String> e : options.entrySet()) {
            apply("--set " + e.getKey() + "=" + e.getValue(), () -> builder.set(e.getKey(), e.getValue()));
        }
        return builder;
    }

    private interface Setting {
        void apply();
    }

    private static void apply(String where, Setting setting) throws CliError {
        try {
            setting.apply();
        } catch (IllegalArgumentException e) {
            throw new CliError(where + ": " + e.getMessage());
        }
    }

    /** The nearest settings file from {@code folder} upwards, stopping at the folder that holds {@code .git}. */
    private Optional<Path> find(Path folder) {
        if (folder == null) {
            return Optional.empty();
        }
        Optional<Path> known = nearest.get(folder);
        if (known != null) {
            return known;
        }
        Path candidate = folder.resolve(FILE_NAME);
        Optional<Path> found;
        if (Files.isRegularFile(candidate)) {
            found = Optional.of(candidate);
        } else if (Files.exists(folder.resolve(".git"))) {
            found = Optional.empty();
        } else {
            found = find(folder.getParent());
        }
        nearest.put(folder, found);
        return found;
    }

    private AnalysisOptions.Builder read(Path file) throws CliError {
        Path key = file.toAbsolutePath().normalize();
        AnalysisOptions.Builder known = files.get(key);
        if (known != null) {
            return known;
        }
        String name = display(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw IoErrors.error(name, "cannot read", e);
        }
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
        files.put(key, builder);
        return builder;
    }

    private static void expect(String file, String path, boolean ok, String what) throws CliError {
        if (!ok) {
            throw new CliError(file + ": " + path + ": expected " + what);
        }
    }

    private static void inFile(String file, String path, Setting setting) throws CliError {
        apply(file + ": " + path, setting);
    }

    /** {@code $.set.minStageSize}, or {@code $.severity['coverage.no-feedback']} for a name that is not a plain word. */
    private static String member(String path, String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? path + "." + name
                : path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** The file as messages name it: relative to the working folder when inside it. */
    private static String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) && !absolute.equals(here)
                ? here.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }
}
