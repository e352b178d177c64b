package dev.journeykit.cli.internal;

import dev.journeykit.events.EventLogs;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long read on stderr, only when the command runs on a terminal (never in a pipe or
 * a CI log): one line rewritten in place, at most four times a second, cleared at the end.
 */
final class Progress implements EventLogs.Progress {

    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long last = start;
    private boolean shown;

    private Progress(PrintWriter err) {
        this.err = err;
    }

    /** Progress on {@code err} when stdin and stdout are a terminal, else a listener that prints nothing. */
    static Progress onTerminal(PrintWriter err) {
        return new Progress(System.console() != null ? err : null);
    }

    @Override
    public void progress(long bytes, long rows) {
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        double seconds = (now - start) / 1e9;
        err.print(String.format(Locale.ROOT, "\rread %.1f MB, %d rows, %.0f rows/s   ", bytes / 1e6, rows,
                rows / Math.max(seconds, 1e-9)));
        err.flush();
        shown = true;
    }

    /** Clears the progress line. */
    void done() {
        if (err != null && shown) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        }
    }
}
