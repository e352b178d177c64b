package dev.journeykit.events;

import java.util.Locale;
import java.util.Optional;

/** The formats of an event log; each may be gzip-compressed. */
public enum EventFormat {
    /** CSV with a header row (RFC 4180 quoting; LF or CRLF; a UTF-8 byte order mark is skipped). */
    CSV,
    /** JSON Lines: one JSON object a line ({@code .jsonl} or {@code .ndjson}). */
    JSONL,
    /** XES (IEEE 1849): {@code trace} and {@code event} elements, read by streaming (StAX). */
    XES;

    /** {@code csv}, {@code jsonl}, {@code xes}: how the command line names it. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name says: {@code .csv}, {@code .jsonl}/{@code .ndjson}, {@code .xes}, each optionally {@code .gz}. */
    public static Optional<EventFormat> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        if (name.endsWith(".xes")) {
            return Optional.of(XES);
        }
        return Optional.empty();
    }
}
