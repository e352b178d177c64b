package dev.journeykit.cli.internal;

import dev.journeykit.core.analysis.AnalysisOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 *
 * <p>The file is read by {@link SettingsFile}, so a run without one never loads a JSON reader.
 */
public final class AnalysisSettings {

    /** The name of the settings file searched for next to the maps. */
    public static final String FILE_NAME = "journeykit.json";


    @Option(names = "--disable", paramLabel = "CODE",
            description = "Switch the findings of CODE off (repeatable).")
    private List<String> disable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "CODE=LEVEL", mapFallbackValue = "",
            description = "Report the findings of CODE at LEVEL: error, warning or info (repeatable).")
    private Map<String, String> severities = new LinkedHashMap<>();

    @Option(names = "--set", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "Set an analysis option: " + "minStageSize, saturationFactor, maxProactivePerStage, "
                    + "maxPerChannelPerStage, emotionDrop; for event logs (observe) minTransitionShare, "
                    + "minEventShare, maxDropOff, maxRepeatContactShare, minFitness (shares 0..1) (repeatable).")
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

    interface Setting {
        void apply();
    }

    static void apply(String where, Setting setting) throws CliError {
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
        AnalysisOptions.Builder builder = SettingsFile.parse(name, text);
        files.put(key, builder);
        return builder;
    }

    /** The file as messages name it: relative to the working folder when inside it. */
    private static String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) && !absolute.equals(here)
                ? here.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }
}
