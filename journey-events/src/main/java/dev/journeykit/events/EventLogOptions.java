package dev.journeykit.events;

import java.util.Objects;
import java.util.Optional;

/**
 * How to read an event log: the columns (CSV) or fields (JSON Lines) of the case, time and event
 * name (defaults {@code customer_id}, {@code ts}, {@code touchpoint}), an optional persona column
 * (in XES a trace attribute), whether bad rows are skipped (counted and reported) instead of
 * failing the read, and a format that overrides the one the file name says.
 */
public record EventLogOptions(String caseColumn, String timeColumn, String eventColumn,
                              Optional<String> personaColumn, boolean skipBadRows, Optional<EventFormat> format) {

    private static final EventLogOptions DEFAULTS = new EventLogOptions("customer_id", "ts", "touchpoint",
            Optional.empty(), false, Optional.empty());

    public EventLogOptions {
        Objects.requireNonNull(caseColumn, "caseColumn");
        Objects.requireNonNull(timeColumn, "timeColumn");
        Objects.requireNonNull(eventColumn, "eventColumn");
        Objects.requireNonNull(personaColumn, "personaColumn");
        Objects.requireNonNull(format, "format");
    }

    public static EventLogOptions defaults() {
        return DEFAULTS;
    }

    public EventLogOptions withColumns(String caseColumn, String timeColumn, String eventColumn) {
        return new EventLogOptions(caseColumn, timeColumn, eventColumn, personaColumn, skipBadRows, format);
    }

    public EventLogOptions withPersonaColumn(String column) {
        return new EventLogOptions(caseColumn, timeColumn, eventColumn, Optional.ofNullable(column), skipBadRows, format);
    }

    public EventLogOptions withSkipBadRows(boolean skip) {
        return new EventLogOptions(caseColumn, timeColumn, eventColumn, personaColumn, skip, format);
    }

    public EventLogOptions withFormat(EventFormat format) {
        return new EventLogOptions(caseColumn, timeColumn, eventColumn, personaColumn, skipBadRows,
                Optional.ofNullable(format));
    }
}
