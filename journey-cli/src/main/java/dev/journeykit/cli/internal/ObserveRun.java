package dev.journeykit.cli.internal;

import dev.journeykit.cli.internal.Keywords.ReportFormat;
import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.observed.ObservedAnalyzers;
import dev.journeykit.core.analysis.report.ObservedReports;
import dev.journeykit.core.analysis.report.Reports;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.events.EventLogException;
import dev.journeykit.events.EventLogOptions;
import dev.journeykit.events.EventLogResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The arguments and the run of {@code journey observe}, shared by every engine that replays a log:
 * the embedded one ({@link ObserveCommand}, with {@link EventLogSettings}) and the Spark job
 * ({@code dev.journeykit.spark.ObserveJob} in journey-spark, with {@link EventLogColumns} and its
 * own {@code --input-format}). An engine only reads the logs; the map, the analysis settings, the
 * findings, the report and the exit code are this class's, so both give the same bytes.
 */
public final class ObserveRun {

    /** Reads the logs through the map: the command's engine with its log options. */
    @FunctionalInterface
    public interface Reader {
        /**
         * @param map the map, read from {@code input}
         * @param events the logs as given on the command line
         * @throws CliError a log that cannot be read, bad rows, or anything else the user must fix
         */
        ObservedJourney read(JourneyMap map, Input input, List<String> events, Console console) throws CliError;
    }

    /** An engine that reads rows itself (the Spark job): the map, the logs as given, the options of {@link EventLogColumns}. */
    @FunctionalInterface
    public interface Engine {
        /** @throws EventLogException a log that cannot be read, or bad rows without {@code skipBadRows} */
        EventLogResult read(JourneyMap map, List<String> events, EventLogOptions options);
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

    @Mixin
    private FailOnOption failOn;

    @Option(names = "--variants", paramLabel = "N|all", defaultValue = "100",
            description = "How many variants the JSON report lists before summing the rest in others, "
                    + "or all (default: ${DEFAULT-VALUE}).")
    private String variants;

    @Mixin
    private AnalysisSettings settings;

    /** Loads the map, reads the logs with {@code reader}, writes the report; the exit code. */
    public int run(CommandSpec spec, Reader reader) {
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
        byte[][] report = new byte[1][]; // UTF-8
        boolean[] fails = new boolean[1];
        console.each(input, in -> {
            JourneyMap map = Maps.load(in);
            AnalysisOptions options = settings.forMap(in);
            ObservedJourney observed = reader.read(map, in, events, console);
            // the findings on another thread while the JSON report lays out the figures (findings come last)
            Analysis findings = new Analysis(() -> ObservedAnalyzers.analyze(map, observed, options));
            report[0] = switch (format) {
                case TEXT -> ObservedReports.text(in.name(), observed, findings.get(), variantLimit).getBytes(StandardCharsets.UTF_8);
                case JSON -> ObservedReports.jsonBytes(in.name(), observed, findings, variantLimit);
                case SARIF -> Reports.sarif(List.of(findings.get())).getBytes(StandardCharsets.UTF_8);
            };
            fails[0] = failOn.fails(findings.get());
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

    /** As {@link #run(CommandSpec, Reader)}, the logs read by {@code engine} with the options of {@code columns}. */
    public int run(CommandSpec spec, EventLogColumns columns, Engine engine) {
        return run(spec, (map, input, events, console) ->
                columns.read(map, input, console, options -> engine.read(map, events, options)));
    }

    /** The analysis of an observation, run on a thread of its own from its start; {@link #get()} waits for it. */
    private static final class Analysis implements Supplier<AnalysisReport> {
        private final FutureTask<AnalysisReport> task;

        Analysis(Callable<AnalysisReport> work) {
            task = new FutureTask<>(work);
            Thread thread = new Thread(task, "journey-analysis");
            thread.setDaemon(true);
            thread.start();
        }

        /** The findings; what the analysis threw, thrown here. */
        @Override
        public AnalysisReport get() {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return task.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof RuntimeException r) {
                            throw r;
                        }
                        if (e.getCause() instanceof Error error) {
                            throw error;
                        }
                        throw new IllegalStateException(e.getCause());
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
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
