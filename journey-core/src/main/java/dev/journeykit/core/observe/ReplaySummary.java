package dev.journeykit.core.observe;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;

/**
 * A partial result of a replay: the counts of the rows and customers folded into it so far.
 * Made by {@link Replay#newSummary()}, fed by {@link Replay#fold}, {@link #countRow()},
 * {@link #countUnbound(String)} and {@link #countSkipped()}; summaries of disjoint sets of
 * customers (partitions, files, threads) combine with {@link #merge(ReplaySummary)} in any order
 * and grouping to the same result. Each customer must be folded exactly once, into one summary.
 * Memory: O(customers' distinct variants + distinct transitions + distinct unbound names).
 * Not thread-safe; serializable, for distributed engines.
 */
public final class ReplaySummary implements Serializable {

    private static final long serialVersionUID = 1L;

    long rows;
    long unbound;
    long skipped;
    long unknownPersona;
    long personaConflicts;
    long personaCustomers;
    final HashMap<String, long[]> unboundNames = new HashMap<>();
    final Part overall;
    final Part[] personas;

    ReplaySummary(int steps, int stages, int personaCount) {
        overall = new Part(steps, stages, null);
        personas = new Part[personaCount];
        for (int i = 0; i < personaCount; i++) {
            personas[i] = new Part(steps, stages, null);
        }
    }

    private ReplaySummary(ReplaySummary sharing) {
        int steps = sharing.overall.stepEvents.length;
        int stages = sharing.overall.furthest.length;
        overall = new Part(steps, stages, sharing.overall.variants);
        personas = new Part[sharing.personas.length];
        for (int i = 0; i < personas.length; i++) {
            personas[i] = new Part(steps, stages, sharing.personas[i].variants);
        }
    }

    /**
     * A new empty summary of the same map that keeps its customers' distinct paths in this
     * summary's tables (each distinct path once, whichever of them counted it): the two may be fed
     * at the same time on two threads, each summary by one thread, and {@link #merge} of one into
     * the other adds everything but the paths, which are there already. Any number of summaries
     * may share one's tables. For a fold on several threads of one process (a distributed engine
     * serializes its summaries: they share nothing there).
     */
    public ReplaySummary sharingPaths() {
        return new ReplaySummary(this);
    }

    /** Counts one data row read (bound, unbound or skipped alike). */
    public void countRow() {
        rows++;
    }

    /**
     * Counts {@code n} data rows read, as n calls of {@link #countRow()} would.
     *
     * @throws IllegalArgumentException when n is negative
     */
    public void countRows(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("a count of rows cannot be negative: " + n);
        }
        rows += n;
    }

    /** Counts one row whose event name binds to no step. */
    public void countUnbound(String eventName) {
        countUnbound(eventName, 1);
    }

    /**
     * Counts {@code n} rows whose event name binds to no step, as n calls of
     * {@link #countUnbound(String)} would (none when n is 0).
     *
     * @throws IllegalArgumentException when n is negative
     */
    public void countUnbound(String eventName, long n) {
        if (n < 0) {
            throw new IllegalArgumentException("a count of rows cannot be negative: " + n);
        }
        if (n > 0) {
            unbound += n;
            unboundNames.computeIfAbsent(eventName, k -> new long[1])[0] += n;
        }
    }

    /** Counts one bad row left out (with {@code --skip-bad-rows}). */
    public void countSkipped() {
        skipped++;
    }

    public long rows() {
        return rows;
    }

    /** The events bound to a step and folded so far. */
    public long events() {
        return overall.events;
    }

    public long unbound() {
        return unbound;
    }

    public long skipped() {
        return skipped;
    }

    /** Adds everything {@code other} counted (other customers); other is left as it was. */
    public void merge(ReplaySummary other) {
        merge(other, 0, 1);
    }

    /**
     * One of {@code parts} parts of {@link #merge(ReplaySummary)}, for a merge on several threads:
     * calling it once for each part 0..parts-1, in any order, on different threads at the same
     * time (and nothing else with these summaries meanwhile), is {@code merge(other)}. Each part
     * adds some of the distinct paths and the counts of some of the populations (all customers,
     * each persona's); part 0 also the counts of rows.
     *
     * @throws IllegalArgumentException when the summaries are of different maps, or part is not in 0..parts-1
     */
    public void merge(ReplaySummary other, int part, int parts) {
        if (other.personas.length != personas.length || other.overall.stepEvents.length != overall.stepEvents.length) {
            throw new IllegalArgumentException("summaries of different maps cannot be merged");
        }
        if (part < 0 || part >= parts) {
            throw new IllegalArgumentException("part " + part + " is not within 0.." + (parts - 1));
        }
        overall.flushVariants();
        other.overall.flushVariants();
        for (int i = 0; i < personas.length; i++) {
            personas[i].flushVariants();
            other.personas[i].flushVariants();
        }
        overall.mergeVariants(other.overall, part, parts);
        for (int i = 0; i < personas.length; i++) {
            personas[i].mergeVariants(other.personas[i], part, parts);
        }
        // the counts of each population (histograms of every transition) on one of the parts, in turn
        for (int i = -1; i < personas.length; i++) {
            if ((i + 1) % parts == part) {
                (i < 0 ? overall : personas[i]).mergeCounts(i < 0 ? other.overall : other.personas[i]);
            }
        }
        if (part > 0) {
            return;
        }
        rows += other.rows;
        unbound += other.unbound;
        skipped += other.skipped;
        unknownPersona += other.unknownPersona;
        personaConflicts += other.personaConflicts;
        personaCustomers += other.personaCustomers;
        other.unboundNames.forEach((name, n) -> unboundNames.computeIfAbsent(name, k -> new long[1])[0] += n[0]);
    }

    /** The figures of one population of customers (all, or one persona's). */
    static final class Part implements Serializable {

        private static final long serialVersionUID = 1L;

        long customers;
        long events;
        final long[] stepEvents;
        final long[] stepCustomers;
        final long[] furthest;
        final long[] repeat;
        long nonLinear;
        long revisits;
        long transitions;
        long designedTransitions;
        // Transitions: an open-addressing index from (from * steps + to) to a slot.
        long[] keys = new long[64];
        int[] slotOf = new int[64];
        int slots;
        long[] slotCount = new long[16];
        long[] slotCustomers = new long[16];
        boolean[] slotDesigned = new boolean[16];
        LogHistogram[] slotTimes = new LogHistogram[16];
        /**
         * The distinct paths, in {@value #VARIANT_SHARDS} tables by the low bits of their hash:
         * the merge of two summaries' paths can run on as many threads.
         */
        final VariantTable[] variants;
        /**
         * For maps of at most {@value #DIRECT_STEPS} steps, slot + 1 by transition key (0: none),
         * beside the hash index: one array read a transition. Rebuilt from the keys when needed.
         */
        transient int[] direct;
        // Distinct customers per step and per slot: the serial of the last customer counted.
        transient int serial;
        transient int[] stepLast;
        transient int[] slotLast;
        /**
         * Times not yet in their slot's histogram: slot << 44 | milliseconds. A histogram of a
         * large summary is a few cache misses away (its object, its counts); gathered and then
         * added slot by slot, the values of one slot find its histogram in the cache. Added to the
         * histograms before anything reads them ({@link #flushTimes()}).
         */
        transient long[] pending;
        transient long[] pendingBySlot;
        transient int pendingSize;
        /** A customer's path, kept from one customer to the next. */
        transient int[] path;
        /** A customer's contacts per stage (all 0 between customers), kept from one customer to the next. */
        transient int[] contactsInStage;

        /** A population's figures; its paths in the tables of {@code sharedVariants} when not null, else its own. */
        Part(int steps, int stages, VariantTable[] sharedVariants) {
            stepEvents = new long[steps];
            stepCustomers = new long[steps];
            furthest = new long[stages];
            repeat = new long[stages];
            if (sharedVariants != null) {
                variants = sharedVariants;
            } else {
                variants = new VariantTable[VARIANT_SHARDS];
                for (int i = 0; i < VARIANT_SHARDS; i++) {
                    variants[i] = new VariantTable();
                }
            }
            Arrays.fill(keys, -1);
        }

        private static final int DIRECT_STEPS = 1024;

        private int[] direct() {
            int steps = stepEvents.length;
            if (direct == null && steps <= DIRECT_STEPS) {
                direct = new int[Math.max(1, steps * steps)];
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] != -1) {
                        direct[(int) keys[i]] = slotOf[i] + 1;
                    }
                }
            }
            return direct;
        }

        private static final int SHARD_BITS = 3;
        static final int VARIANT_SHARDS = 1 << SHARD_BITS;

        /**
         * Paths not yet in their tables (added in batches ordered by hash, see
         * {@link #flushVariants()}): their steps end to end, where each ends, and per path its
         * hash rotated so that the shard is in the top bits, above the path's number.
         */
        transient int[] pendingSteps;
        transient int[] pendingEnd;
        transient long[] pendingPaths;
        transient int pendingPathCount;
        private static final int PENDING_PATHS = 1 << 16;
        private static final int PENDING_STEPS = 1 << 20;

        /** Counts one customer more for the path in p[0, n), maybe later. */
        void addVariant(int[] p, int n) {
            int h = VariantTable.hash(p, 0, n);
            if (n > PENDING_STEPS / 8) {
                VariantTable table = variants[h & (VARIANT_SHARDS - 1)];
                synchronized (table) {
                    table.add(p, 0, n, h, 1);
                }
                return;
            }
            int k = pendingPathCount;
            int at = k == 0 ? 0 : pendingEnd[k - 1];
            if (pendingSteps == null || at + n > pendingSteps.length || k == pendingEnd.length) {
                k = growPending(at + n);
                at = k == 0 ? 0 : pendingEnd[k - 1];
            }
            System.arraycopy(p, 0, pendingSteps, at, n);
            pendingEnd[k] = at + n;
            pendingPaths[k] = Integer.toUnsignedLong(Integer.rotateRight(h, SHARD_BITS)) << 32 | k;
            pendingPathCount = k + 1;
        }

        /** Makes room for more pending paths (up to a bound, then flushes them); the pending count after. */
        private int growPending(int steps) {
            if (pendingSteps == null) {
                pendingSteps = new int[1 << 10];
                pendingEnd = new int[1 << 6];
                pendingPaths = new long[1 << 6];
            }
            if (steps > pendingSteps.length && pendingSteps.length < PENDING_STEPS) {
                pendingSteps = Arrays.copyOf(pendingSteps, Math.min(PENDING_STEPS, Math.max(steps, pendingSteps.length * 2)));
            }
            if (steps > pendingSteps.length) {
                flushVariants();
            }
            if (pendingPathCount == pendingEnd.length) {
                if (pendingEnd.length < PENDING_PATHS) {
                    pendingEnd = Arrays.copyOf(pendingEnd, pendingEnd.length * 2);
                    pendingPaths = Arrays.copyOf(pendingPaths, pendingPaths.length * 2);
                } else {
                    flushVariants();
                }
            }
            return pendingPathCount;
        }

        /**
         * Adds the pending paths to their tables in the order of their shards and hashes (a radix
         * sort by the top 24 bits of the rotated hash): a table's first slot of a path is the top
         * bits of its hash, so the batch probes each table from its start to its end, which caches
         * follow, instead of one cache miss a customer. Safe to call from several threads at once
         * (a merge on several threads flushes both summaries first).
         */
        synchronized void flushVariants() {
            int n = pendingPathCount;
            if (n == 0) {
                return;
            }
            addPendingPaths(sortByBits(pendingPaths, new long[n], n, 40, 64), n);
            pendingPathCount = 0;
        }

        /**
         * Adds the n pending paths, in the order of sorted (their keys: a run of paths a shard), to
         * their tables, each run holding its table's lock (tables may be shared, see
         * {@link ReplaySummary#sharingPaths()}).
         */
        private void addPendingPaths(long[] sorted, int n) {
            for (int i = 0; i < n; ) {
                int shard = Integer.rotateLeft((int) (sorted[i] >>> 32), SHARD_BITS) & (VARIANT_SHARDS - 1);
                VariantTable table = variants[shard];
                synchronized (table) {
                    i = addRun(table, shard, sorted, i, n);
                }
            }
        }

        /** Adds the paths of sorted[i, n) of one shard to its table; where the next shard's start. */
        private int addRun(VariantTable table, int shard, long[] sorted, int i, int n) {
            for (; i < n; i++) {
                long v = sorted[i];
                int h = Integer.rotateLeft((int) (v >>> 32), SHARD_BITS);
                if ((h & (VARIANT_SHARDS - 1)) != shard) {
                    break;
                }
                int k = (int) v;
                table.add(pendingSteps, k == 0 ? 0 : pendingEnd[k - 1], pendingEnd[k], h, 1);
            }
            return i;
        }

        private static final int PENDING = 1 << 18;
        private static final int TIME_BITS = 44;

        /** Adds a time between two events (0 to 2^44 - 1 milliseconds) to slot's histogram, maybe later. */
        void time(int slot, long millis) {
            if (slot >= 1 << (64 - TIME_BITS)) {
                slotTimes[slot].add(millis);
                return;
            }
            if (pending == null) {
                pending = new long[1 << 10];
            } else if (pendingSize == pending.length) {
                pending = Arrays.copyOf(pending, pending.length * 2); // up to PENDING: a summary of few times keeps few
            }
            pending[pendingSize++] = (long) slot << TIME_BITS | millis;
            if (pendingSize == PENDING) {
                flushTimes();
            }
        }

        /**
         * Adds the pending times to their histograms, grouped by slot: a radix sort by slot, 8 bits
         * a pass (a pass writes to 256 places at a time, which caches follow).
         */
        void flushTimes() {
            int n = pendingSize;
            if (n == 0) {
                return;
            }
            long[] sorted = pendingBySlot(n);
            long mask = (1L << TIME_BITS) - 1;
            for (int i = 0; i < n; ) {
                i = addRun(sorted, i, n, mask);
            }
            pendingSize = 0;
        }

        /**
         * The n pending times ordered by slot. Each loop of the flush is a method of its own, so
         * that the JIT compiler compiles (and on a loop's entry, compiles on stack) each alone.
         */
        private long[] pendingBySlot(int n) {
            if (pendingBySlot == null || pendingBySlot.length < n) {
                pendingBySlot = new long[pending.length];
            }
            int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, slots - 1));
            return sortByBits(pending, pendingBySlot, n, TIME_BITS, TIME_BITS + bits);
        }

        /**
         * Sorts a[0, n) by bits low .. high - 1 of each value (unsigned), stably: a radix sort, 8
         * bits a pass (a pass writes to 256 places at a time, which caches follow), between a and
         * scratch (at least n long). Returns the one of the two that holds the order.
         */
        private static long[] sortByBits(long[] a, long[] scratch, int n, int low, int high) {
            long[] from = a;
            long[] to = scratch;
            int[] at = new int[257];
            for (int shift = low; shift < high; shift += 8) {
                Arrays.fill(at, 0);
                for (int i = 0; i < n; i++) {
                    at[(int) (from[i] >>> shift & 0xff) + 1]++;
                }
                for (int d = 0; d < 256; d++) {
                    at[d + 1] += at[d];
                }
                for (int i = 0; i < n; i++) {
                    long v = from[i];
                    to[at[(int) (v >>> shift & 0xff)]++] = v;
                }
                long[] swap = from;
                from = to;
                to = swap;
            }
            return from;
        }

        /** Adds the run of times of one slot that starts at sorted[i] to its histogram; where the next run starts. */
        private int addRun(long[] sorted, int i, int n, long mask) {
            int slot = (int) (sorted[i] >>> TIME_BITS);
            int j = i + 1;
            while (j < n && (int) (sorted[j] >>> TIME_BITS) == slot) {
                j++;
            }
            slotTimes[slot].addAll(sorted, i, j, mask);
            return j;
        }

        private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
            flushTimes();
            flushVariants();
            out.defaultWriteObject();
        }

        int[] path(int n) {
            if (path == null || path.length < n) {
                path = new int[Math.max(n, 16)];
            }
            return path;
        }

        int[] contactsInStage() {
            if (contactsInStage == null) {
                contactsInStage = new int[furthest.length];
            }
            return contactsInStage;
        }

        int[] stepLast() {
            if (stepLast == null) {
                stepLast = new int[stepEvents.length];
            }
            return stepLast;
        }

        int[] slotLast() {
            if (slotLast == null || slotLast.length < slotCount.length) {
                slotLast = slotLast == null ? new int[slotCount.length] : Arrays.copyOf(slotLast, slotCount.length);
            }
            return slotLast;
        }

        /** The slot of a transition key, or -1. */
        int find(long key) {
            int[] index = direct();
            if (index != null) {
                return index[(int) key] - 1;
            }
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return slotOf[i];
                }
                if (keys[i] == -1) {
                    return -1;
                }
            }
        }

        int add(long key, boolean designed) {
            if (slots * 2 >= keys.length) {
                rehash();
            }
            if (slots == slotCount.length) {
                int n = slots * 2;
                slotCount = Arrays.copyOf(slotCount, n);
                slotCustomers = Arrays.copyOf(slotCustomers, n);
                slotDesigned = Arrays.copyOf(slotDesigned, n);
                slotTimes = Arrays.copyOf(slotTimes, n);
            }
            int slot = slots++;
            insert(key, slot);
            if (direct != null) {
                direct[(int) key] = slot + 1;
            }
            slotDesigned[slot] = designed;
            slotTimes[slot] = new LogHistogram();
            return slot;
        }

        private void insert(long key, int slot) {
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (keys[i] != -1) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            slotOf[i] = slot;
        }

        private void rehash() {
            long[] oldKeys = keys;
            int[] oldSlots = slotOf;
            keys = new long[oldKeys.length * 2];
            slotOf = new int[oldKeys.length * 2];
            Arrays.fill(keys, -1);
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != -1) {
                    insert(oldKeys[i], oldSlots[i]);
                }
            }
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }

        /** The transition key of each slot. */
        long[] slotKeys() {
            long[] out = new long[slots];
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != -1) {
                    out[slotOf[i]] = keys[i];
                }
            }
            return out;
        }

        /** Merges other's paths of the shards {@code part}, part + parts, ... (see {@link ReplaySummary#merge(ReplaySummary, int, int)}). */
        void mergeVariants(Part other, int part, int parts) {
            for (int i = part; i < VARIANT_SHARDS; i += parts) {
                if (variants[i] != other.variants[i]) { // shared tables hold both's paths already
                    variants[i].merge(other.variants[i]);
                }
            }
        }

        /** Merges everything of other but its paths. */
        void mergeCounts(Part other) {
            flushTimes();
            other.flushTimes();
            customers += other.customers;
            events += other.events;
            for (int i = 0; i < stepEvents.length; i++) {
                stepEvents[i] += other.stepEvents[i];
                stepCustomers[i] += other.stepCustomers[i];
            }
            for (int i = 0; i < furthest.length; i++) {
                furthest[i] += other.furthest[i];
                repeat[i] += other.repeat[i];
            }
            nonLinear += other.nonLinear;
            revisits += other.revisits;
            transitions += other.transitions;
            designedTransitions += other.designedTransitions;
            long[] otherKeys = other.slotKeys();
            for (int s = 0; s < otherKeys.length; s++) {
                int slot = find(otherKeys[s]);
                if (slot < 0) {
                    slot = add(otherKeys[s], other.slotDesigned[s]);
                }
                slotCount[slot] += other.slotCount[s];
                slotCustomers[slot] += other.slotCustomers[s];
                slotTimes[slot].merge(other.slotTimes[s]);
            }
        }
    }
}
