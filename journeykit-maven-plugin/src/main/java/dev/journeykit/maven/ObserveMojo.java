package dev.journeykit.maven;

import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.analysis.observed.ObservedAnalyzers;
import dev.journeykit.core.analysis.report.ObservedReports;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.LogCounts;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.events.EventFormat;
import dev.journeykit.events.EventLogException;
import dev.journeykit.events.EventLogOptions;
import dev.journeykit.events.EventLogResult;
import dev.journeykit.events.EventLogs;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code journeykit:observe}: replays customer event logs through a map, as {@code journey observe}
 * does, prints the {@code observed.*} findings as {@code file:line:column: severity code: message},
 * writes {@code observe/NAME.json} (the JSON report of docs/observe.md) and {@code observe/NAME.txt}
 * to the output folder, and fails the build when a finding reaches {@code <failOn>}, a log cannot
 * be read, or a row is bad (unless {@code <skipBadRows>}). The analyzer settings ({@code
 * <settings><maxDropOff>0.3</maxDropOff></settings>}, {@code <disabledCodes>}, {@code
 * <severities>}) are those of the other goals.
 */
@Mojo(name = "observe", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ObserveMojo extends AbstractJourneyMojo {

    /** The map the logs are replayed through. */
    @Parameter(property = "journeykit.map", required = true)
    private File map;

    /** The event logs: .csv, .jsonl or .ndjson, .xes, each optionally .gz. */
    @Parameter(required = true)
    private List<File> eventLogs;

    /** The column (or JSON field) of the customer. */
    @Parameter(defaultValue = "customer_id")
    private String caseColumn;

    /** The column of the event's time: ISO-8601, or epoch seconds or milliseconds. */
    @Parameter(defaultValue = "ts")
    private String timeColumn;

    /** The column of the event's name. */
    @Parameter(defaultValue = "touchpoint")
    private String eventColumn;

    /** A column whose values are persona ids (in XES a trace attribute). */
    @Parameter
    private String personaColumn;

    /** csv, jsonl or xes for every log, whatever its name (default: from each file's name). */
    @Parameter
    private String inputFormat;

    /** Count, report and leave out bad rows instead of failing on them. */
    @Parameter(defaultValue = "false")
    private boolean skipBadRows;

    /** How many variants the JSON report lists before summing the rest (-1: all). */
    @Parameter(defaultValue = "100")
    private int variants;

    /** The lowest severity that fails the build: error, warning, info or never. */
    @Parameter(property = "journeykit.failOn", defaultValue = "error")
    private String failOn;

    private enum FailOn { ERROR, WARNING, INFO, NEVER }

    @Override
    protected List<MapFile> inputs() throws MojoExecutionException {
        Path file = map.toPath();
        if (!Files.isRegularFile(file)) {
            throw new MojoExecutionException(name(file) + ": <map> does not exist");
        }
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return List.of(new MapFile(file, name(file), dot > 0 ? fileName.substring(0, dot) : fileName));
    }

    /** The observation with its logs named as the other goals name files: relative to the project, with '/'. */
    private ObservedJourney named(ObservedJourney observed, List<Path> logs) {
        LogCounts l = observed.log();
        List<String> names = logs.stream().map(this::name).toList();
        return new ObservedJourney(observed.map(), new LogCounts(names, l.rows(), l.events(), l.unbound(), l.skipped(),
                l.customers(), l.unknownPersona(), l.personaConflicts()), observed.overall(), observed.personas(),
                observed.unboundEvents());
    }

    @Override
    protected void run(List<MapFile> files) throws MojoExecutionException, MojoFailureException {
        FailOn threshold = keyword(FailOn.class, failOn, "<failOn>");
        EventFormat format = null;
        if (inputFormat != null) {
            format = keyword(EventFormat.class, inputFormat, "<inputFormat>");
        }
        MapFile file = files.get(0);
        JourneyMap journey = parse(file, text(file, bytes(file)));
        if (journey == null) {
            throw new MojoFailureException("JourneyKit: " + file.name() + " could not be read; see the errors above");
        }
        if (personaColumn != null && journey.personas().isEmpty()) {
            throw new MojoExecutionException(file.name() + ": <personaColumn> " + personaColumn
                    + " given, but the map has no personas");
        }
        List<Path> logs = new ArrayList<>();
        for (File log : eventLogs) {
            logs.add(log.toPath());
        }
        EventLogOptions options = EventLogOptions.defaults().withColumns(caseColumn, timeColumn, eventColumn)
                .withPersonaColumn(personaColumn).withSkipBadRows(skipBadRows).withFormat(format);
        EventLogResult read;
        try {
            read = EventLogs.read(journey, logs, options);
        } catch (EventLogException e) {
            getLog().error(e.getMessage());
            throw new MojoFailureException("JourneyKit: the event logs could not be read; see the errors above"
                    + (skipBadRows ? "" : " (bad rows can be left out with <skipBadRows>true</skipBadRows>)"));
        }
        ObservedJourney observed = named(read.observed(), logs);
        if (observed.log().skipped() > 0) {
            getLog().warn("JourneyKit: skipped " + observed.log().skipped() + " bad row(s):");
            read.skippedProblems().forEach(p -> getLog().warn("  " + p));
        }
        AnalysisReport findings = ObservedAnalyzers.analyze(journey, observed, analysisOptions());
        for (Finding finding : findings.findings()) {
            log(file, finding);
        }
        Path folder = outputDirectory.toPath().resolve("observe");
        Path json = folder.resolve(file.baseName() + ".json");
        write(json, ObservedReports.json(file.name(), observed, findings, variants));
        write(folder.resolve(file.baseName() + ".txt"), ObservedReports.text(file.name(), observed, findings, variants));
        long customers = observed.customers();
        int found = findings.findings().size();
        getLog().info(String.format(Locale.ROOT, "JourneyKit: %d customer%s observed, %d finding%s (%s)",
                customers, customers == 1 ? "" : "s", found, found == 1 ? "" : "s", name(json)));
        if (threshold != FailOn.NEVER && findings.hasAtLeast(Severity.valueOf(threshold.name()))) {
            throw new MojoFailureException("JourneyKit: observed findings at or above " + failOn
                    + "; see " + name(json));
        }
    }
}
