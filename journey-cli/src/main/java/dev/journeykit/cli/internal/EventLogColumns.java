package dev.journeykit.cli.internal;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.events.EventLogException;
import dev.journeykit.events.EventLogOptions;
import dev.journeykit.events.EventLogResult;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * How to read the rows of an event log, whatever reads them ({@code --case}, {@code --time},
 * {@code --event}, {@code --persona-column}, {@code --skip-bad-rows}), and what every engine does
 * around a read: the persona check, the errors of bad logs, the skipped-row warnings. Part of
 * {@link EventLogSettings} (the embedded readers, which add {@code --input-format}); the Spark job
 * ({@code dev.journeykit.spark.ObserveJob}) takes it with its own {@code --input-format}.
 */
public final class EventLogColumns {

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

    /** Columns with every default, for tests. */
    public EventLogColumns() {
    }

    /**
     * Reads a log through {@code map} (read from {@code input}) with {@code engine}, which gets the
     * options of these flags (no format); warns of skipped rows through {@code console}.
     *
     * @throws CliError for a persona column on a map without personas, and for bad logs
     */
    ObservedJourney read(JourneyMap map, Input input, Console console,
                                Function<EventLogOptions, EventLogResult> engine) throws CliError {
        if (personaColumn != null && map.personas().isEmpty()) {
            throw new CliError(input.name() + ": --persona-column " + personaColumn + " given, but the map has no "
                    + "personas");
        }
        EventLogOptions options = EventLogOptions.defaults()
                .withColumns(caseColumn, timeColumn, eventColumn)
                .withPersonaColumn(personaColumn)
                .withSkipBadRows(skipBadRows);
        EventLogResult read;
        try {
            read = engine.apply(options);
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
        return observed;
    }

    private static boolean hasRowProblem(EventLogException e) {
        // file:line:column of the embedded readers, or "file: row ..." of engines that know no line (Spark)
        return e.problems().stream().anyMatch(p -> p.matches("^.*(:\\d+:\\d+|: row .*): .*") && !p.contains(":1:1: the header"));
    }
}
