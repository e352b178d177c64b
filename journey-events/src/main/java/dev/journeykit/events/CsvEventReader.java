package dev.journeykit.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CSV with a header row, read byte by byte with RFC 4180 quoting: fields separated by commas,
 * records by LF or CRLF, quoted fields may hold commas, line breaks and doubled quotes. Only the
 * case, time, event and persona columns become strings, times are parsed from the bytes, and
 * event names come from a small cache. Hand-written because it is faster than a library parser
 * here; the measured figures are in docs/performance.md ("CSV reader").
 */
final class CsvEventReader {

    private static final int START = 0;
    private static final int FIELD = 1;
    private static final int QUOTED = 2;
    private static final int AFTER_QUOTE = 3;

    private final String name;
    private final EventLogOptions options;
    private final Feed feed;
    private byte[] rec = new byte[256];
    private int recLength;
    private int[] ends = new int[16];
    private int fields;
    private long recordLine;
    private String recordProblem;
    private int recordProblemColumn;
    private int caseColumn = -1;
    private int timeColumn = -1;
    private int eventColumn = -1;
    private int personaColumn = -1;
    private int headerFields = -1;
    private final int[] lookup = new int[64];
    private final String[] lookupNames = new String[64];

    /** The line the reader is on, and whether an LF there ends a CRLF already ended at its CR. */
    private long line;
    private boolean skipLf;

    CsvEventReader(String name, EventLogOptions options, Feed feed) {
        this.name = name;
        this.options = options;
        this.feed = feed;
    }

    void read(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        int state = START;
        line = 1;
        recordLine = 1;
        boolean first = true;
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            int i = first && n >= 3 && (buf[0] & 0xff) == 0xef && (buf[1] & 0xff) == 0xbb && (buf[2] & 0xff) == 0xbf
                    ? 3 : 0;
            first = first && n == 0;
            for (; i < n; i++) {
                state = next(state, buf[i]);
            }
        }
        if (state == QUOTED) {
            recordProblem = "a quoted field is not closed before the end of the file";
            recordProblemColumn = fields + 1;
        }
        if (state != START || fields > 0 || recLength > 0) {
            endField();
            endRecord();
        }
        if (headerFields < 0) {
            throw feed.fatal(name + ": no header row (the file is empty)");
        }
    }

    /** The state after byte c read in the given state (RFC 4180, with CR, LF and CRLF ending a record). */
    private int next(int state, byte c) {
        if (skipLf) {
            skipLf = false;
            if (c == '\n') {
                return state;
            }
        }
        switch (state) {
            case START, FIELD -> {
                if (c == ',') {
                    endField();
                    return START;
                } else if (c == '\n' || c == '\r') {
                    return recordEnd(c);
                } else if (c == '"' && state == START) {
                    return QUOTED;
                }
                append(c);
                return FIELD;
            }
            case QUOTED -> {
                if (c == '"') {
                    return AFTER_QUOTE;
                }
                if (c == '\n') {
                    line++;
                }
                append(c);
                return QUOTED;
            }
            default -> { // AFTER_QUOTE
                if (c == '"') {
                    append(c);
                    return QUOTED;
                } else if (c == ',') {
                    endField();
                    return START;
                } else if (c == '\n' || c == '\r') {
                    return recordEnd(c);
                }
                if (recordProblem == null) {
                    recordProblem = "a character after the closing quote of a field";
                    recordProblemColumn = fields + 1;
                }
                append(c);
                return FIELD;
            }
        }
    }

    /** Ends the field and the record at a line end c (a CR may be followed by the LF of a CRLF). */
    private int recordEnd(byte c) {
        endField();
        endRecord();
        skipLf = c == '\r';
        recordLine = ++line;
        return START;
    }

    private void append(byte c) {
        if (recLength == rec.length) {
            rec = Arrays.copyOf(rec, rec.length * 2);
        }
        rec[recLength++] = c;
    }

    private void endField() {
        if (fields == ends.length) {
            ends = Arrays.copyOf(ends, fields * 2);
        }
        ends[fields++] = recLength;
    }

    private void endRecord() {
        try {
            if (!(fields == 1 && ends[0] == 0 && recordProblem == null)) { // a blank line is no row
                if (headerFields < 0) {
                    header();
                } else {
                    record();
                }
            }
        } finally {
            fields = 0;
            recLength = 0;
            recordProblem = null;
        }
    }

    private String text(int field) {
        int start = field == 0 ? 0 : ends[field - 1];
        return new String(rec, start, ends[field] - start, StandardCharsets.UTF_8);
    }

    private void header() {
        headerFields = fields;
        List<String> columns = new ArrayList<>();
        for (int f = 0; f < fields; f++) {
            String column = text(f);
            columns.add(column);
            if (column.equals(options.caseColumn()) && caseColumn < 0) {
                caseColumn = f;
            }
            if (column.equals(options.timeColumn()) && timeColumn < 0) {
                timeColumn = f;
            }
            if (column.equals(options.eventColumn()) && eventColumn < 0) {
                eventColumn = f;
            }
            if (options.personaColumn().isPresent() && column.equals(options.personaColumn().get()) && personaColumn < 0) {
                personaColumn = f;
            }
        }
        List<String> missing = new ArrayList<>();
        if (caseColumn < 0) {
            missing.add(options.caseColumn());
        }
        if (timeColumn < 0) {
            missing.add(options.timeColumn());
        }
        if (eventColumn < 0) {
            missing.add(options.eventColumn());
        }
        if (options.personaColumn().isPresent() && personaColumn < 0) {
            missing.add(options.personaColumn().get());
        }
        if (!missing.isEmpty()) {
            StringBuilder quoted = new StringBuilder();
            for (String m : missing) {
                quoted.append(quoted.length() == 0 ? "" : ", ").append(Texts.quote(m));
            }
            StringBuilder have = new StringBuilder();
            for (String c : columns) {
                have.append(have.length() == 0 ? "" : ", ").append(Texts.quote(c));
            }
            throw feed.fatal(name + ":1:1: the header has no column " + quoted + " (its columns: " + have
                    + "); name the columns with --case, --time, --event");
        }
    }

    private void record() {
        if (recordProblem != null) {
            feed.bad(name, recordLine, recordProblemColumn, recordProblem);
            return;
        }
        if (fields != headerFields) {
            feed.bad(name, recordLine, 1, "the row has " + fields + " field" + (fields == 1 ? "" : "s")
                    + ", the header " + headerFields);
            return;
        }
        int caseStart = caseColumn == 0 ? 0 : ends[caseColumn - 1];
        if (ends[caseColumn] == caseStart) {
            feed.bad(name, recordLine, caseColumn + 1, "empty " + options.caseColumn());
            return;
        }
        int eventStart = eventColumn == 0 ? 0 : ends[eventColumn - 1];
        if (ends[eventColumn] == eventStart) {
            feed.bad(name, recordLine, eventColumn + 1, "empty " + options.eventColumn());
            return;
        }
        int timeStart = timeColumn == 0 ? 0 : ends[timeColumn - 1];
        long millis = EventTimes.parse(rec, timeStart, ends[timeColumn]);
        String event = event(eventStart, ends[eventColumn]);
        String persona = personaColumn < 0 ? null : text(personaColumn);
        feed.row(text(caseColumn), millis, event, persona, name, recordLine, timeColumn + 1, () -> text(timeColumn));
    }

    /** The event name, as an interned string for names seen before (a small cache by hash). */
    private String event(int start, int end) {
        int h = 1;
        for (int i = start; i < end; i++) {
            h = 31 * h + rec[i];
        }
        int slot = (h ^ (h >>> 16)) & (lookup.length - 1);
        String cached = lookupNames[slot];
        if (cached != null && lookup[slot] == h && sameBytes(cached, start, end)) {
            return cached;
        }
        String name = new String(rec, start, end - start, StandardCharsets.UTF_8);
        lookupNames[slot] = name;
        lookup[slot] = h;
        return name;
    }

    private boolean sameBytes(String s, int start, int end) {
        if (s.length() != end - start) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != rec[start + i]) {
                return false;
            }
        }
        return true;
    }
}
