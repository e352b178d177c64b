package dev.journeykit.cli.internal;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.Replay;
import dev.journeykit.events.EventFormat;
import dev.journeykit.events.EventLogException;
import dev.journeykit.events.EventLogOptions;
import dev.journeykit.events.EventLogResult;
import dev.journeykit.events.EventLogs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options that say how to read an event log ({@code --case}, {@code --time}, {@code --event},
 * {@code --persona-column}, {@code --skip-bad-rows}, {@code --input-format}) and the reading
 * itself, with its progress, errors and skipped-row warnings: one home for {@code observe} and
 * {@code render --observed}, which take it with {@code @Mixin EventLogSettings log}.
 */
public final class EventLogSettings {

    /** The names of the options, for commands that take them only with a log. */
    static final List<String> OPTIONS = List.of("--case", "--time", "--event", "--persona-column", "--skip-bad-rows",
            "--input-format");

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

    @Option(names = "--input-format", paramLabel = "FORMAT",
            converter = Keywords.InputFormats.class, completionCandidates = Keywords.InputFormats.class,
            description = "The format of every log, whatever its name: ${COMPLETION-CANDIDATES}.")
    private EventFormat inputFormat;

    /** Settings with every default, for tests. */
    public EventLogSettings() {
    }

    /**
     * The error of a command given a log option ({@code --case}, ...) but no {@code --observed}
     * logs for it to apply to; empty when there is none.
     */
    static Optional<String> optionWithoutLogs(CommandSpec spec, List<Path> observed) {
        if (observed == null) {
            for (String option : OPTIONS) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    return Optional.of(option + " says how to read an event log: give the logs with --observed EVENTS...");
                }
            }
        }
        return Optional.empty();
    }

    /** The error of {@code --observed} logs given with several maps; empty when there is none. */
    static Optional<String> severalMaps(List<Path> observed, List<Input> maps, String advice) {
        if (observed == null || maps.size() <= 1) {
            return Optional.empty();
        }
        return Optional.of("--observed applies to a single map, but " + maps.size() + " maps were given ("
                + maps.stream().limit(3).map(Input::name).collect(Collectors.joining(", "))
                + (maps.size() > 3 ? ", ..." : "") + "): " + advice);
    }

    /**
     * Reads {@code events} through {@code map} (the map read from {@code input}), showing progress on
     * a terminal's {@code err} and warning of skipped rows through {@code console}.
     *
     * @throws CliError for a persona column on a map without personas, and for bad logs
     */
    ObservedJourney read(JourneyMap map, Input input, List<Path> events, Console console, PrintWriter err)
            throws CliError {
        if (personaColumn != null && map.personas().isEmpty()) {
            throw new CliError(input.name() + ": --persona-column " + personaColumn + " given, but the map has no "
                    + "personas");
        }
        EventLogOptions logOptions = EventLogOptions.defaults()
                .withColumns(caseColumn, timeColumn, eventColumn)
                .withPersonaColumn(personaColumn)
                .withSkipBadRows(skipBadRows)
                .withFormat(inputFormat);
        EventLogResult read;
        Progress progress = Progress.onTerminal(err);
        try {
            read = EventLogs.read(Replay.of(map), events, logOptions, progress);
        } catch (EventLogException e) {
            progress.done();
            throw new CliError(e.getMessage() + (skipBadRows || !hasRowProblem(e) ? ""
                    : "\n(fix these rows, or leave bad rows out with --skip-bad-rows)"));
        }
        progress.done();
        ObservedJourney observed = read.observed();
        if (observed.log().skipped() > 0) {
            console.warn("skipped " + observed.log().skipped() + " bad row"
                    + (observed.log().skipped() == 1 ? "" : "s") + (observed.log().skipped() > read.skippedProblems().size()
                    ? ", the first " + read.skippedProblems().size() + ":" : ":"));
            read.skippedProblems().forEach(p -> console.warn("  " + p));
        }
        return observed;
    }

    private static boolean hasRowProblem(EventLogException e) {
        return e.problems().stream().anyMatch(p -> p.matches("^.*:\\d+:\\d+: .*") && !p.contains(":1:1: the header"));
    }
}
