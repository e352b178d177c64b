package dev.journeykit.events;

import dev.journeykit.core.observe.CustomerTrace;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.Replay;
import dev.journeykit.core.observe.ReplaySummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fast path of {@link EventLogs#read} for plain CSV files: uncompressed regular files whose
 * rows hold no quotes, no lone carriage returns and no bad row. Each file is split at line
 * starts into pieces that the worker threads take as they go; a worker parses them from the
 * bytes (no string per field; event names and persona values through small tables) into 16
 * bytes an event: a key
 * of its case id (an id of up to 8 ASCII bytes is its own key, others are interned by the worker)
 * with the persona, and the time and step packed as {@link CustomerTrace} packs them. The events
 * go to one of {@value #PARTITIONS} partitions by a hash of the case id (radix partitioning, as
 * databases do for large aggregations), so that a customer's events, whichever worker read them,
 * are in one partition. The threads then take the partitions one at a time: a partition's
 * customers are numbered through an index small enough for the caches, its events grouped by
 * customer (a counting sort), and each customer folded by the same {@link Replay#fold} the
 * streaming path uses, into one summary per thread (their distinct paths in shared tables,
 * {@link ReplaySummary#sharingPaths()}); the summaries are merged on all threads
 * ({@link ReplaySummary#merge(ReplaySummary, int, int)}). Which rows a worker reads and which
 * thread folds a partition changes nothing: the fold orders each customer's events by time and
 * step, and summaries of disjoint customers merge to the same result in any grouping.
 *
 * <p>Anything this path does not read exactly as {@link CsvEventReader} does (gzip, quotes, a
 * bad row, a missing column, an empty file) makes it give up ({@code null}); the caller then
 * reads every file with the streaming readers, which report the places of bad rows.
 */
final class ParallelCsv {

    /** The fast path cannot read these files exactly: read them the streaming way. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();
    /** Bits of a packed event that hold the step (as {@link CustomerTrace} packs). */
    private static final int STEP_BITS = 20;
    private static final long STEP_MASK = (1L << STEP_BITS) - 1;
    /** Files smaller than this are read by one worker. */
    private static final long MIN_SPLIT = 1 << 22;
    /** Indexes into a worker's spans: the start of each column's field (its end at the index after), and the field count. */
    private static final int CASE = 0;
    private static final int TIME = 2;
    private static final int EVENT = 4;
    private static final int PERSONA = 6;
    private static final int FIELDS = 8;

    private final Replay replay;
    private final EventLogOptions options;
    private final int workersWanted;
    private final int bufferSize;
    /** Files at least this long are split between the workers. */
    private final long splitFrom;
    private int workerCount;

    /**
     * A read by {@code workers} threads, each file split between them (0: by the size of the files
     * and the processors, splitting files of 4 MB or more), with buffers of bufferSize bytes.
     */
    ParallelCsv(Replay replay, EventLogOptions options, int workers, int bufferSize) {
        this.replay = replay;
        this.options = options;
        this.workersWanted = workers;
        this.bufferSize = bufferSize;
        this.splitFrom = workers > 0 ? 0 : MIN_SPLIT;
    }

    /** The number of workers for a read of this many bytes on this machine. */
    static int workers(long bytes) {
        int cores = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        return (int) Math.max(1, Math.min(cores, bytes / MIN_SPLIT));
    }

    /** Events of one partition: two longs each in array[from, to). */
    private record Segment(long[] array, int from, int to) {
    }

    /** The lines of a file that start at from .. to - 1, for one worker to read. */
    private record Piece(Layout layout, long from, long to) {
    }

    /** Bytes of a piece of a large file: the workers take pieces as they go, so they end together. */
    private static final long PIECE = 1 << 24;

    /**
     * The files cut into pieces: a file too small to split is one, a larger one at least as many as
     * workers and of about {@link #PIECE} bytes, so that a worker slowed down (by the JIT compiler,
     * by other processes) reads fewer of them.
     */
    private List<Piece> pieces(List<Layout> layouts) {
        List<Piece> pieces = new ArrayList<>();
        for (Layout layout : layouts) {
            long data = layout.size() - layout.dataStart();
            int parts = layout.size() < splitFrom ? 1 : (int) Math.max(workerCount, Math.min(data / PIECE, 4096));
            for (int i = 0; i < parts; i++) {
                pieces.add(new Piece(layout, layout.dataStart() + data * i / parts, layout.dataStart() + data * (i + 1) / parts));
            }
        }
        return pieces;
    }

    /** The columns of one file, by index in its header. */
    private record Layout(Path file, long dataStart, long size, int fields, int caseColumn, int timeColumn,
                          int eventColumn, int personaColumn) {
    }

    /**
     * The observation of the files, or null when one of them is not for this path (then nothing
     * was counted anywhere).
     */
    ObservedJourney read(List<Path> files, List<String> names, EventLogs.Progress progress) {
        List<Layout> layouts = new ArrayList<>();
        long total = 0;
        for (Path file : files) {
            Layout layout = layout(file);
            if (layout == null) {
                return null;
            }
            layouts.add(layout);
            total += layout.size();
        }
        workerCount = workersWanted > 0 ? workersWanted : workers(total);
        AtomicLong bytes = new AtomicLong();
        AtomicLong rows = new AtomicLong();
        Worker[] workers = new Worker[workerCount];
        for (int w = 0; w < workerCount; w++) {
            workers[w] = new Worker(w, bytes, rows, w == 0 ? progress : null, total);
        }
        try {
            List<Piece> pieces = pieces(layouts);
            AtomicInteger nextPiece = new AtomicInteger();
            parallel(w -> workers[w].parse(pieces, nextPiece));
        } catch (GiveUp e) {
            return null;
        }
        return fold(workers, names, bytes.get(), rows.get(), progress);
    }

    /**
     * Folds the customers partition by partition (each partition's customers, of all workers, in
     * one pass that fits the caches), the partitions shared by the threads; the threads' summaries
     * are then merged.
     */
    private ObservedJourney fold(Worker[] workers, List<String> names, long bytesRead, long rowsRead,
                                 EventLogs.Progress progress) {
        List<String> personaNames = new ArrayList<>();
        short[][] personaOf = new short[workerCount][];
        for (int w = 0; w < workerCount; w++) {
            NameTable personas = workers[w].personas;
            personaOf[w] = new short[personas.size + 1];
            for (int i = 0; i < personas.size; i++) {
                String name = personas.name(i);
                int global = personaNames.indexOf(name);
                if (global < 0) {
                    global = personaNames.size();
                    personaNames.add(name);
                }
                personaOf[w][i + 1] = (short) (global + 1);
            }
        }
        String[] personaValues = personaNames.toArray(String[]::new);
        // one summary a thread, their distinct paths in one set of tables (no paths to merge after)
        ReplaySummary[] summaries = new ReplaySummary[workerCount];
        summaries[0] = replay.newSummary();
        for (int t = 1; t < workerCount; t++) {
            summaries[t] = summaries[0].sharingPaths();
        }
        AtomicInteger nextPartition = new AtomicInteger();
        parallel(t -> {
            Partition partition = new Partition(workers, personaOf, personaValues);
            for (int p = nextPartition.getAndIncrement(); p < PARTITIONS; p = nextPartition.getAndIncrement()) {
                partition.fold(p, summaries[t]);
            }
        });
        ReplaySummary summary = summaries[0];
        parallel(t -> {
            for (int w = 1; w < workerCount; w++) {
                summary.merge(summaries[w], t, workerCount);
            }
        });
        for (Worker worker : workers) {
            summary.countRows(worker.rows);
            for (int n = 0; n < worker.events.size; n++) {
                if (worker.events.code[n] < 0) {
                    summary.countUnbound(worker.events.name(n), worker.events.count[n]);
                }
            }
        }
        progress.progress(bytesRead, rowsRead);
        return replay.result(summary, names);
    }

    /**
     * The key of a case id: an id of 1 to 8 ASCII bytes, none of them 0, is its bytes, 7 bits each
     * (56 bits, the top bit 0); any other id is interned by its worker ({@link CaseTable}) and its
     * key is the top bit, the worker and the worker's number for it. Bits 56 to 62 hold the row's
     * persona value (the worker's index + 1, 0 for none) and are no part of the customer.
     */
    private static final long LONG_ID = 1L << 63;
    private static final int PERSONA_SHIFT = 56;
    private static final long PERSONA_BITS = 0x7FL << PERSONA_SHIFT;
    private static final int WORKER_SHIFT = 40;
    /** Customers are spread over 2^PARTITION_BITS partitions by a hash of their id. */
    private static final int PARTITION_BITS = 6;
    private static final int PARTITIONS = 1 << PARTITION_BITS;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** The partition of a short id's key (or of a long id's hash): the top bits of a multiplicative hash. */
    private static int partition(long key) {
        return (int) ((key * GOLDEN) >>> (64 - PARTITION_BITS));
    }

    /**
     * One thread's folding of partitions: the partition's events of every worker are numbered by
     * customer (an index by key small enough for the caches), grouped by customer (a counting
     * sort), and each customer folded. The arrays are kept from one partition to the next.
     */
    private final class Partition {
        final Worker[] workers;
        final short[][] personaOf;
        final String[] personaValues;
        /** Entry + 1 by slot (0: empty); the key and the customer of each entry (long ids: several keys, one customer). */
        int[] index = new int[1 << 10];
        long[] keyOf = new long[1 << 9];
        int[] customerAt = new int[1 << 9];
        int entries;
        int customers;
        int[] customerOf = new int[0];
        long[] packed = new long[0];
        short[] persona = new short[0];
        int[] start = new int[1];
        final java.util.Map<String, Integer> longIds = new java.util.HashMap<>();
        final CustomerTrace trace = new CustomerTrace();

        Partition(Worker[] workers, short[][] personaOf, String[] personaValues) {
            this.workers = workers;
            this.personaOf = personaOf;
            this.personaValues = personaValues;
        }

        void fold(int p, ReplaySummary summary) {
            int n = 0;
            for (Worker worker : workers) {
                for (Segment segment : worker.segments(p)) {
                    n += (segment.to() - segment.from()) / 2;
                }
            }
            if (n == 0) {
                return;
            }
            if (customerOf.length < n) {
                customerOf = new int[n];
                packed = new long[n];
            }
            int slots = Math.max(1 << 10, Integer.highestOneBit(Math.max(1, n / 4)) << 1);
            if (index.length != slots) {
                index = new int[slots];
            } else {
                Arrays.fill(index, 0);
            }
            customers = 0;
            entries = 0;
            longIds.clear();
            boolean personas = false;
            int e = 0;
            for (Worker worker : workers) {
                for (Segment segment : worker.segments(p)) {
                    personas |= number(segment, e);
                    e += (segment.to() - segment.from()) / 2;
                }
            }
            group(n);
            if (personas && persona.length < n) {
                persona = new short[n];
            }
            e = 0;
            for (int w = 0; w < workers.length; w++) {
                Worker worker = workers[w];
                for (Segment segment : worker.segments(p)) {
                    e = place(segment, e, personas ? personaOf[w] : null);
                }
                worker.release(p);
            }
            // start[c] is now where customer c + 1 starts
            int from = 0;
            for (int c = 0; c < customers; c++) {
                int to = start[c];
                foldCustomer(from, to, personas, summary);
                from = to;
            }
        }

        // Each loop of the fold is a method of its own: the JIT compiler compiles (and on a loop's
        // entry, compiles on stack) each alone, small, rather than the whole fold again for each.

        /** Numbers the customers of a segment's events into customerOf from e; whether any event has a persona value. */
        private boolean number(Segment segment, int e) {
            long[] chunk = segment.array();
            long any = 0;
            for (int i = segment.from(); i < segment.to(); i += 2) {
                long key = chunk[i];
                any |= key;
                customerOf[e++] = customer(key & ~PERSONA_BITS);
            }
            return (any & PERSONA_BITS) != 0;
        }

        /** Where each customer's events start in packed (start[c] for customer c), from the customers of the n events. */
        private void group(int n) {
            if (start.length < customers + 1) {
                start = new int[Math.max(customers + 1, start.length * 2)];
            }
            Arrays.fill(start, 0, customers + 1, 0);
            for (int i = 0; i < n; i++) {
                start[customerOf[i] + 1]++;
            }
            for (int c = 0; c < customers; c++) {
                start[c + 1] += start[c];
            }
        }

        /** Puts a segment's events (numbered from e) in their customers' places; the number after them. */
        private int place(Segment segment, int e, short[] personaOfWorker) {
            long[] chunk = segment.array();
            int k = e;
            for (int i = segment.from(); i < segment.to(); i += 2) {
                int at = start[customerOf[k++]]++;
                packed[at] = chunk[i + 1];
                if (personaOfWorker != null) {
                    persona[at] = personaOfWorker[(int) (chunk[i] >>> PERSONA_SHIFT) & 0x7F];
                }
            }
            return k;
        }

        /**
         * Folds the customer whose events are packed[from, to). A method of its own, called once a
         * customer: the JIT compiler compiles it as such, once, instead of compiling (and after a
         * deoptimization, recompiling) it within the loops of {@link #fold(int, ReplaySummary)}.
         */
        private void foldCustomer(int from, int to, boolean personas, ReplaySummary summary) {
            trace.clear();
            for (int i = from; i < to; i++) {
                long event = packed[i];
                trace.add(event >> STEP_BITS, (int) (event & STEP_MASK),
                        personas && persona[i] != 0 ? personaValues[persona[i] - 1] : null);
            }
            replay.fold(summary, trace);
        }

        /** The partition's number for the customer of a key (persona bits cleared). */
        private int customer(long key) {
            int mask = index.length - 1;
            for (int slot = (int) ((key * GOLDEN) >>> 32) & mask; ; slot = (slot + 1) & mask) {
                int entry = index[slot];
                if (entry == 0) {
                    return add(key, slot);
                }
                if (keyOf[entry - 1] == key) {
                    return customerAt[entry - 1];
                }
            }
        }

        /** Enters a key not seen before at an empty slot. */
        private int add(long key, int slot) {
            int c = customers;
            if (key < 0) {
                // an id of another form: the same bytes are one customer whichever worker read them
                CaseTable cases = workers[(int) (key >>> WORKER_SHIFT) & 0xFFFF].cases;
                int id = (int) (key & ((1L << WORKER_SHIFT) - 1));
                String text = new String(cases.arena, cases.start[id], cases.start[id + 1] - cases.start[id],
                        StandardCharsets.ISO_8859_1);
                c = longIds.computeIfAbsent(text, t -> customers);
            }
            if (c == customers) {
                customers++;
            }
            int entry = entries++;
            if (entry == keyOf.length) {
                keyOf = Arrays.copyOf(keyOf, entry * 2);
                customerAt = Arrays.copyOf(customerAt, entry * 2);
            }
            keyOf[entry] = key;
            customerAt[entry] = c;
            index[slot] = entry + 1;
            if (entries * 2 > index.length) {
                int[] bigger = new int[index.length * 2];
                int mask = bigger.length - 1;
                for (int k = 0; k < entries; k++) {
                    int s = (int) ((keyOf[k] * GOLDEN) >>> 32) & mask;
                    while (bigger[s] != 0) {
                        s = (s + 1) & mask;
                    }
                    bigger[s] = k + 1;
                }
                index = bigger;
            }
            return c;
        }
    }

    private interface Task {
        void run(int worker);
    }

    /** Runs the task for every worker, worker 0 on this thread; a worker's failure is thrown here. */
    private void parallel(Task task) {
        Thread[] threads = new Thread[workerCount];
        Throwable[] failed = new Throwable[workerCount];
        for (int w = 1; w < workerCount; w++) {
            int worker = w;
            threads[w] = new Thread(() -> {
                try {
                    task.run(worker);
                } catch (Throwable t) { // NOPMD: handed to the calling thread
                    failed[worker] = t;
                }
            }, "journey-csv-" + w);
            threads[w].start();
        }
        try {
            task.run(0);
        } catch (Throwable t) { // NOPMD: joined with the others first
            failed[0] = t;
        }
        for (int w = 1; w < workerCount; w++) {
            boolean interrupted = false;
            while (true) {
                try {
                    threads[w].join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        for (Throwable t : failed) {
            if (t instanceof GiveUp g) {
                throw g;
            }
        }
        for (Throwable t : failed) {
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }
    }

    /** The header of a file for this path, or null (not a plain regular CSV file, or no usable header). */
    private Layout layout(Path file) {
        EventFormat format = options.format().or(() -> EventFormat.ofFileName(file.toString())).orElse(null);
        if (format != EventFormat.CSV || !Files.isRegularFile(file)) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] head = new byte[(int) Math.min(size, 1 << 16)];
            ByteBuffer buffer = ByteBuffer.wrap(head);
            while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
                // read the start of the file
            }
            int from = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb
                    && (head[2] & 0xff) == 0xbf ? 3 : 0;
            if (buffer.position() < head.length || (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b)) {
                return null;
            }
            int end = from;
            while (end < head.length && head[end] != '\n') {
                end++;
            }
            if (end == head.length && head.length < size) {
                return null; // a header longer than 64 KB
            }
            int lineEnd = end > from && head[end - 1] == '\r' ? end - 1 : end;
            List<String> columns = new ArrayList<>();
            int start = from;
            for (int i = from; i <= lineEnd; i++) {
                if (i == lineEnd || head[i] == ',') {
                    columns.add(new String(head, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                } else if (head[i] == '"' || head[i] == '\r') {
                    return null;
                }
            }
            if (lineEnd == from) {
                return null; // a blank first line: the streaming reader takes the next one as the header
            }
            int persona = options.personaColumn().map(columns::indexOf).orElse(-2);
            Layout layout = new Layout(file, Math.min(end + 1, size), size, columns.size(), columns.indexOf(options.caseColumn()),
                    columns.indexOf(options.timeColumn()), columns.indexOf(options.eventColumn()), Math.max(-1, persona));
            return layout.caseColumn() < 0 || layout.timeColumn() < 0 || layout.eventColumn() < 0 || persona == -1
                    ? null : layout;
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /** One thread's part: its ranges of the files, parsed into columns. */
    private final class Worker {

        final int index;
        final AtomicLong bytes;
        final AtomicLong rowsRead;
        final EventLogs.Progress progress;
        final long total;
        /** The case ids of other forms than 8 ASCII bytes, by this worker's number (see {@link #LONG_ID}). */
        final CaseTable cases = new CaseTable();
        final NameTable events = new NameTable();
        final NameTable personas = new NameTable();
        final EventTimes.DayCache times = new EventTimes.DayCache();
        long rows;
        long rowsReported;
        /**
         * The bound events by partition, two longs each: the case key (with the persona bits) and
         * the packed time and step. Partition p's events are in its segments (array, from, to),
         * then in current[p] from first[p] to next[p] (before end[p]). The first segments are
         * slices of one large array sized from the events expected (an array the collector never
         * copies), later ones arrays of their own: no array is copied as it grows.
         */
        final long[][] current = new long[PARTITIONS][];
        final int[] first = new int[PARTITIONS];
        final int[] next = new int[PARTITIONS];
        final int[] end = new int[PARTITIONS];
        @SuppressWarnings("unchecked")
        final List<Segment>[] segments = new List[PARTITIONS];
        /** The longs of a partition's next array of its own. */
        int laterChunk = 1024;

        /** The bytes of the file being read, kept from one piece to the next (grown for a longer line). */
        byte[] buffer;
        /** The line {@link #fields} read last: start and end of the case, time, event and persona fields, and how many fields. */
        final int[] spans = new int[9];
        /** By field of the file being read: the index in {@link #spans} of its start (case, time, event, persona), or -1. */
        int[] spanOf;

        Worker(int index, AtomicLong bytes, AtomicLong rowsRead, EventLogs.Progress progress, long total) {
            this.index = index;
            this.bytes = bytes;
            this.rowsRead = rowsRead;
            this.progress = progress;
            this.total = total;
            this.buffer = new byte[bufferSize];
        }

        /** Reads pieces, the next one not taken each time, until none is left. */
        void parse(List<Piece> pieces, AtomicInteger next) {
            try {
                for (int k = next.getAndIncrement(); k < pieces.size(); k = next.getAndIncrement()) {
                    Piece piece = pieces.get(k);
                    range(piece.layout(), piece.from(), piece.to());
                }
            } catch (IOException e) {
                throw GIVE_UP;
            }
            report();
        }

        /** The lines of the file that start at from .. to - 1 (a line starts at dataStart or after a newline). */
        private void range(Layout layout, long from, long to) throws IOException {
            int[] columns = {layout.caseColumn(), layout.timeColumn(), layout.eventColumn(), layout.personaColumn()};
            spanOf = new int[layout.fields()];
            Arrays.fill(spanOf, -1);
            for (int k = 0; k < columns.length; k++) {
                if (columns[k] >= 0) {
                    spanOf[columns[k]] = 2 * k;
                }
            }
            long end = layout.size();
            try (FileChannel channel = FileChannel.open(layout.file(), StandardOpenOption.READ)) {
                byte[] buf = buffer;
                long pos = from; // the file position of buf[0]
                int length; // bytes in buf
                int at = 0; // where the next line starts in buf
                if (from > layout.dataStart()) {
                    // the first line that starts at or after from: after the first newline at from - 1 or later
                    pos = from - 1;
                    while (true) {
                        length = fill(channel, buf, 0, pos, end);
                        if (length == 0) {
                            return;
                        }
                        int nl = newline(buf, 0, length);
                        if (nl >= 0) {
                            at = nl + 1;
                            break;
                        }
                        pos += length;
                    }
                } else {
                    length = fill(channel, buf, 0, pos, end);
                }
                reserve(to - (pos + at), buf, at, length);
                long reported = from;
                boolean eof = pos + length >= end;
                while (pos + at < to) {
                    int nl = line(layout, buf, at, length, eof);
                    if (nl >= 0) {
                        at = nl + 1;
                        if (at >= length && eof) {
                            break;
                        }
                        continue;
                    }
                    // the line goes on past the buffer: move it to the front and read on
                    int rest = length - at;
                    if (rest == buf.length) {
                        buf = Arrays.copyOf(buf, buf.length * 2);
                        buffer = buf;
                    }
                    System.arraycopy(buf, at, buf, 0, rest);
                    pos += at;
                    at = 0;
                    int n = fill(channel, buf, rest, pos + rest, end);
                    length = rest + n;
                    eof = n == 0 || pos + length >= end; // n == 0: the file shrank while read
                    if (pos > reported) {
                        bytes.addAndGet(pos - reported);
                        reported = pos;
                        report();
                    }
                }
                bytes.addAndGet(Math.max(0, to - reported));
            }
        }

        /** Sizes the partitions' room for the events of the next bytes of a file, estimated from the lines in buf[at, length). */
        private void reserve(long bytes, byte[] buf, int at, int length) {
            int lines = 0;
            for (int i = at; i < length; i++) {
                if (buf[i] == '\n') {
                    lines++;
                }
            }
            if (lines == 0 || length - at >= bytes) {
                return;
            }
            long slice = 2 * (bytes * lines / (length - at) / PARTITIONS * 11 / 10 + 16);
            if (slice * PARTITIONS >= Integer.MAX_VALUE - 16) {
                return;
            }
            long[] block = new long[(int) slice * PARTITIONS];
            for (int p = 0; p < PARTITIONS; p++) {
                retire(p);
                current[p] = block;
                first[p] = (int) slice * p;
                next[p] = first[p];
                end[p] = first[p] + (int) slice;
            }
            laterChunk = (int) Math.max(1024, slice / 8 & ~1L);
        }

        /** Adds one event to partition p. */
        private void add(int p, long key, long event) {
            int n = next[p];
            if (n == end[p]) {
                retire(p);
                current[p] = new long[laterChunk];
                first[p] = 0;
                end[p] = laterChunk;
                n = 0;
            }
            long[] c = current[p];
            c[n] = key;
            c[n + 1] = event;
            next[p] = n + 2;
        }

        /** Keeps the events of partition p's current array in its segments. */
        private void retire(int p) {
            if (current[p] != null && next[p] > first[p]) {
                if (segments[p] == null) {
                    segments[p] = new ArrayList<>();
                }
                segments[p].add(new Segment(current[p], first[p], next[p]));
            }
            current[p] = null;
            first[p] = 0;
            next[p] = 0;
            end[p] = 0;
        }

        /** Partition p's events (to be folded: no event is added after). */
        List<Segment> segments(int p) {
            retire(p);
            return segments[p] == null ? List.of() : segments[p];
        }

        /** Lets the collector have partition p's arrays (folded). */
        void release(int p) {
            segments[p] = null;
        }

        private void report() {
            rowsRead.addAndGet(rows - rowsReported);
            rowsReported = rows;
            if (progress != null) {
                progress.progress(Math.min(bytes.get(), total), rowsRead.get());
            }
        }

        private static int newline(byte[] buf, int from, int to) {
            for (int i = from; i < to; i++) {
                if (buf[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        /** Reads into buf from off at file position pos until buf is full or at end; the bytes read. */
        private static int fill(FileChannel channel, byte[] buf, int off, long pos, long end) throws IOException {
            ByteBuffer b = ByteBuffer.wrap(buf, off, (int) Math.min(buf.length - off, Math.max(0, end - pos)));
            int n = 0;
            while (b.hasRemaining()) {
                int r = channel.read(b, pos + n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            return n;
        }

        /**
         * Reads the line that starts at buf[from]: its fields up to its line end ({@code \n} or
         * {@code \r\n}, or limit when eof), and the row they make. Returns where the line end's last
         * byte is (limit when the file ends there), or -1 when the line does not end before limit.
         */
        private int line(Layout layout, byte[] buf, int from, int limit, boolean eof) {
            int nl = fields(layout, buf, from, limit, eof);
            if (nl >= 0 && spans[FIELDS] > 0) {
                row(layout, buf);
            }
            return nl;
        }

        /**
         * Finds the fields of the line at buf[from] and keeps the spans of the four columns in
         * {@link #spans} (FIELDS: how many fields, 0 for a blank line). Returns as {@link #line} does.
         */
        private int fields(Layout layout, byte[] buf, int from, int limit, boolean eof) {
            int[] at = spans;
            int field = 0;
            int fieldStart = from;
            int i = from;
            while (true) {
                i = CsvBytes.special(buf, i, limit);
                byte c;
                if (i < limit) {
                    c = buf[i];
                } else if (eof) {
                    c = '\n';
                } else {
                    return -1;
                }
                if (c == '"') {
                    throw GIVE_UP;
                }
                if (field < spanOf.length && spanOf[field] >= 0) {
                    at[spanOf[field]] = fieldStart;
                    at[spanOf[field] + 1] = i;
                }
                field++;
                fieldStart = i + 1;
                if (c == '\n') {
                    at[FIELDS] = i == from ? 0 : field; // a blank line is no row
                    return i;
                }
                if (c == '\r') {
                    at[FIELDS] = i == from ? 0 : field;
                    if (i + 1 < limit) {
                        if (buf[i + 1] != '\n') {
                            throw GIVE_UP; // a lone carriage return ends a record there
                        }
                        return i + 1;
                    }
                    return eof ? i : -1;
                }
                i++;
            }
        }

        /** Adds the row whose column spans {@link #fields} found. */
        private void row(Layout layout, byte[] buf) {
            int[] at = spans;
            if (at[FIELDS] != layout.fields() || at[CASE + 1] == at[CASE] || at[EVENT + 1] == at[EVENT]) {
                throw GIVE_UP;
            }
            long millis = times.parse(buf, at[TIME], at[TIME + 1]);
            if (millis == EventTimes.INVALID || millis < CustomerTrace.MIN_MILLIS || millis > CustomerTrace.MAX_MILLIS) {
                throw GIVE_UP;
            }
            rows++;
            int name = events.intern(buf, at[EVENT], at[EVENT + 1]);
            int step = events.code[name];
            if (step == Integer.MIN_VALUE) {
                step = replay.step(events.name(name));
                events.code[name] = step;
            }
            if (step < 0) {
                events.count[name]++;
                return;
            }
            long key;
            int p;
            int from = at[CASE];
            int length = at[CASE + 1] - from;
            long word = length <= 8 ? CsvBytes.shortId(buf, from, length) : -1;
            if (word >= 0) {
                key = word;
                p = partition(word);
            } else {
                int c = cases.intern(buf, from, at[CASE + 1]);
                key = LONG_ID | (long) index << WORKER_SHIFT | c;
                p = partition(cases.hash[c]);
            }
            if (layout.personaColumn() >= 0 && at[PERSONA + 1] > at[PERSONA]) {
                int persona = personas.intern(buf, at[PERSONA], at[PERSONA + 1]);
                if (persona >= 0x7F) {
                    throw GIVE_UP;
                }
                key |= (long) (persona + 1) << PERSONA_SHIFT;
            }
            add(p, key, millis << STEP_BITS | step);
        }
    }
}
