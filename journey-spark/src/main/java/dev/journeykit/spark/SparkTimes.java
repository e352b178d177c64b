package dev.journeykit.spark;

import dev.journeykit.core.observe.CustomerTrace;
import dev.journeykit.events.EventTimes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A time column's value, of any type Spark has, to epoch milliseconds as the embedded readers give them. */
final class SparkTimes {

    private SparkTimes() {
    }

    /**
     * Strings as the readers parse text; timestamps as instants (without a zone, UTC); dates at
     * midnight UTC; integers and decimals as epoch numbers (10^11 or more milliseconds, else seconds).
     *
     * @throws IllegalArgumentException the readers' message for a value that is no time or is out of range
     */
    static long millis(Object value) {
        if (value == null) {
            return EventTimes.parseSupported("");
        }
        if (value instanceof String s) {
            return EventTimes.parseSupported(s);
        }
        if (value instanceof java.sql.Timestamp t) {
            return checked(t.toInstant());
        }
        if (value instanceof Instant i) {
            return checked(i);
        }
        if (value instanceof LocalDateTime t) {
            return checked(t.toInstant(ZoneOffset.UTC));
        }
        if (value instanceof java.sql.Date d) {
            return checked(d.toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (value instanceof LocalDate d) {
            return checked(d.atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return EventTimes.parseSupported(value.toString());
        }
        if (value instanceof BigDecimal d) {
            return EventTimes.parseSupported(d.toPlainString());
        }
        if (value instanceof Double || value instanceof Float) {
            return EventTimes.parseSupported(new BigDecimal(value.toString()).toPlainString());
        }
        return EventTimes.parseSupported(value.toString());
    }

    private static long checked(Instant instant) {
        long millis;
        try {
            millis = instant.toEpochMilli();
        } catch (ArithmeticException e) {
            millis = Long.MAX_VALUE;
        }
        if (millis < CustomerTrace.MIN_MILLIS || millis > CustomerTrace.MAX_MILLIS) {
            return EventTimes.parseSupported(instant.toString());
        }
        return millis;
    }
}
