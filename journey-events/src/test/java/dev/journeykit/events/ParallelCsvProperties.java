package dev.journeykit.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.Replay;
import dev.journeykit.core.testing.JourneyArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * Engine equivalence: the parallel fast path for plain CSV ({@link ParallelCsv}) gives exactly
 * what the streaming reader gives (the reference), whatever the number of workers, the buffer
 * size (lines cut at any byte), the files the rows are spread over, line endings, blank lines,
 * column order, extra columns, time formats, case ids that are not ASCII or not UTF-8, and the
 * persona column; and on input it does not read exactly (quotes, bad rows) it gives up.
 */
class ParallelCsvProperties {

    record Log(JourneyMap map, long seed) {
    }

    @Provide
    Arbitrary<Log> logs() {
        return Combinators.combine(JourneyArbitraries.maps(4, 5), Arbitraries.longs()).as(Log::new);
    }

    @Property(tries = 300)
    void the_fast_path_equals_the_streaming_reader(@ForAll("logs") Log log, @ForAll @IntRange(min = 1, max = 4) int workers)
            throws IOException {
        Random random = new Random(log.seed());
        boolean persona = random.nextBoolean();
        List<byte[]> files = csv(log.map(), random, persona, random.nextInt(400), 1 + random.nextInt(3));
        EventLogOptions options = persona ? EventLogOptions.defaults().withPersonaColumn("segment") : EventLogOptions.defaults();
        Path dir = Files.createTempDirectory("fast");
        try {
            List<Path> paths = write(dir, files);
            Replay replay = Replay.of(log.map());
            ObservedJourney reference = EventLogs.readStreaming(replay, paths, options, (b, r) -> { }).observed();
            ObservedJourney fast = new ParallelCsv(replay, options, workers, 8 + random.nextInt(64))
                    .read(paths, paths.stream().map(Path::toString).toList(), (b, r) -> { });
            boolean quoted = files.stream().anyMatch(f -> new String(f, StandardCharsets.ISO_8859_1).indexOf('"') >= 0);
            Statistics.label("the log has quotes, fast path read it").collect(quoted, fast != null);
            if (!quoted) {
                assertThat(fast).as("the fast path reads a log without quotes").isNotNull();
            }
            if (fast != null) {
                assertThat(fast).isEqualTo(reference);
            }
            assertThat(EventLogs.read(replay, paths, options, (b, r) -> { }).observed()).isEqualTo(reference);
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 200)
    void on_input_it_does_not_read_exactly_it_gives_up(@ForAll("logs") Log log, @ForAll @IntRange(min = 1, max = 3) int workers)
            throws IOException {
        Random random = new Random(log.seed());
        List<byte[]> files = csv(log.map(), random, false, 1 + random.nextInt(100), 1);
        byte[] bytes = files.get(0);
        byte[] alphabet = "\",\r\nx-: ".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0, edits = 1 + random.nextInt(4); i < edits; i++) {
            bytes[random.nextInt(bytes.length)] = alphabet[random.nextInt(alphabet.length)];
        }
        Path dir = Files.createTempDirectory("fast");
        try {
            List<Path> paths = write(dir, files);
            Replay replay = Replay.of(log.map());
            ObservedJourney fast = new ParallelCsv(replay, EventLogOptions.defaults(), workers, 8 + random.nextInt(64))
                    .read(paths, paths.stream().map(Path::toString).toList(), (b, r) -> { });
            EventLogResult reference;
            try {
                reference = EventLogs.readStreaming(replay, paths, EventLogOptions.defaults(), (b, r) -> { });
            } catch (EventLogException e) {
                assertThat(fast).as("the streaming reader failed: " + e.getMessage()).isNull();
                return;
            }
            Statistics.label("fast path read the mutated log").collect(fast != null);
            if (fast != null) {
                assertThat(fast).isEqualTo(reference.observed());
            }
        } finally {
            delete(dir);
        }
    }

    /** The word-at-a-time search for field and line ends finds what a byte-by-byte one finds. */
    @Property(tries = 1000)
    void the_word_search_finds_the_first_comma_quote_or_line_end(@ForAll long seed) {
        Random random = new Random(seed);
        byte[] bytes = new byte[random.nextInt(40)];
        byte[] common = {',', '"', '\r', '\n', 'a', 0, (byte) 0x80, (byte) 0xac, (byte) 0x8a, '+', '-', 0x2d, 0x0b};
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = random.nextInt(4) == 0 ? common[random.nextInt(common.length)] : (byte) random.nextInt(256);
        }
        int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        int limit = from + random.nextInt(bytes.length - from + 1);
        int expected = from;
        while (expected < limit && ",\"\r\n".indexOf((char) (bytes[expected] & 0xff)) < 0) {
            expected++;
        }
        assertThat(CsvBytes.special(bytes, from, limit)).isEqualTo(expected);
    }

    /**
     * A case id of 1 to 8 bytes, none 0 or above 127, is keyed by its bytes: two such ids have one
     * key exactly when they are equal, wherever they sit in a buffer; any other id has none (-1).
     */
    @Property(tries = 1000)
    void short_ids_are_keyed_by_their_bytes_alone(@ForAll long seed) {
        Random random = new Random(seed);
        byte[][] ids = new byte[2][];
        long[] keys = new long[2];
        for (int k = 0; k < 2; k++) {
            ids[k] = new byte[1 + random.nextInt(8)];
            for (int i = 0; i < ids[k].length; i++) {
                int kind = random.nextInt(20);
                ids[k][i] = kind == 0 ? 0 : kind == 1 ? (byte) (128 + random.nextInt(128)) : (byte) ('a' + random.nextInt(random.nextBoolean() ? 2 : 26));
            }
            byte[] buffer = new byte[ids[k].length + random.nextInt(12)];
            random.nextBytes(buffer);
            int at = random.nextInt(buffer.length - ids[k].length + 1);
            System.arraycopy(ids[k], 0, buffer, at, ids[k].length);
            keys[k] = CsvBytes.shortId(buffer, at, ids[k].length);
            boolean plain = true;
            for (byte b : ids[k]) {
                plain &= b > 0;
            }
            assertThat(keys[k] >= 0).as("key of %s", java.util.Arrays.toString(ids[k])).isEqualTo(plain);
            if (plain) {
                assertThat(keys[k] >>> 56).isZero();
            }
        }
        if (keys[0] >= 0 && keys[1] >= 0) {
            assertThat(keys[0] == keys[1]).isEqualTo(java.util.Arrays.equals(ids[0], ids[1]));
        }
    }

    /** The rows of a random log, as the bytes of one or more CSV files with a header each. */
    static List<byte[]> csv(JourneyMap map, Random random, boolean persona, int rows, int fileCount) {
        List<String> names = new ArrayList<>();
        for (Step step : map.steps()) {
            names.addAll(step.boundEvents());
        }
        names.add("page_ping");
        names.add("Ünbound");
        List<String> personas = new ArrayList<>(map.personas().stream().map(Persona::id).toList());
        personas.add("zed");
        personas.add("");
        // ids of up to 8 ASCII bytes are keyed by their bytes, others (longer, not ASCII, a 0 byte) interned
        String[] cases = {"c1", "c2", "c3", "c10", "ü", "a-customer-id-longer-than-sixteen-bytes", "c\u00e9", "7",
            "abcdefgh", "abcdefghi", "a\u0000", "a"};
        int customers = 1 + random.nextInt(cases.length);
        int spread = 1 + random.nextInt(random.nextBoolean() ? 5 : 100_000);
        List<String> columns = new ArrayList<>(List.of("customer_id", "ts", "touchpoint", "extra"));
        if (persona) {
            columns.add("segment");
        }
        Collections.shuffle(columns, random);
        String newline = random.nextBoolean() ? "\n" : "\r\n";
        List<ByteArrayOutputStream> outs = new ArrayList<>();
        for (int f = 0; f < fileCount; f++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(out, String.join(",", columns) + newline);
            outs.add(out);
        }
        for (int r = 0; r < rows; r++) {
            ByteArrayOutputStream out = outs.get(random.nextInt(fileCount));
            long seconds = 1_704_067_200L + random.nextInt(spread);
            List<byte[]> fields = new ArrayList<>();
            for (String column : columns) {
                fields.add(switch (column) {
                    case "customer_id" -> random.nextInt(20) == 0 ? new byte[] {'c', (byte) 0xff, (byte) (0xfe - random.nextInt(2))}
                            : cases[random.nextInt(customers)].getBytes(StandardCharsets.UTF_8);
                    case "ts" -> time(seconds, random).getBytes(StandardCharsets.UTF_8);
                    case "touchpoint" -> names.get(random.nextInt(names.size())).getBytes(StandardCharsets.UTF_8);
                    case "segment" -> personas.get(random.nextInt(personas.size())).getBytes(StandardCharsets.UTF_8);
                    default -> Integer.toString(random.nextInt(100)).getBytes(StandardCharsets.UTF_8);
                });
            }
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.writeBytes(quoted(fields.get(i)));
            }
            write(out, random.nextInt(30) == 0 ? newline + newline : newline);
        }
        List<byte[]> files = new ArrayList<>();
        for (ByteArrayOutputStream out : outs) {
            byte[] bytes = out.toByteArray();
            // sometimes the last row has no line end
            if (random.nextBoolean() && bytes.length > 2 && bytes[bytes.length - 1] == '\n' && bytes[bytes.length - 2] != '\n') {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length - newline.length());
            }
            files.add(bytes);
        }
        return files;
    }

    /** A field as RFC 4180 writes it: quoted, quotes doubled, when it holds a comma, quote or line break. */
    private static byte[] quoted(byte[] field) {
        String text = new String(field, StandardCharsets.ISO_8859_1);
        if (text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return field;
        }
        return ("\"" + text.replace("\"", "\"\"") + "\"").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String time(long seconds, Random random) {
        java.time.Instant t = java.time.Instant.ofEpochSecond(seconds, random.nextInt(3) * 1_000_000L);
        return switch (random.nextInt(4)) {
            case 0 -> Long.toString(seconds);
            case 1 -> Long.toString(t.toEpochMilli());
            case 2 -> t.toString();
            default -> t.toString().replace('T', ' ').replace("Z", "");
        };
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Path> write(Path dir, List<byte[]> files) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = dir.resolve("log" + i + ".csv");
            Files.write(file, files.get(i));
            paths.add(file);
        }
        return paths;
    }

    private static void delete(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }
}
