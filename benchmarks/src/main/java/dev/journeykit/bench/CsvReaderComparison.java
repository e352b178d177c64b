package dev.journeykit.bench;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.Replay;
import dev.journeykit.dsl.JourneyDsl;
import dev.journeykit.events.EventLogOptions;
import dev.journeykit.events.EventLogs;
import dev.journeykit.events.EventSink;
import dev.journeykit.events.EventTimes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How journey-events reads a CSV log ({@code EventLogs.read}: for a plain file the parallel
 * fast path over bytes, else the hand-written streaming reader) against jackson-dataformat-csv's
 * streaming parser feeding the streaming replay ({@code EventSink}), on one log: best of five
 * runs each, after one warm-up run, results checked equal. Prints rows/s of each and the ratio.
 *
 * <pre>{@code java -cp benchmarks.jar dev.journeykit.bench.CsvReaderComparison MAP.journey LOG.csv}</pre>
 */
public final class CsvReaderComparison {

    private CsvReaderComparison() {
    }

    public static void main(String[] args) throws IOException {
        Path mapFile = Path.of(args[0]);
        Path log = Path.of(args[1]);
        JourneyMap map = JourneyDsl.parse(mapFile.toString(), Files.readString(mapFile, StandardCharsets.UTF_8));
        Replay replay = Replay.of(map);
        long ours = Long.MAX_VALUE;
        long jackson = Long.MAX_VALUE;
        long events = 0;
        for (int run = 0; run < 6; run++) {
            long t0 = System.nanoTime();
            ObservedJourney a = EventLogs.read(replay, List.of(log), EventLogOptions.defaults(), (b, r) -> { }).observed();
            long t1 = System.nanoTime();
            ObservedJourney b = jackson(replay, log);
            long t2 = System.nanoTime();
            if (!a.overall().equals(b.overall())) {
                throw new IllegalStateException("the two readers disagree");
            }
            events = a.log().rows();
            if (run > 0) {
                ours = Math.min(ours, t1 - t0);
                jackson = Math.min(jackson, t2 - t1);
            }
        }
        System.out.printf(Locale.ROOT, "%d rows: hand-written %.2f s (%.2f M rows/s), jackson-dataformat-csv %.2f s "
                        + "(%.2f M rows/s): %.2fx%n", events, ours / 1e9, events / (ours / 1e3), jackson / 1e9,
                events / (jackson / 1e3), (double) jackson / ours);
    }

    /** The same replay fed by Jackson's CSV parser (header row, columns by name). */
    static ObservedJourney jackson(Replay replay, Path log) throws IOException {
        EventSink sink = new EventSink(replay);
        CsvMapper mapper = new CsvMapper();
        try (InputStream in = Files.newInputStream(log);
             CsvParser p = mapper.getFactory().createParser(in)) {
            p.setSchema(CsvSchema.emptySchema().withHeader());
            String customer = null;
            String ts = null;
            String event = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    switch (p.currentName()) {
                        case "customer_id" -> customer = p.getText();
                        case "ts" -> ts = p.getText();
                        case "touchpoint" -> event = p.getText();
                        default -> { }
                    }
                } else if (t == JsonToken.END_OBJECT) {
                    sink.event(customer, EventTimes.parse(ts), event, null);
                }
            }
        }
        return sink.result(List.of(log.toString()));
    }
}
