package dev.journeykit.events;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.Replay;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads event logs (CSV, JSON Lines, XES; gzip-compressed or not, known by their first bytes)
 * by streaming and replays their customers through a map. Files may be sorted by time, by
 * customer or not at all, and one customer's rows may be spread over files: the result is the
 * same. The format follows each file's name unless the options give one.
 *
 * <pre>{@code
 * EventLogResult read = EventLogs.read(map, List.of(Path.of("events.csv")), EventLogOptions.defaults());
 * double dropOff = read.observed().stage("decision").orElseThrow().dropOff().orElse(0);
 * }</pre>
 *
 * <p>Bad rows fail the read with their places ({@link EventLogException}, the first
 * {@value #MAX_PROBLEMS}), or with {@code skipBadRows} are counted, listed and left out.
 */
public final class EventLogs {

    /** The most bad rows a failure or a result lists. */
    public static final int MAX_PROBLEMS = 10;

    private EventLogs() {
    }

    /** Hears how far a read is: bytes of the files as stored (compressed or not) and rows read. */
    @FunctionalInterface
    public interface Progress {
        void progress(long bytes, long rows);
    }

    public static EventLogResult read(JourneyMap map, List<Path> files, EventLogOptions options) {
        return read(Replay.of(map), files, options, (bytes, rows) -> { });
    }

    /**
     * Reads every file into one result; {@code progress} hears how far it is after each block read.
     *
     * @throws EventLogException a file that cannot be read, or bad rows without {@code skipBadRows}
     */
    public static EventLogResult read(Replay replay, List<Path> files, EventLogOptions options, Progress progress) {
        Objects.requireNonNull(replay, "replay");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        List<String> fileNames = files.stream().map(Path::toString).toList();
        ObservedJourney fast = files.isEmpty() ? null
                : new ParallelCsv(replay, options, 0, 1 << 20).read(files, fileNames, progress);
        if (fast != null) {
            return new EventLogResult(fast, List.of());
        }
        return readStreaming(replay, files, options, progress);
    }

    /**
     * Reads every file row by row on this thread: the reference the fast path of plain CSV files
     * ({@link ParallelCsv}) equals, and the path for every other file.
     */
    static EventLogResult readStreaming(Replay replay, List<Path> files, EventLogOptions options, Progress progress) {
        EventSink sink = new EventSink(replay);
        Feed feed = new Feed(sink, options.skipBadRows());
        List<String> names = new ArrayList<>();
        long[] done = {0};
        try {
            for (Path file : files) {
                String name = file.toString();
                names.add(name);
                EventFormat format = options.format().or(() -> EventFormat.ofFileName(name)).orElseThrow(() ->
                        feed.fatal(name + ": unknown log format (name it .csv, .jsonl, .ndjson or .xes, "
                                + "optionally .gz, or give --input-format csv|jsonl|xes)"));
                read(file, name, format, options, feed, done, bytes -> progress.progress(bytes, sink.rows()));
            }
        } catch (Feed.Stop stop) {
            throw new EventLogException(feed.problems);
        }
        if (!options.skipBadRows() && !feed.problems.isEmpty()) {
            throw new EventLogException(feed.problems);
        }
        return new EventLogResult(sink.result(names), options.skipBadRows() ? feed.problems : List.of());
    }

    private static void read(Path file, String name, EventFormat format, EventLogOptions options, Feed feed,
                             long[] done, LongConsumer progress) {
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream counted = new FilterInputStream(raw) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        done[0] += n;
                        progress.accept(done[0]);
                    }
                    return n;
                }
            };
            BufferedInputStream in = new BufferedInputStream(counted, 1 << 16);
            in.mark(2);
            boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
            in.reset();
            InputStream data = gzip ? new GZIPInputStream(in, 1 << 16) : in;
            switch (format) {
                case CSV -> new CsvEventReader(name, options, feed).read(data);
                case JSONL -> new JsonLinesEventReader(name, options, feed).read(data);
                case XES -> new XesEventReader(name, options, feed).read(data);
            }
        } catch (NoSuchFileException e) {
            throw feed.fatal(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw feed.fatal(name + ": cannot read: permission denied");
        } catch (ZipException e) {
            throw feed.fatal(name + ": cannot read: broken gzip data (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw feed.fatal(name + ": cannot read: " + (Files.isDirectory(file) ? "is a directory" : e.getMessage()));
        }
    }
}
