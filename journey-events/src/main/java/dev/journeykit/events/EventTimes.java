package dev.journeykit.events;

import dev.journeykit.core.observe.CustomerTrace;
import java.nio.charset.StandardCharsets;

/**
 * The times of an event log, to epoch milliseconds. Accepted, per value: ISO-8601 date-times
 * {@code 2024-01-01 00:00:04}, {@code 2024-01-01T00:00:04.250Z}, {@code 2024-01-01T01:00:04+01:00}
 * (a space or {@code T}; seconds and fractions optional; an offset {@code Z}, {@code +01:00},
 * {@code +0100} or {@code +01}; without one, UTC), and epoch numbers: an integer of 10^11 or more
 * is milliseconds, a smaller one seconds. Fractions finer than a millisecond are cut off.
 * Hand-written over ASCII bytes: the CSV reader parses times without making strings.
 */
public final class EventTimes {

    private static final long TEN_TO_11 = 100_000_000_000L;

    private EventTimes() {
    }

    /**
     * The time in epoch milliseconds.
     *
     * @throws IllegalArgumentException {@code time "2024-13-01" is not a date (...)}
     */
    public static long parse(String text) {
        long t = parseOrInvalid(text);
        if (t == INVALID) {
            throw new IllegalArgumentException(message(text));
        }
        return t;
    }

    /**
     * The time in epoch milliseconds of a value the replay supports (years 1692..2248): for engines
     * that read rows themselves (journey-spark), with the messages of the readers.
     *
     * @throws IllegalArgumentException {@code time "2024-13-01" is not a date (...)} or
     *         {@code time "2300-01-01" is outside the years 1692..2248}
     */
    public static long parseSupported(String text) {
        long t = parse(text);
        if (t < CustomerTrace.MIN_MILLIS || t > CustomerTrace.MAX_MILLIS) {
            throw new IllegalArgumentException(outsideMessage(text));
        }
        return t;
    }

    /** The time in epoch milliseconds, or {@link #INVALID}. */
    static long parseOrInvalid(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return parse(bytes, 0, bytes.length);
    }

    /** The message for a value that is not a time. */
    static String message(String text) {
        return "time " + Texts.quote(text) + " is not a date (expected an ISO-8601 date-time like "
                + "2024-01-01 00:00:04 or 2024-01-01T00:00:04Z, or epoch seconds or milliseconds)";
    }

    /** The message for a time outside the years the replay supports. */
    static String outsideMessage(String text) {
        return "time " + Texts.quote(text) + " is outside the years 1692..2248";
    }

    /** Returned by {@link #parse(byte[], int, int)} for a value that is not a time. */
    static final long INVALID = Long.MIN_VALUE;

    /** The time in {@code b[from, to)} in epoch milliseconds, or {@link #INVALID}. */
    static long parse(byte[] b, int from, int to) {
        while (from < to && b[from] == ' ') {
            from++;
        }
        while (to > from && b[to - 1] == ' ') {
            to--;
        }
        if (from == to) {
            return INVALID;
        }
        int len = to - from;
        if (len >= 10 && b[from + 4] == '-') {
            return iso(b, from, to);
        }
        return epoch(b, from, to);
    }

    private static long epoch(byte[] b, int from, int to) {
        boolean negative = b[from] == '-';
        int i = negative || b[from] == '+' ? from + 1 : from;
        if (i == to || to - i > 18) {
            return INVALID;
        }
        long v = 0;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return INVALID;
            }
            v = v * 10 + d;
        }
        if (negative) {
            return v > Long.MAX_VALUE / 1000 ? INVALID : -v * 1000; // smaller than 10^11: seconds
        }
        return v >= TEN_TO_11 ? v : v * 1000;
    }

    private static long iso(byte[] b, int from, int to) {
        int year = digits(b, from, 4);
        int month = at(b, from + 4, '-') ? digits(b, from + 5, 2) : -1;
        int day = at(b, from + 7, '-') ? digits(b, from + 8, 2) : -1;
        int i = from + 10;
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)
                || i >= to || (b[i] != 'T' && b[i] != ' ' && b[i] != 't')) {
            return INVALID;
        }
        int hour = i + 3 <= to ? digits(b, i + 1, 2) : -1;
        int minute = at(b, i + 3, ':') && i + 6 <= to ? digits(b, i + 4, 2) : -1;
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return INVALID;
        }
        i += 6;
        int second = 0;
        int millis = 0;
        if (i < to && b[i] == ':') {
            second = i + 3 <= to ? digits(b, i + 1, 2) : -1;
            if (second < 0 || second > 59) {
                return INVALID;
            }
            i += 3;
            if (i < to && (b[i] == '.' || b[i] == ',')) {
                int start = ++i;
                int scale = 100;
                while (i < to && b[i] >= '0' && b[i] <= '9') {
                    millis += (b[i] - '0') * scale;
                    scale /= 10;
                    i++;
                }
                if (i == start || i - start > 9) {
                    return INVALID;
                }
            }
        }
        int offsetMinutes = 0;
        if (i < to) {
            if ((b[i] == 'Z' || b[i] == 'z') && i + 1 == to) {
                i++;
            } else if (b[i] == '+' || b[i] == '-') {
                int sign = b[i] == '-' ? -1 : 1;
                int oh = i + 3 <= to ? digits(b, i + 1, 2) : -1;
                int om = 0;
                int rest = to - (i + 3);
                if (rest == 3 && b[i + 3] == ':') {
                    om = digits(b, i + 4, 2);
                } else if (rest == 2) {
                    om = digits(b, i + 3, 2);
                } else if (rest != 0) {
                    return INVALID;
                }
                if (oh < 0 || oh > 18 || om < 0 || om > 59) {
                    return INVALID;
                }
                offsetMinutes = sign * (oh * 60 + om);
                i = to;
            } else {
                return INVALID;
            }
        }
        if (i != to) {
            return INVALID;
        }
        long days = daysFromCivil(year, month, day);
        return ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60_000L + second * 1000L + millis;
    }

    private static boolean at(byte[] b, int i, char c) {
        return i < b.length && b[i] == c;
    }

    /** The number in {@code n} decimal digits at {@code i}, or -1. */
    private static int digits(byte[] b, int i, int n) {
        if (i + n > b.length) {
            return -1;
        }
        int v = 0;
        for (int k = i; k < i + n; k++) {
            int d = b[k] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
    private static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468;
    }

    /**
     * Parses as {@link EventTimes#parse(byte[], int, int)} does, faster for the common log form
     * {@code yyyy-MM-dd HH:mm:ss} (or with {@code T}): it keeps the day of the last such value and,
     * while the next ones fall on that day, reads only their time of day. One per thread.
     */
    static final class DayCache {
        /** The date's bytes 0..7 and 2..9 as numbers (see {@link CsvBytes#word}). */
        private long dayHead;
        private long dayTail;
        private boolean hasDay;
        private long dayMillis;

        long parse(byte[] b, int from, int to) {
            if (to - from == 19 && hasDay && CsvBytes.word(b, from + 2) == dayTail && CsvBytes.word(b, from) == dayHead) {
                long time = timeOfDay(b, from);
                if (time >= 0) {
                    return dayMillis + time;
                }
            }
            long t = EventTimes.parse(b, from, to);
            if (t != INVALID && to - from == 19 && b[from + 4] == '-') {
                long time = timeOfDay(b, from);
                if (time >= 0) {
                    dayHead = CsvBytes.word(b, from);
                    dayTail = CsvBytes.word(b, from + 2);
                    dayMillis = t - time;
                    hasDay = true;
                }
            }
            return t;
        }

        /** The milliseconds of {@code ?HH:mm:ss} after the 10 bytes of a date at from, or -1. */
        private static long timeOfDay(byte[] b, int from) {
            byte separator = b[from + 10];
            if (separator != ' ' && separator != 'T' && separator != 't' || b[from + 13] != ':' || b[from + 16] != ':') {
                return -1;
            }
            int hour = two(b, from + 11);
            int minute = two(b, from + 14);
            int second = two(b, from + 17);
            if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
                return -1;
            }
            return ((hour * 60L + minute) * 60 + second) * 1000;
        }

        private static int two(byte[] b, int i) {
            int high = b[i] - '0';
            int low = b[i + 1] - '0';
            return high < 0 || high > 9 || low < 0 || low > 9 ? -1 : high * 10 + low;
        }
    }
}
