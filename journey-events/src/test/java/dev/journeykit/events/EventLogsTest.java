package dev.journeykit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.LogCounts;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.TransitionObservation;
import dev.journeykit.dsl.JourneyDsl;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers on small logs with known answers: every format gives the same result. */
class EventLogsTest {

    static final JourneyMap SHOP = JourneyDsl.parse("shop.journey", """
            journey "Shop" {
                persona amber "Amber"
                channel web "Web" kind self-service
                channel chat "Chat" kind assisted
                stage discover "Discover" {
                    touchpoint search "Search" via web
                    touchpoint faq "FAQ" via web
                }
                stage decide "Decide" {
                    touchpoint cart "Cart" via web {
                        event "cart_viewed"
                    }
                    touchpoint help "Help" via chat
                }
                stage buy "Buy" {
                    touchpoint pay "Pay" via web
                }
                path amber "Typical" {
                    search -> faq -> cart
                }
                flow search -> cart -> pay
            }
            """);

    static final String CSV = """
            customer_id,ts,touchpoint,segment
            c2,2024-01-01 00:01:30,cart_viewed,amber
            c1,2024-01-01T00:00:00Z,search,amber
            "c1","1704067260","cart_viewed",amber
            c1,1704067320000,pay,amber
            c2,2024-01-01 00:00:00,search,amber
            c2,2024-01-01T01:00:30+01:00,faq,amber
            c3,2024-01-01 00:00:00,"page,ping",
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Path gzip(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static final EventLogOptions PERSONA = EventLogOptions.defaults().withPersonaColumn("segment");

    private ObservedJourney read(EventLogOptions options, Path... files) {
        return EventLogs.read(SHOP, List.of(files), options).observed();
    }

    @Test
    void reads_csv_in_any_row_order_with_every_time_form_and_quoting() throws IOException {
        ObservedJourney o = read(PERSONA, write("events.csv", CSV));
        assertThat(o.log()).isEqualTo(new LogCounts(List.of(dir.resolve("events.csv").toString()), 7, 6, 1, 0, 2, 0, 0));
        assertThat(o.transitions()).containsExactly(
                new TransitionObservation("search", "faq", 1, 1, true, 30.0, 30.0),
                new TransitionObservation("search", "cart", 1, 1, true, 60.0, 60.0),
                new TransitionObservation("faq", "cart", 1, 1, true, 60.0, 60.0),
                new TransitionObservation("cart", "pay", 1, 1, true, 60.0, 60.0));
        assertThat(o.unboundEvents()).extracting(e -> e.name() + "=" + e.count()).containsExactly("page,ping=1");
        assertThat(o.personas().get("amber").customers()).isEqualTo(2);
    }

    @Test
    void json_lines_xes_gzip_and_split_files_give_what_csv_gives() throws IOException {
        ObservedJourney csv = read(PERSONA, write("events.csv", CSV));
        String jsonl = """
                {"customer_id": "c2", "ts": "2024-01-01 00:01:30", "touchpoint": "cart_viewed", "segment": "amber", "extra": {"a": [1, 2]}}
                {"customer_id": "c1", "ts": "2024-01-01T00:00:00Z", "touchpoint": "search", "segment": "amber"}
                {"customer_id": "c1", "ts": 1704067260, "touchpoint": "cart_viewed", "segment": "amber"}

                {"touchpoint": "pay", "ts": 1704067320000, "customer_id": "c1", "segment": "amber"}
                {"customer_id": "c2", "ts": "2024-01-01 00:00:00", "touchpoint": "search", "segment": "amber"}
                {"customer_id": "c2", "ts": "2024-01-01T01:00:30+01:00", "touchpoint": "faq", "segment": "amber"}
                {"customer_id": "c3", "ts": "2024-01-01 00:00:00", "touchpoint": "page,ping"}
                """;
        String xes = """
                <?xml version="1.0" encoding="UTF-8"?>
                <log xes.version="1.0" xmlns="http://www.xes-standard.org/">
                  <global scope="event"><string key="concept:name" value="x"/></global>
                  <trace>
                    <string key="concept:name" value="c1"/>
                    <string key="segment" value="amber"/>
                    <event><string key="concept:name" value="search"/><date key="time:timestamp" value="2024-01-01T00:00:00.000+00:00"/></event>
                    <event><string key="concept:name" value="cart_viewed"/><date key="time:timestamp" value="2024-01-01T00:01:00Z"/></event>
                    <event><string key="concept:name" value="pay"/><date key="time:timestamp" value="2024-01-01T00:02:00Z"/></event>
                  </trace>
                  <trace>
                    <event><string key="concept:name" value="cart_viewed"/><date key="time:timestamp" value="2024-01-01T00:01:30Z"/></event>
                    <event><date key="time:timestamp" value="2024-01-01T00:00:00Z"/><string key="concept:name" value="search"/></event>
                    <event><string key="concept:name" value="faq"/><date key="time:timestamp" value="2024-01-01T00:00:30Z"/></event>
                    <string key="concept:name" value="c2"/>
                    <string key="segment" value="amber"/>
                  </trace>
                  <trace>
                    <string key="concept:name" value="c3"/>
                    <event><string key="concept:name" value="page,ping"/><date key="time:timestamp" value="2024-01-01T00:00:00Z"/></event>
                  </trace>
                </log>
                """;
        String[] lines = CSV.split("\n");
        String header = lines[0] + "\n";
        Path a = gzip("a.csv.gz", header + lines[1] + "\n" + lines[2] + "\n" + lines[3] + "\n");
        Path b = write("b.txt", header + String.join("\n", List.of(lines).subList(4, lines.length)) + "\r\n");
        for (ObservedJourney other : List.of(
                read(PERSONA, write("events.jsonl", jsonl)),
                read(PERSONA, gzip("events.ndjson.gz", jsonl)),
                read(PERSONA, write("events.xes", xes)),
                read(PERSONA.withFormat(EventFormat.CSV), a, b))) {
            assertThat(other.overall()).isEqualTo(csv.overall());
            assertThat(other.personas()).isEqualTo(csv.personas());
            assertThat(other.unboundEvents()).isEqualTo(csv.unboundEvents());
            assertThat(other.log().rows()).isEqualTo(7);
        }
    }

    @Test
    void bad_rows_fail_the_read_with_their_places_or_are_skipped_and_counted() throws IOException {
        Path file = write("bad.csv", """
                customer_id,ts,touchpoint
                c1,2024-13-01 00:00:00,search
                c1,2024-01-01 00:00:00
                ,2024-01-01 00:00:00,search
                c1,2024-01-01 00:00:00,
                c1,2024-01-01 00:00:00,"search"x
                c1,2024-01-01 00:00:01,cart_viewed
                c1,3000-01-01 00:00:00,pay
                """);
        EventLogException e = catchThrowableOfType(EventLogException.class,
                () -> EventLogs.read(SHOP, List.of(file), EventLogOptions.defaults()));
        String at = file.toString();
        List<String> expected = List.of(
                at + ":2:2: time \"2024-13-01 00:00:00\" is not a date (expected an ISO-8601 date-time like "
                        + "2024-01-01 00:00:04 or 2024-01-01T00:00:04Z, or epoch seconds or milliseconds)",
                at + ":3:1: the row has 2 fields, the header 3",
                at + ":4:1: empty customer_id",
                at + ":5:3: empty touchpoint",
                at + ":6:3: a character after the closing quote of a field",
                at + ":8:2: time \"3000-01-01 00:00:00\" is outside the years 1692..2248");
        assertThat(e.problems()).containsExactlyElementsOf(expected);

        EventLogResult skipped = EventLogs.read(SHOP, List.of(file), EventLogOptions.defaults().withSkipBadRows(true));
        assertThat(skipped.skippedProblems()).containsExactlyElementsOf(expected);
        assertThat(skipped.observed().log()).isEqualTo(new LogCounts(List.of(at), 7, 1, 0, 6, 1, 0, 0));
    }

    @Test
    void stops_at_the_tenth_bad_row() throws IOException {
        Path file = write("many.csv", "customer_id,ts,touchpoint\n" + "c,x,search\n".repeat(50));
        EventLogException e = catchThrowableOfType(EventLogException.class,
                () -> EventLogs.read(SHOP, List.of(file), EventLogOptions.defaults()));
        assertThat(e.problems()).hasSize(10);
        assertThat(EventLogs.read(SHOP, List.of(file), EventLogOptions.defaults().withSkipBadRows(true))
                .observed().log().skipped()).isEqualTo(50);
    }

    @Test
    void whole_file_problems_name_the_file() throws IOException {
        Path noColumn = write("cols.csv", "customer,ts,touchpoint\nc1,1,search\n");
        assertThat(problems(noColumn)).containsExactly(noColumn + ":1:1: the header has no column \"customer_id\" "
                + "(its columns: \"customer\", \"ts\", \"touchpoint\"); name the columns with --case, --time, --event");
        Path unknown = write("events.txt", "x");
        assertThat(problems(unknown)).containsExactly(unknown + ": unknown log format (name it .csv, .jsonl, .ndjson "
                + "or .xes, optionally .gz, or give --input-format csv|jsonl|xes)");
        assertThat(problems(dir.resolve("missing.csv"))).containsExactly(dir.resolve("missing.csv") + ": no such file");
        Path broken = write("broken.xes", "<log><trace><event></trace></log>");
        assertThat(problems(broken)).singleElement().asString().startsWith(broken + ":1:").contains("not well-formed XML");
        Path dtd = write("dtd.xes", "<?xml version=\"1.0\"?><!DOCTYPE log [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<log><trace><string key=\"concept:name\" value=\"&x;\"/></trace></log>");
        assertThat(problems(dtd)).singleElement().asString().startsWith(dtd + ":");
        Path notGzip = dir.resolve("trunc.csv.gz");
        Files.write(notGzip, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0});
        assertThat(problems(notGzip)).singleElement().asString().startsWith(notGzip + ": cannot read: ");
        Path empty = write("empty.csv", "");
        assertThat(problems(empty)).containsExactly(empty + ": no header row (the file is empty)");
    }

    private List<String> problems(Path file) {
        return catchThrowableOfType(EventLogException.class,
                () -> EventLogs.read(SHOP, List.of(file), EventLogOptions.defaults())).problems();
    }

    @Test
    void json_lines_bad_rows_are_placed() throws IOException {
        Path file = write("bad.jsonl", """
                {"customer_id": "c1", "ts": 1, "touchpoint": "search"}
                [1, 2]
                {"customer_id": "c1", "ts": 1, "touchpoint": "search"
                {"customer_id": "c1", "touchpoint": "search"}
                {"customer_id": "c1", "ts": "then", "touchpoint": "search"}
                """);
        assertThat(problems(file)).containsExactly(
                file + ":2:1: the line is not a JSON object",
                file + ":3:54: not JSON: Unexpected end-of-input: expected close marker for Object",
                file + ":4:1: no \"ts\" (a string or a number)",
                file + ":5:29: time \"then\" is not a date (expected an ISO-8601 date-time like 2024-01-01 00:00:04 "
                        + "or 2024-01-01T00:00:04Z, or epoch seconds or milliseconds)");
    }

    @Test
    void the_sink_takes_events_from_an_application() {
        EventSink sink = new EventSink(SHOP);
        sink.event("c1", 0, "search", null);
        sink.event("c1", 60_000, "cart_viewed", null);
        sink.event("c1", 1, "nothing", null);
        ObservedJourney o = sink.result(List.of("app"));
        assertThat(o.log()).isEqualTo(new LogCounts(List.of("app"), 3, 2, 1, 0, 1, 0, 0));
        assertThat(o.transition("search", "cart")).isPresent();
    }

    @Test
    void xes_is_read_in_the_encoding_its_declaration_names() throws IOException {
        String xes = """
                <?xml version="1.0" encoding="UTF-8"?>
                <log xes.version="1.0" xmlns="http://www.xes-standard.org/">
                  <trace>
                    <string key="concept:name" value="cé"/>
                    <event><string key="concept:name" value="search"/><date key="time:timestamp" value="2024-01-01T00:00:00Z"/></event>
                    <event><string key="concept:name" value="café"/><date key="time:timestamp" value="2024-01-01T00:01:00Z"/></event>
                  </trace>
                </log>
                """;
        ObservedJourney utf8 = read(EventLogOptions.defaults(), write("utf8.xes", xes));
        assertThat(utf8.unboundEvents()).extracting(e -> e.name()).containsExactly("café");
        String latin1 = xes.replace("UTF-8", "ISO-8859-1");
        Path latin1File = dir.resolve("latin1.xes");
        Files.write(latin1File, latin1.getBytes(StandardCharsets.ISO_8859_1));
        Path utf16File = dir.resolve("utf16.xes");
        Files.write(utf16File, xes.replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16));
        Path bomFile = dir.resolve("bom.xes");
        Files.write(bomFile, ("\uFEFF" + xes).getBytes(StandardCharsets.UTF_8));
        for (Path file : List.of(latin1File, utf16File, bomFile)) {
            ObservedJourney other = read(EventLogOptions.defaults(), file);
            assertThat(other.overall()).as(file.toString()).isEqualTo(utf8.overall());
            assertThat(other.unboundEvents()).as(file.toString()).isEqualTo(utf8.unboundEvents());
        }
        Path unknown = write("unknown.xes", xes.replace("UTF-8", "X-NO-SUCH-ENCODING"));
        EventLogException e = catchThrowableOfType(() -> read(EventLogOptions.defaults(), unknown), EventLogException.class);
        assertThat(e.problems()).containsExactly(unknown + ":1:1: cannot read: the XML declaration names the encoding "
                + "\"X-NO-SUCH-ENCODING\", which this Java does not know");
    }
}
