package dev.journeykit.cli.internal;

import dev.journeykit.cli.internal.Keywords.FailOn;
import dev.journeykit.cli.internal.Keywords.ReportFormat;
import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.analysis.observed.ObservedAnalyzers;
import dev.journeykit.core.analysis.report.ObservedReports;
import dev.journeykit.core.analysis.report.Reports;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.Replay;
import dev.journeykit.events.EventLogException;
import dev.journeykit.events.EventLogOptions;
import dev.journeykit.events.EventLogResult;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The arguments and the run of {@code journey observe}, shared by every engine that replays a log:
 * the embedded one ({@link ObserveCommand}) and the Spark job ({@code dev.journeykit.spark.ObserveJob}
 * in journey-spark). An engine only reads the log into an {@link EventLogResult}; the map, the
 * analysis settings, the findings, the report and the exit code are this class's, so both give the
 * same bytes. Each command adds its own {@code --input-format} (the formats its engine reads).
 */
public final class ObserveRun {

    /** Reads the logs: the replay of the map, the files as given, the columns and the bad-row policy. */
    @FunctionalInterface
    public interface Engine {
        /**
         * @throws EventLogException a file that cannot be read, or bad rows without {@code skipBadRows}
         * @throws CliError anything else the user must fix (the message is printed as it is)
         */
        EventLogResult read(Replay replay, List<String> files, EventLogOptions options);
    }

    @Parameters(index = "0", paramLabel = "MAP", description = "The .journey map.")
    private String mapFile;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "EVENTS", description = "Event logs; the format follows each name unless --input-format gives one.")
    private List<String> events;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = Keywords.ReportFormats.class, completionCandidates = Keywords.ReportFormats.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of stdout.")
    private java.nio.file.Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            converter = Keywords.FailOns.class, completionCandidates = Keywords.FailOns.class,
            description = "Exit with 1 when a finding has this severity or a higher one: "
                    + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    @Option(names = "--case", paramLabel = "COLUMN", defaultValue = "customer_id",
            description = "The column (or JSON field) of the customer (default: ${DEFAULT-VALUE}).")
    private String caseColumn;

    @Option(names = "--time", paramLabel = "COLUMN", defaultValue = "ts",
            description = "The column of the event's time: ISO-8601 or epoch seconds or milliseconds "
                    + "(default: ${DEFAULT-VALUE}).")
    private String timeColumn;

    @Option(names = "--event", paramLabel = "COLUMN", defaultValue = "touchpoint",
            description = "The column of the event's name (default: ${DEFAULT-VALUE}).")
    private String eventColumn;

    @Option(names = "--persona-column", paramLabel = "COLUMN",
            description = "A column whose values are persona ids (in XES a trace attribute): every figure "
                    + "is then also given per persona.")
    private String personaColumn;

    @Option(names = "--skip-bad-rows",
            description = "Count, report and leave out bad rows instead of failing on them.")
    private boolean skipBadRows;

    @Option(names = "--variants", paramLabel = "N|all", defaultValue = "100",
            description = "How many variants the JSON report lists before summing the rest in others, "
                    + "or all (default: ${DEFAULT-VALUE}).")
    private String variants;

    @Mixin
    private AnalysisSettings settings;

    /** Loads the map, reads the logs with {@code engine}, writes the report; the exit code. */
    public int run(CommandSpec spec, Engine engine) {
        Console console = new Console(spec);
        int variantLimit;
        try {
            variantLimit = variants();
            settings.validate();
        } catch (CliError e) {
            console.error(e.getMessage());
            return ExitCodes.ERROR;
        }
        List<Input> maps = Inputs.file(mapFile, console);
        if (maps.isEmpty()) {
            return ExitCodes.ERROR;
        }
        Input input = maps.get(0);
        String[] report = new String[1];
        boolean[] fails = new boolean[1];
        console.each(input, in -> {
            JourneyMap map = Maps.load(in);
            AnalysisOptions options = settings.forMap(in);
            if (personaColumn != null && map.personas().isEmpty()) {
                throw new CliError(in.name() + ": --persona-column " + personaColumn + " given, but the map has no "
                        + "personas");
            }
            EventLogOptions logOptions = EventLogOptions.defaults()
                    .withColumns(caseColumn, timeColumn, eventColumn)
                    .withPersonaColumn(personaColumn)
                    .withSkipBadRows(skipBadRows);
            EventLogResult read;
            try {
                read = engine.read(Replay.of(map), events, logOptions);
            } catch (EventLogException e) {
                throw new CliError(e.getMessage() + (skipBadRows || !hasRowProblem(e) ? ""
                        : "\n(fix these rows, or leave bad rows out with --skip-bad-rows)"));
            }
            ObservedJourney observed = read.observed();
            if (observed.log().skipped() > 0) {
                console.warn("skipped " + observed.log().skipped() + " bad row"
                        + (observed.log().skipped() == 1 ? "" : "s") + (observed.log().skipped() > read.skippedProblems().size()
                        ? ", the first " + read.skippedProblems().size() + ":" : ":"));
                read.skippedProblems().forEach(p -> console.warn("  " + p));
            }
            AnalysisReport findings = ObservedAnalyzers.analyze(map, observed, options);
            report[0] = switch (format) {
                case TEXT -> ObservedReports.text(in.name(), observed, findings, variantLimit);
                case JSON -> ObservedReports.json(in.name(), observed, findings, variantLimit);
                case SARIF -> Reports.sarif(List.of(findings));
            };
            fails[0] = failOn != FailOn.NEVER && findings.hasAtLeast(Severity.valueOf(failOn.name()));
        });
        if (report[0] == null) {
            return ExitCodes.ERROR;
        }
        try {
            Maps.emit(report[0], output, console);
        } catch (CliError e) {
            console.error(e.getMessage());
            return ExitCodes.ERROR;
        }
        return fails[0] ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static boolean hasRowProblem(EventLogException e) {
        // file:line:column of the embedded readers, or "file: row ..." of engines that know no line (Spark)
        return e.problems().stream().anyMatch(p -> p.matches("^.*(:\\d+:\\d+|: row .*): .*") && !p.contains(":1:1: the header"));
    }

    private int variants() throws CliError {
        if (variants.equals("all")) {
            return -1;
        }
        try {
            int n = Integer.parseInt(variants);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CliError("--variants " + variants + ": expected a whole number of 0 or more, or all");
    }
}
