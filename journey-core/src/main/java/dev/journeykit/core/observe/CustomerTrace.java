package dev.journeykit.core.observe;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The bound events of one customer, gathered in any order, from any number of rows, files or
 * partitions ({@link #merge(CustomerTrace)}), to be folded once by {@link Replay#fold}. Each event
 * is 8 bytes: its time in epoch milliseconds and its step's index in the map, packed so that
 * sorting them orders events by time and, at equal times, by the map's order of their steps.
 * The customer's persona is that of their first event in that order (at equal times and steps,
 * the smallest value); whether the rows named more than one persona is kept too.
 */
public final class CustomerTrace implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Bits of a packed event that hold the step index: maps of up to 2^20 steps. */
    static final int STEP_BITS = 20;
    /** The earliest and latest times an event may have: 2^43 ms (about 278 years) around 1970. */
    public static final long MIN_MILLIS = -(1L << 43);
    public static final long MAX_MILLIS = (1L << 43) - 1;

    private long[] events = new long[4];
    private int size;
    private String persona;
    private long personaKey;
    private String anyPersona;
    private boolean personaConflict;

    /**
     * Adds one bound event. {@code persona} is the row's persona value, null or empty for none.
     *
     * @throws IllegalArgumentException when the time is outside {@link #MIN_MILLIS}..{@link #MAX_MILLIS}
     *         or the step index outside 0..2^20 - 1
     */
    public void add(long epochMillis, int step, String persona) {
        if (epochMillis < MIN_MILLIS || epochMillis > MAX_MILLIS) {
            throw new IllegalArgumentException("time " + epochMillis + " ms is outside the years 1692..2248");
        }
        if (step < 0 || step >= 1 << STEP_BITS) {
            throw new IllegalArgumentException("step index " + step + " is outside 0.." + ((1 << STEP_BITS) - 1));
        }
        long key = epochMillis << STEP_BITS | step;
        if (size == events.length) {
            events = Arrays.copyOf(events, size * 2);
        }
        events[size++] = key;
        if (persona != null && !persona.isEmpty()) {
            persona(key, persona);
        }
    }

    private void persona(long key, String value) {
        if (this.persona == null || key < personaKey || (key == personaKey && value.compareTo(this.persona) < 0)) {
            this.persona = value;
            this.personaKey = key;
        }
        if (anyPersona == null) {
            anyPersona = value;
        } else if (!anyPersona.equals(value)) {
            personaConflict = true;
        }
    }

    /** Adds every event of {@code other} (the same customer, read elsewhere); other is left as it was. */
    public void merge(CustomerTrace other) {
        if (size + other.size > events.length) {
            events = Arrays.copyOf(events, Math.max(events.length * 2, size + other.size));
        }
        System.arraycopy(other.events, 0, events, size, other.size);
        size += other.size;
        personaConflict |= other.personaConflict;
        if (other.anyPersona != null) {
            persona(other.personaKey, other.persona);
            if (!other.anyPersona.equals(anyPersona)) {
                personaConflict = true;
            }
        }
    }

    /** Empties the trace, keeping its room: one trace can gather customer after customer. */
    public void clear() {
        size = 0;
        persona = null;
        personaKey = 0;
        anyPersona = null;
        personaConflict = false;
    }

    /** How many events. */
    public int size() {
        return size;
    }

    /** The persona value of the first event, or null when no row had one. */
    public String persona() {
        return persona;
    }

    /** Whether the rows named two or more different persona values. */
    public boolean personaConflict() {
        return personaConflict;
    }

    /** Traces up to this long are sorted by insertion (most are this short, and nearly in order). */
    private static final int INSERTION_SORT = 32;

    /**
     * The packed events, sorted (time, then step order); valid up to {@link #size()}. A short
     * trace is sorted by a few lines of insertion sort rather than by {@link Arrays#sort}, whose
     * code (several kilobytes once compiled) the JIT compiler would otherwise inline into every
     * fold loop, and recompile with it.
     */
    long[] sorted() {
        long[] e = events;
        int n = size;
        if (n > INSERTION_SORT) {
            Arrays.sort(e, 0, n);
            return e;
        }
        for (int i = 1; i < n; i++) {
            long v = e[i];
            int j = i - 1;
            while (j >= 0 && e[j] > v) {
                e[j + 1] = e[j];
                j--;
            }
            e[j + 1] = v;
        }
        return e;
    }

    static long millis(long packed) {
        return packed >> STEP_BITS;
    }

    static int step(long packed) {
        return (int) (packed & ((1 << STEP_BITS) - 1));
    }
}
