package dev.journeykit.cli.internal;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.Replay;
import dev.journeykit.events.EventFormat;
import dev.journeykit.events.EventLogs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options that say how to read an event log ({@code --case}, {@code --time}, {@code --event},
 * {@code --persona-column}, {@code --skip-bad-rows} of {@link EventLogColumns}, and
 * {@code --input-format}) and the reading itself by the embedded readers, with its progress, errors
 * and skipped-row warnings: one home for {@code observe}, {@code render --observed} and
 * {@code report --observed}, which take it with {@code @Mixin EventLogSettings log}.
 */
public final class EventLogSettings {

    /** The names of the options, for commands that take them only with a log. */
    static final List<String> OPTIONS = List.of("--case", "--time", "--event", "--persona-column", "--skip-bad-rows",
            "--input-format");

    @Mixin
    private EventLogColumns columns;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            converter = Keywords.InputFormats.class, completionCandidates = Keywords.InputFormats.class,
            description = "The format of every log, whatever its name: ${COMPLETION-CANDIDATES}.")
    private EventFormat inputFormat;

    /** Settings with every default, for tests. */
    public EventLogSettings() {
    }

    /**
     * Checks what a command that draws or reports with optional {@code --observed} logs can check
     * before reading anything: its analysis settings, and that no log option ({@code --case}, ...)
     * was given without logs for it to apply to.
     */
    static void checkBeforeReading(CommandSpec spec, AnalysisSettings settings, List<Path> observed) throws CliError {
        settings.validate();
        if (observed == null) {
            for (String option : OPTIONS) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw new CliError(option + " says how to read an event log: give the logs with --observed EVENTS...");
                }
            }
        }
    }

    /** Fails when {@code --observed} logs are given with several maps: they belong to one. */
    static void requireOneMap(List<Path> observed, List<Input> maps, String advice) throws CliError {
        if (observed != null && maps.size() > 1) {
            throw new CliError("--observed applies to a single map, but " + maps.size() + " maps were given ("
                    + maps.stream().limit(3).map(Input::name).collect(Collectors.joining(", "))
                    + (maps.size() > 3 ? ", ..." : "") + "): " + advice);
        }
    }

    /**
     * Reads {@code events} through {@code map} (the map read from {@code input}), showing progress on
     * a terminal's {@code err} and warning of skipped rows through {@code console}.
     *
     * @throws CliError for a persona column on a map without personas, and for bad logs
     */
    ObservedJourney read(JourneyMap map, Input input, List<Path> events, Console console, PrintWriter err)
            throws CliError {
        return columns.read(map, input, console, options -> {
            Progress progress = Progress.onTerminal(err);
            try {
                return EventLogs.read(Replay.of(map), events, options.withFormat(inputFormat), progress);
            } finally {
                progress.done();
            }
        });
    }
}
