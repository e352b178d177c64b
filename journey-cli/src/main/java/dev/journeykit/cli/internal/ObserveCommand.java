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
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journey observe}: replays customer event logs through a map and reports where they disagree. */
@Command(name = "observe",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Reads customer event logs (CSV, JSON Lines, XES; gzip too), replays every customer through "
                    + "the map and reports where reality and design disagree: drop-offs, undesigned and "
                    + "unused transitions, unbound events, repeat contacts, conformance fitness.",
            "Steps are bound to events by their event statements, or else by their ids."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  no finding at or above --fail-on",
                "  1  a finding at or above --fail-on",
                "  2  usage, syntax or I/O errors, or bad rows without --skip-bad-rows"})
public final class ObserveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MAP", description = "The .journey map.")
    private String mapFile;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "EVENTS",
            description = "Event logs: .csv, .jsonl or .ndjson, .xes, each optionally .gz.")
    private List<Path> events;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = Keywords.ReportFormats.class, completionCandidates = Keywords.ReportFormats.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of stdout.")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            converter = Keywords.FailOns.class, completionCandidates = Keywords.FailOns.class,
            description = "Exit with 1 when a finding has this severity or a higher one: "
                    + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    @Mixin
    private EventLogSettings log;

    @Option(names = "--variants", paramLabel = "N|all", defaultValue = "100",
            description = "How many variants the JSON report lists before summing the rest in others, "
                    + "or all (default: ${DEFAULT-VALUE}).")
    private String variants;

    @Mixin
    private AnalysisSettings settings;

    @Override
    public Integer call() {
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
            ObservedJourney observed = log.read(map, in, events, console, spec.commandLine().getErr());
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
