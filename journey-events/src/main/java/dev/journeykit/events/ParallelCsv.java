package dev.journeykit.events;

import dev.journeykit.core.internal.HashIndex;
import dev.journeykit.core.observe.CustomerTrace;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.Replay;
import dev.journeykit.core.observe.ReplaySummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fast path of {@link EventLogs#read} for plain CSV files: uncompressed regular files whose
 * rows hold no quotes, no lone carriage returns and no bad row. Each file is split at line
 * starts into one range per worker thread; a worker parses its ranges from the bytes (no string
 * per field: case ids are interned by their bytes, event names and persona values through small
 * tables) into columns of 8 bytes an event (time and step packed as {@link CustomerTrace} packs
 * them), 4 for the customer and, with a persona column, 2 for the persona. The workers' customers
 * are then joined by their case bytes, each worker's events grouped by customer in place, and the
 * customers folded by the same {@link Replay#fold} the streaming path uses, in ranges folded in
 * parallel into summaries that are merged. Which rows a worker reads changes nothing: the fold
 * orders each customer's events by time and step, and summaries of disjoint customers merge to
 * the same result in any grouping.
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
            parallel(w -> workers[w].parse(layouts));
        } catch (GiveUp e) {
            return null;
        }
        // customers of all workers: worker 0's table becomes the whole one, the others' events
        // are renumbered to it; then each worker groups its events by customer
        CaseTable all = workers[0].cases;
        for (int w = 1; w < workerCount; w++) {
            CaseTable cases = workers[w].cases;
            int[] global = new int[cases.size];
            for (int c = 0; c < cases.size; c++) {
                global[c] = all.intern(cases.arena, cases.start[c], cases.start[c + 1]);
            }
            workers[w].renumber = global;
            workers[w].cases = null;
        }
        int customers = all.size;
        parallel(w -> workers[w].group(customers));
        ReplaySummary[] summaries = new ReplaySummary[workerCount];
        parallel(w -> {
            ReplaySummary summary = replay.newSummary();
            int from = (int) ((long) customers * w / workerCount);
            int to = (int) ((long) customers * (w + 1) / workerCount);
            CustomerTrace trace = new CustomerTrace();
            for (int g = from; g < to; g++) {
                trace.clear();
                for (Worker worker : workers) {
                    worker.addTo(trace, g);
                }
                replay.fold(summary, trace);
            }
            summaries[w] = summary;
        });
        ReplaySummary summary = summaries[0];
        for (int w = 1; w < workerCount; w++) {
            summary.merge(summaries[w]);
        }
        for (Worker worker : workers) {
            for (long r = 0; r < worker.rows; r++) {
                summary.countRow();
            }
            for (int n = 0; n < worker.events.size; n++) {
                int step = worker.events.code[n];
                if (step < 0) {
                    String name = worker.events.name(n);
                    for (long r = 0; r < worker.events.count[n]; r++) {
                        summary.countUnbound(name);
                    }
                }
            }
        }
        progress.progress(bytes.get(), rows.get());
        return replay.result(summary, names);
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
        CaseTable cases = new CaseTable();
        final NameTable events = new NameTable();
        final NameTable personas = new NameTable();
        final EventTimes.DayCache times = new EventTimes.DayCache();
        String[] personaNames;
        long rows;
        long rowsReported;
        // the events: customer, packed time and step, persona (0: none, else index + 1)
        int size;
        int[] customer = new int[1024];
        long[] packed = new long[1024];
        short[] persona;
        /** After grouping: the events of customer c (of all workers) are at start[c] .. start[c + 1] - 1. */
        int[] start;
        /** For workers but the first: the customer numbers of all workers, by this worker's. */
        int[] renumber;
        /** The line {@link #fields} read last: start and end of the case, time, event and persona fields, and how many fields. */
        final int[] spans = new int[9];
        /** The case, time, event and persona columns (-1: none) of the file being read, in the order of the spans. */
        int[] columns;

        Worker(int index, AtomicLong bytes, AtomicLong rowsRead, EventLogs.Progress progress, long total) {
            this.index = index;
            this.bytes = bytes;
            this.rowsRead = rowsRead;
            this.progress = progress;
            this.total = total;
        }

        void parse(List<Layout> layouts) {
            try {
                for (Layout layout : layouts) {
                    long data = layout.size() - layout.dataStart();
                    int parts = layout.size() < splitFrom ? 1 : workerCount;
                    if (index < parts) {
                        long from = layout.dataStart() + data * index / parts;
                        long to = layout.dataStart() + data * (index + 1) / parts;
                        range(layout, from, to);
                    }
                }
            } catch (IOException e) {
                throw GIVE_UP;
            }
            report();
            personaNames = new String[personas.size];
            for (int i = 0; i < personas.size; i++) {
                personaNames[i] = personas.name(i);
            }
        }

        /** The lines of the file that start at from .. to - 1 (a line starts at dataStart or after a newline). */
        private void range(Layout layout, long from, long to) throws IOException {
            columns = new int[] {layout.caseColumn(), layout.timeColumn(), layout.eventColumn(), layout.personaColumn()};
            if (layout.personaColumn() >= 0 && persona == null) {
                persona = new short[customer.length];
            }
            long end = layout.size();
            try (FileChannel channel = FileChannel.open(layout.file(), StandardOpenOption.READ)) {
                byte[] buf = new byte[bufferSize];
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

        /** Makes room for the events of the next bytes of a file, estimated from the lines in buf[at, length). */
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
            long wanted = size + bytes * lines / (length - at) * 21 / 20 + 16;
            if (wanted > packed.length && wanted < Integer.MAX_VALUE - 16) {
                resize((int) wanted);
            }
        }

        private void resize(int n) {
            packed = Arrays.copyOf(packed, n);
            customer = Arrays.copyOf(customer, n);
            if (persona != null) {
                persona = Arrays.copyOf(persona, n);
            }
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
                for (int k = 0; k < columns.length; k++) {
                    if (field == columns[k]) {
                        at[2 * k] = fieldStart;
                        at[2 * k + 1] = i;
                    }
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
            if (size == packed.length) {
                resize(size + (size >> 2) + 16);
            }
            customer[size] = cases.intern(buf, at[CASE], at[CASE + 1]);
            packed[size] = millis << STEP_BITS | step;
            if (persona != null) {
                if (layout.personaColumn() >= 0 && at[PERSONA + 1] > at[PERSONA]) {
                    int p = personas.intern(buf, at[PERSONA], at[PERSONA + 1]);
                    if (p >= Short.MAX_VALUE) {
                        throw GIVE_UP;
                    }
                    persona[size] = (short) (p + 1);
                } else {
                    persona[size] = 0;
                }
            }
            size++;
        }

        /**
         * Groups the events by customer (numbered over all workers) in place: an in-place radix sort by customer, first by the
         * customer's high bits into at most 1024 groups (streams that caches follow), then within
         * each group (a few thousand customers, that fit a cache) by customer. O(events).
         */
        void group(int customers) {
            if (renumber != null) {
                for (int i = 0; i < size; i++) {
                    customer[i] = renumber[customer[i]];
                }
                renumber = null;
            }
            start = new int[customers + 1];
            for (int i = 0; i < size; i++) {
                start[customer[i] + 1]++;
            }
            for (int c = 0; c < customers; c++) {
                start[c + 1] += start[c];
            }
            int shift = Math.max(0, 32 - Integer.numberOfLeadingZeros(customers) - 10);
            int groups = customers == 0 ? 0 : ((customers - 1) >>> shift) + 1;
            int[] groupStart = new int[groups + 1];
            for (int g = 0; g < groups; g++) {
                groupStart[g] = start[g << shift];
            }
            groupStart[groups] = size;
            cycle(0, groups, groupStart, shift);
            if (shift > 0) {
                cycle(0, customers, start, 0);
            }
            customer = null;
        }

        /** Moves every event of key k (customer >>> shift) to bounds[k] .. bounds[k + 1] - 1, for keys from .. to - 1. */
        private void cycle(int from, int to, int[] bounds, int shift) {
            int[] next = Arrays.copyOf(bounds, to);
            for (int k = from; k < to; k++) {
                int end = bounds[k + 1];
                while (next[k] < end) {
                    int i = next[k];
                    int target = customer[i] >>> shift;
                    if (target == k) {
                        next[k]++;
                    } else {
                        int j = next[target]++;
                        int c = customer[i];
                        customer[i] = customer[j];
                        customer[j] = c;
                        long p = packed[i];
                        packed[i] = packed[j];
                        packed[j] = p;
                        if (persona != null) {
                            short s = persona[i];
                            persona[i] = persona[j];
                            persona[j] = s;
                        }
                    }
                }
            }
        }

        /** Adds the events of local customer c to the trace. */
        void addTo(CustomerTrace trace, int c) {
            for (int i = start[c]; i < start[c + 1]; i++) {
                long p = packed[i];
                String value = persona == null || persona[i] == 0 ? null : personaNames[persona[i] - 1];
                trace.add(p >> STEP_BITS, (int) (p & STEP_MASK), value);
            }
        }
    }
}
