package dev.journeykit.maven;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.internal.AtomicWrite;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Keyworded;
import dev.journeykit.core.model.JourneyValidationException;
import dev.journeykit.dsl.JourneyDsl;
import dev.journeykit.dsl.JourneyDslException;
import dev.journeykit.dsl.JourneyFiles;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the maps to work on ({@code <maps>}, by default {@code src/main/journeys}
 * and {@code src/test/journeys}), {@code <skip>} ({@code -Djourneykit.skip}), the output folder
 * ({@code target/journeykit}), the analyzer's settings, and reading maps with errors reported as
 * {@code file:line:column: message}.
 */
abstract class AbstractJourneyMojo extends AbstractMojo {

    /** The folder of the project, against which map names are written. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /** Folders of {@code .journey} maps, searched recursively; default: src/main/journeys and src/test/journeys (those that exist). */
    @Parameter
    protected List<File> maps;

    /** Where the goals write: {@code check.sarif}, {@code check.json}, the pictures and {@code report/index.html}. */
    @Parameter(property = "journeykit.outputDirectory", defaultValue = "${project.build.directory}/journeykit")
    protected File outputDirectory;

    /** Skips every JourneyKit goal. */
    @Parameter(property = "journeykit.skip", defaultValue = "false")
    protected boolean skip;

    /** Analyzer threshold: a stage with at least this many steps may be oversaturated (default 6). */
    @Parameter
    protected Integer minStageSize;

    /** Analyzer threshold: how many times the median stage size is oversaturated (default 2.0). */
    @Parameter
    protected Double saturationFactor;

    /** Analyzer threshold: most brand-initiated touchpoints in one stage (default 3). */
    @Parameter
    protected Integer maxProactivePerStage;

    /** Analyzer threshold: most touchpoints on one channel in one stage (default 4). */
    @Parameter
    protected Integer maxPerChannelPerStage;

    /** Analyzer threshold: the emotion drop between two steps that is reported (default 2). */
    @Parameter
    protected Integer emotionDrop;

    /** Finding codes that are switched off: {@code <disabledCodes><code>coverage.no-feedback</code></disabledCodes>}. */
    @Parameter
    protected List<String> disabledCodes;

    /** Severity per finding code: {@code <severities><coverage.no-feedback>info</coverage.no-feedback></severities>}. */
    @Parameter
    protected Map<String, String> severities;

    /**
     * Any analyzer option by name, as {@code --set NAME=VALUE} on the command line:
     * {@code <settings><minTransitionShare>0.02</minTransitionShare></settings>}. The named
     * thresholds above are the same options; a name given here wins.
     */
    @Parameter
    protected Map<String, String> settings;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("JourneyKit: skipped (journeykit.skip)");
            return;
        }
        List<MapFile> files = inputs();
        if (files.isEmpty()) {
            getLog().info("JourneyKit: no .journey maps in " + String.join(", ", folderNames()));
            return;
        }
        run(files);
    }

    /** The maps the goal works on: those under {@code <maps>}, unless the goal names its own. */
    protected List<MapFile> inputs() throws MojoExecutionException {
        return mapFiles();
    }

    /** The goal's work on the maps found, at least one. */
    protected abstract void run(List<MapFile> files) throws MojoExecutionException, MojoFailureException;

    private List<Path> folders() {
        if (maps != null && !maps.isEmpty()) {
            return maps.stream().map(File::toPath).toList();
        }
        Path base = basedir.toPath();
        return List.of(base.resolve("src/main/journeys"), base.resolve("src/test/journeys"));
    }

    private List<String> folderNames() {
        return folders().stream().map(this::name).toList();
    }

    /** The maps under the configured folders; a configured folder that is missing is an error, a default one is not. */
    final List<MapFile> mapFiles() throws MojoExecutionException {
        boolean configured = maps != null && !maps.isEmpty();
        List<MapFile> files = new ArrayList<>();
        Map<Path, String> seen = new HashMap<>();
        for (Path folder : folders()) {
            if (!Files.isDirectory(folder)) {
                if (configured) {
                    throw new MojoExecutionException(name(folder) + ": <maps> folder does not exist");
                }
                continue;
            }
            try {
                for (Path file : JourneyFiles.find(folder)) {
                    if (seen.putIfAbsent(file.toAbsolutePath().normalize(), "") == null) {
                        String relative = JourneyFiles.relative(folder, file);
                        files.add(new MapFile(file, name(file),
                                relative.substring(0, relative.length() - JourneyFiles.EXTENSION.length())));
                    }
                }
            } catch (IOException e) {
                throw new MojoExecutionException(name(folder) + ": cannot list: " + e.getMessage(), e);
            }
        }
        return files;
    }

    /** A path as messages name it: relative to the project folder when inside it, with {@code /}. */
    final String name(Path path) {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /** The bytes of a map file. */
    /** The bytes of each map, in order, and one hash of them with the goal's settings. */
    record Read(List<byte[]> contents, String hash) {
    }

    /**
     * Reads every map once and hashes its name and bytes together with {@code settings} (the
     * plugin version first), so that a goal can tell whether anything changed since its last run.
     */
    final Read read(List<MapFile> files, Object... settings) throws MojoExecutionException {
        List<Object> parts = new ArrayList<>();
        parts.add(pluginVersion());
        parts.addAll(List.of(settings));
        List<byte[]> contents = new ArrayList<>();
        for (MapFile file : files) {
            byte[] bytes = bytes(file);
            contents.add(bytes);
            parts.add(file.name());
            parts.add(bytes);
        }
        return new Read(contents, BuildState.hash(parts.toArray()));
    }

    final byte[] bytes(MapFile file) throws MojoExecutionException {
        try {
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new MojoExecutionException(file.name() + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The text of a map file, which must be UTF-8; null (after an error is logged) when it is not. */
    final String text(MapFile file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            getLog().error(file.name() + ": cannot read: the file is not UTF-8 text");
            return null;
        }
    }

    /**
     * The map in {@code text}, or null after its errors are logged: syntax errors as
     * {@code file:line:column: message} with the line and a caret, invalid maps naming the element.
     */
    final JourneyMap parse(MapFile file, String text) {
        if (text == null) {
            return null;
        }
        try {
            return JourneyDsl.parse(file.name(), text);
        } catch (JourneyDslException e) {
            e.diagnostics().forEach(d -> getLog().error(d.render()));
            return null;
        } catch (JourneyValidationException e) {
            getLog().error(file.name() + ": " + e.getMessage());
            return null;
        }
    }

    /** The analyzer's settings from the configuration; a bad value stops the build naming it. */
    final AnalysisOptions analysisOptions() throws MojoExecutionException {
        AnalysisOptions.Builder options = AnalysisOptions.builder();
        try {
            if (minStageSize != null) {
                options.minStageSize(minStageSize);
            }
            if (saturationFactor != null) {
                options.saturationFactor(saturationFactor);
            }
            if (maxProactivePerStage != null) {
                options.maxProactivePerStage(maxProactivePerStage);
            }
            if (maxPerChannelPerStage != null) {
                options.maxPerChannelPerStage(maxPerChannelPerStage);
            }
            if (emotionDrop != null) {
                options.emotionDrop(emotionDrop);
            }
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("JourneyKit configuration: " + e.getMessage(), e);
        }
        for (Map.Entry<String, String> entry : new TreeMap<>(settings == null ? Map.of() : settings).entrySet()) {
            try {
                options.set(entry.getKey(), entry.getValue() == null ? "" : entry.getValue().trim());
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("JourneyKit configuration <settings>: " + e.getMessage(), e);
            }
        }
        for (String code : disabledCodes == null ? List.<String>of() : disabledCodes) {
            try {
                options.disable(code.trim());
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("JourneyKit configuration <disabledCodes>: " + e.getMessage(), e);
            }
        }
        for (Map.Entry<String, String> entry : new TreeMap<>(severities == null ? Map.of() : severities).entrySet()) {
            Severity severity = severity(entry.getValue(), "<severities><" + entry.getKey() + ">");
            try {
                options.severity(entry.getKey(), severity);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("JourneyKit configuration <severities>: " + e.getMessage(), e);
            }
        }
        return options.build();
    }

    private static Severity severity(String value, String where) throws MojoExecutionException {
        Severity severity = Severity.fromKeyword(value == null ? "" : value.trim());
        if (severity == null) {
            throw new MojoExecutionException("JourneyKit configuration " + where + ": '" + value
                    + "' is not one of error, warning, info");
        }
        return severity;
    }

    /** A keyword of the configuration ({@code high-contrast}) as its constant ({@code HIGH_CONTRAST}). */
    static <E extends Enum<E>> E keyword(Class<E> type, String value, String where) throws MojoExecutionException {
        E constant = value == null ? null : Keyworded.byWord(type, value.trim());
        if (constant == null) {
            throw new MojoExecutionException("JourneyKit configuration " + where + ": '" + value
                    + "' is not one of " + String.join(", ", Keyworded.wordsOf(type)));
        }
        return constant;
    }

    /** Logs a finding as {@code file:line:column: severity code: message}, at the log level of its severity. */
    final void log(MapFile file, Finding finding) {
        String line = finding.location().isPresent() ? finding.toString() : file.name() + ": " + finding;
        switch (finding.severity()) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            case INFO -> getLog().info(line);
        }
    }

    /** Writes {@code bytes} to {@code file} under the output folder, whole or not at all. */
    final void write(Path file, byte[] bytes) throws MojoExecutionException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicWrite.write(file, bytes);
        } catch (IOException e) {
            throw new MojoExecutionException(name(file) + ": cannot write: " + e.getMessage(), e);
        }
    }

    final void write(Path file, String text) throws MojoExecutionException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The state of this goal's last run, in {@code target/journeykit/.state/GOAL}. */
    final BuildState state(String goal) {
        return BuildState.load(outputDirectory.toPath().resolve(".state").resolve(goal));
    }

    final void save(BuildState state) {
        try {
            Files.createDirectories(outputDirectory.toPath().resolve(".state"));
            state.save();
        } catch (IOException e) {
            getLog().warn("JourneyKit: could not record this run (the next one redoes everything): " + e.getMessage());
        }
    }

    /** The plugin's version, part of every state hash so an upgrade redoes everything. */
    static String pluginVersion() {
        Properties properties = new Properties();
        try (InputStream in = AbstractJourneyMojo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
