package dev.journeykit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class EventTimesTest {

    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void reads_every_documented_form() {
        assertThat(EventTimes.parse("2024-01-01 00:00:04")).isEqualTo(at("2024-01-01T00:00:04Z"));
        assertThat(EventTimes.parse("2024-01-01T00:00:04")).isEqualTo(at("2024-01-01T00:00:04Z"));
        assertThat(EventTimes.parse("2024-01-01T00:00:04Z")).isEqualTo(at("2024-01-01T00:00:04Z"));
        assertThat(EventTimes.parse("2024-01-01T00:00:04.25Z")).isEqualTo(at("2024-01-01T00:00:04.250Z"));
        assertThat(EventTimes.parse("2024-01-01 00:00:04.123456789")).isEqualTo(at("2024-01-01T00:00:04.123Z"));
        assertThat(EventTimes.parse("2024-01-01T01:00:04+01:00")).isEqualTo(at("2024-01-01T00:00:04Z"));
        assertThat(EventTimes.parse("2024-01-01T01:30:04+0130")).isEqualTo(at("2024-01-01T00:00:04Z"));
        assertThat(EventTimes.parse("2023-12-31T23:00:04-01")).isEqualTo(at("2024-01-01T00:00:04Z"));
        assertThat(EventTimes.parse("2024-02-29 12:30")).isEqualTo(at("2024-02-29T12:30:00Z"));
        assertThat(EventTimes.parse("1704067204")).isEqualTo(at("2024-01-01T00:00:04Z"));
        assertThat(EventTimes.parse("1704067204000")).isEqualTo(at("2024-01-01T00:00:04Z"));
        assertThat(EventTimes.parse("99999999999")).isEqualTo(99_999_999_999_000L);
        assertThat(EventTimes.parse("100000000000")).isEqualTo(100_000_000_000L);
        assertThat(EventTimes.parse(" -60 ")).isEqualTo(-60_000L);
    }

    @Test
    void rejects_what_is_not_a_time_naming_it() {
        for (String bad : new String[] {"2024-13-01 00:00:00", "2024-02-30T00:00:00", "2024-01-01", "2024-01-01T24:00",
                "2024-01-01T00:60", "2024-01-01T00:00:61", "2024-01-01T00:00:00+19:00", "2024-01-01T00:00:00Q",
                "12.5", "", "yesterday", "2024-01-01T00:00:00.", "1e9"}) {
            assertThatThrownBy(() -> EventTimes.parse(bad)).as(bad).hasMessage("time \"" + bad + "\" is not a date "
                    + "(expected an ISO-8601 date-time like 2024-01-01 00:00:04 or 2024-01-01T00:00:04Z, "
                    + "or epoch seconds or milliseconds)");
        }
    }

    @Property(tries = 500)
    void agrees_with_java_time(@ForAll @LongRange(min = -8_000_000_000_000L, max = 8_000_000_000_000L) long millis,
                               @ForAll @LongRange(min = -64_800, max = 64_800) long offsetSeconds) {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds((int) (offsetSeconds / 60 * 60));
        OffsetDateTime t = Instant.ofEpochMilli(millis).atOffset(offset);
        String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d.%03d%s", t.getYear(),
                t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(),
                t.getNano() / 1_000_000, offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
        if (t.getYear() >= 0 && t.getYear() <= 9999) {
            assertThat(EventTimes.parse(text)).as(text).isEqualTo(millis);
        }
    }

    /** The day cache of the fast CSV path gives what the parser gives, value after value, also for near misses. */
    @Property(tries = 300)
    void the_day_cache_parses_as_the_parser_does(@ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        EventTimes.DayCache cache = new EventTimes.DayCache();
        String[] days = {"2024-01-01", "2024-01-02", "2024-02-29", "2023-02-29", "1999-12-31"};
        String noise = "0123456789 :-Tt+Z.x";
        for (int i = 0; i < 200; i++) {
            char[] text = (days[random.nextInt(days.length)] + (random.nextBoolean() ? ' ' : 'T')
                    + String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", random.nextInt(25), random.nextInt(61),
                    random.nextInt(61))).toCharArray();
            if (random.nextInt(4) == 0) {
                text[random.nextInt(text.length)] = noise.charAt(random.nextInt(noise.length()));
            }
            byte[] bytes = ("," + new String(text) + ",").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(cache.parse(bytes, 1, bytes.length - 1)).as(new String(text))
                    .isEqualTo(EventTimes.parse(bytes, 1, bytes.length - 1));
        }
    }
}
