package dev.journeykit.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** No reader throws anything but its documented error, whatever bytes a log holds. */
class ReaderRobustnessProperties {

    private static final String XES = """
            <log><trace><string key="concept:name" value="c1"/>
            <event><string key="concept:name" value="search"/><date key="time:timestamp" value="2024-01-01T00:00:00Z"/></event>
            </trace></log>
            """;
    private static final String JSONL = "{\"customer_id\": \"c1\", \"ts\": 1, \"touchpoint\": \"search\"}\n";

    @Property(tries = 300)
    void mutated_logs_give_a_result_or_an_event_log_exception(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int edits)
            throws IOException {
        Random random = new Random(seed);
        String[][] samples = {{"x.csv", EventLogsTest.CSV}, {"x.jsonl", JSONL + JSONL}, {"x.xes", XES}};
        String[] sample = samples[random.nextInt(samples.length)];
        byte[] bytes = sample[1].getBytes(StandardCharsets.UTF_8);
        byte[] alphabet = ",\"\n\r{}[]<>:/ \u0000x1-T".getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < edits && bytes.length > 0; i++) {
            int at = random.nextInt(bytes.length);
            bytes[at] = random.nextBoolean() ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
        }
        Path dir = Files.createTempDirectory("mutated");
        Path file = dir.resolve(sample[0]);
        Files.write(file, bytes);
        try {
            for (boolean skip : new boolean[] {false, true}) {
                try {
                    EventLogResult result = EventLogs.read(EventLogsTest.SHOP, List.of(file),
                            EventLogOptions.defaults().withSkipBadRows(skip));
                    assertThat(result.observed().log().rows()).isGreaterThanOrEqualTo(result.observed().log().skipped());
                } catch (EventLogException e) {
                    assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith(file.toString()));
                }
            }
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }
}
