package dev.journeykit.events;

import dev.journeykit.core.observe.CustomerTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where readers put rows: good ones into the sink, bad ones into the problem list (the first
 * {@value EventLogs#MAX_PROBLEMS}); without {@code skipBadRows} the read stops at the tenth.
 */
final class Feed {

    /** Thrown to stop reading once enough problems are known. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    final EventSink sink;
    final boolean skipBadRows;
    final List<String> problems = new ArrayList<>();

    Feed(EventSink sink, boolean skipBadRows) {
        this.sink = sink;
        this.skipBadRows = skipBadRows;
    }

    /** A row: bad at the time's place when its time is not one or outside the supported years. */
    void row(String caseId, long millis, String event, String persona, String file, long line, int column,
             Supplier<String> timeText) {
        if (millis == EventTimes.INVALID) {
            bad(file, line, column, EventTimes.message(timeText.get()));
        } else if (millis < CustomerTrace.MIN_MILLIS || millis > CustomerTrace.MAX_MILLIS) {
            bad(file, line, column, EventTimes.outsideMessage(timeText.get()));
        } else {
            sink.event(caseId, millis, event, persona);
        }
    }

    /** A bad row, reported at {@code file:line:column}. */
    void bad(String file, long line, int column, String message) {
        if (problems.size() < EventLogs.MAX_PROBLEMS) {
            problems.add(file + ":" + line + ":" + column + ": " + message);
        }
        if (skipBadRows) {
            sink.skipped();
        } else if (problems.size() >= EventLogs.MAX_PROBLEMS) {
            throw new Stop();
        }
    }

    /** A problem of the whole file: reading stops. */
    EventLogException fatal(String message) {
        List<String> all = new ArrayList<>(skipBadRows ? List.of() : problems);
        all.add(message);
        return new EventLogException(all);
    }
}
