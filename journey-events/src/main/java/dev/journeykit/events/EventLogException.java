package dev.journeykit.events;

import java.util.List;

/**
 * An event log that cannot be read: each problem names its place, {@code events.csv:1204:3: time
 * "2024-13-01" is not a date (...)}, or the file for a problem of the whole file. At most the first
 * {@value EventLogs#MAX_PROBLEMS} bad rows are listed.
 */
public final class EventLogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public EventLogException(List<String> problems) {
        super(String.join("\n", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
