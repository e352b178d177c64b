package dev.journeykit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.JourneyValidationException;
import dev.journeykit.core.model.Problem;
import dev.journeykit.core.model.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JourneyJsonTest {

    private static String golden() throws IOException {
        try (InputStream in = JourneyJsonTest.class.getResourceAsStream("/json/every-field.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A minimal valid document with {@code extra} spliced into its first touchpoint. */
    private static String withStep(String extra) {
        return """
                {"title": "T", "channels": [{"id": "web", "name": "Web"}],
                 "stages": [{"id": "s", "name": "S", "steps": [
                   {"type": "touchpoint", "id": "a", "name": "A", "channel": "web"},
                   {"type": "touchpoint", "id": "b", "name": "B", "channel": "web"%s}]}]}
                """.formatted(extra);
    }

    private static JourneyJsonException failure(String json) {
        try {
            JourneyJson.read(json);
        } catch (JourneyJsonException e) {
            return e;
        }
        throw new AssertionError("no JourneyJsonException for " + json);
    }

    @Test
    void writes_every_field_in_the_documented_order_and_form() throws IOException {
        assertThat(JourneyJson.write(JsonFixtures.everyField())).isEqualTo(golden());
    }

    @Test
    void reads_every_field_back_positions_included() throws IOException {
        JourneyMap read = JourneyJson.read(golden());
        assertThat(read).isEqualTo(JsonFixtures.everyField());
        assertThat(read.position()).contains(new SourcePosition("pillow.journey", 1, 1));
        assertThat(read.persona("amber").orElseThrow().position())
                .contains(new SourcePosition("pillow.journey", 7, 5));
        assertThat(read.flows().get(0).position()).contains(new SourcePosition("pillow.journey", 60, 5));
        assertThat(read.flows().get(1).position()).isEmpty();
        assertThat(JourneyJson.write(read)).isEqualTo(golden());
    }

    @Test
    void writer_entry_flushes_and_leaves_the_writer_open() throws IOException {
        StringWriter target = new StringWriter();
        boolean[] closed = {false};
        Writer out = new java.io.FilterWriter(target) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        JourneyJson.write(JsonFixtures.everyField(), out);
        assertThat(target.toString()).isEqualTo(golden());
        assertThat(closed[0]).isFalse();
    }

    @Test
    void a_minimal_map_is_its_title_kind_and_scale() {
        JourneyMap map = JourneyMaps.journey("Empty").build();
        assertThat(JourneyJson.write(map)).isEqualTo("""
                {
                  "title": "Empty",
                  "kind": "current-state",
                  "emotionScale": {
                    "low": -2,
                    "high": 2
                  }
                }
                """);
        assertThat(JourneyJson.read("{\"title\": \"Empty\"}")).isEqualTo(map);
    }

    @Test
    void defaults_apply_to_fields_left_out() {
        JourneyMap map = JourneyJson.read(withStep(", \"pains\": [{\"text\": \"p\"}], \"metrics\": "
                + "[{\"name\": \"aht\", \"value\": 60, \"unit\": \"duration\"}]"));
        assertThat(JourneyJson.write(map)).contains("\"initiatedBy\": \"customer\"",
                "\"severity\": \"medium\"", "\"direction\": \"lower-is-better\"", "\"kind\": \"other\"");
    }

    @Test
    void escapes_text_and_keeps_unicode() {
        JourneyMap map = JourneyMaps.journey("Quote \" backslash \\ newline \n tab \t <&> é 😀 \u0001").build();
        String json = JourneyJson.write(map);
        assertThat(json).contains("\"title\": \"Quote \\\" backslash \\\\ newline \\n tab \\t <&> é 😀 \\u0001\"");
        assertThat(JourneyJson.read(json)).isEqualTo(map);
    }

    @Test
    void escapes_a_lone_surrogate_so_that_utf8_keeps_it() {
        JourneyMap map = JourneyMaps.journey("lone \uD800 \"q\" \n 😀 and \uDE00").build();
        String json = JourneyJson.write(map);
        assertThat(json).contains("\"title\": \"lone \\uD800 \\\"q\\\" \\u000A 😀 and \\uDE00\"");
        String throughUtf8 = new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(JourneyJson.read(throughUtf8)).isEqualTo(map);
    }

    @Test
    void reads_from_a_reader() throws IOException {
        Reader in = new StringReader(golden());
        assertThat(JourneyJson.read(in)).isEqualTo(JsonFixtures.everyField());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown field in a touchpoint  | , "colour": "red"          | $.stages[0].steps[1].colour | unknown field "colour" in a touchpoint (expected one of: type, id, name, channel, initiatedBy, personas, emotion, actions, thoughts, questions, pains, opportunities, owner, feedback, metrics, fallouts, frontstage, backstage, support, evidence, events, position)
            emotion as a string            | , "emotion": "high"        | $.stages[0].steps[1].emotion | expected an integer, got the string "high"
            emotion as a fraction          | , "emotion": 1.5           | $.stages[0].steps[1].emotion | expected an integer, got the number 1.5
            emotion too large for an int   | , "emotion": 3000000000    | $.stages[0].steps[1].emotion | integer 3000000000 is out of range (-2147483648..2147483647)
            emotion null                   | , "emotion": null          | $.stages[0].steps[1].emotion | expected an integer, got null
            unknown initiator              | , "initiatedBy": "robot"   | $.stages[0].steps[1].initiatedBy | unknown value "robot" (expected one of: customer, brand)
            actions not an array           | , "actions": "run"         | $.stages[0].steps[1].actions | expected an array, got the string "run"
            action not a string            | , "actions": ["a", 2]      | $.stages[0].steps[1].actions[1] | expected a string, got the number 2
            unknown feedback               | , "feedback": ["csat", "x"] | $.stages[0].steps[1].feedback[1] | unknown value "x" (expected one of: csat, ces, nps, custom)
            question without text          | , "questions": [{"answeredBy": "a"}] | $.stages[0].steps[1].questions[0].text | missing required field of a question
            question not an object         | , "questions": ["why?"]    | $.stages[0].steps[1].questions[0] | expected an object (a question), got the string "why?"
            pain of unknown severity       | , "pains": [{"text": "p", "severity": "huge"}] | $.stages[0].steps[1].pains[0].severity | unknown value "huge" (expected one of: low, medium, high)
            metric without unit            | , "metrics": [{"name": "csat", "value": 4}] | $.stages[0].steps[1].metrics[0].unit | missing required field of a metric
            metric value as text           | , "metrics": [{"name": "csat", "value": "4", "unit": "number"}] | $.stages[0].steps[1].metrics[0].value | expected a number, got the string "4"
            metric value too large         | , "metrics": [{"name": "csat", "value": 1e400, "unit": "number"}] | $.stages[0].steps[1].metrics[0].value | number is out of the range of a double
            position line zero             | , "position": {"file": "f", "line": 0, "column": 1} | $.stages[0].steps[1].position.line | must be 1 or more, got 0
            position without file          | , "position": {"line": 1, "column": 1} | $.stages[0].steps[1].position.file | missing required field of a position
            moment field on a touchpoint   | , "stage": "s"             | $.stages[0].steps[1].stage | unknown field "stage" in a touchpoint (expected one of: type, id, name, channel, initiatedBy, personas, emotion, actions, thoughts, questions, pains, opportunities, owner, feedback, metrics, fallouts, frontstage, backstage, support, evidence, events, position)
            """)
    void names_the_json_path_of_a_bad_step_field(String behaviour, String extra, String path, String detail) {
        JourneyJsonException e = failure(withStep(extra));
        assertThat(e.jsonPath()).isEqualTo(path);
        assertThat(e.getMessage()).isEqualTo(path + ": " + detail);
        assertThat(e.problems()).isEmpty();
        assertThat(e.validation()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not an object             | []                                    | $ | expected an object (a journey map), got an array
            no title                  | {}                                    | $.title | missing required field of a journey map
            title a number            | {"title": 1}                          | $.title | expected a string, got the number 1
            unknown top-level field   | {"title": "T", "version": 2}          | $.version | unknown field "version" in a journey map (expected one of: title, kind, objective, timeline, emotionScale, personas, channels, stages, paths, flows, suppressions, position)
            unknown map kind          | {"title": "T", "kind": "as-is"}       | $.kind | unknown value "as-is" (expected one of: current-state, future-state, day-in-the-life, service-blueprint)
            scale without high        | {"title": "T", "emotionScale": {"low": -1}} | $.emotionScale.high | missing required field of an emotion scale
            persona without name      | {"title": "T", "personas": [{"id": "p"}]} | $.personas[0].name | missing required field of a persona
            attribute not a string    | {"title": "T", "personas": [{"id": "p", "name": "P", "attributes": {"age": 32}}]} | $.personas[0].attributes.age | expected a string, got the number 32
            odd attribute key         | {"title": "T", "personas": [{"id": "p", "name": "P", "attributes": {"hair-type": true}}]} | $.personas[0].attributes['hair-type'] | expected a string, got true
            unknown channel kind      | {"title": "T", "channels": [{"id": "c", "name": "C", "kind": "fax"}]} | $.channels[0].kind | unknown value "fax" (expected one of: self-service, assisted, voice, messaging, social, media, in-person, automated, other)
            step without type         | {"title": "T", "stages": [{"id": "s", "name": "S", "steps": [{"id": "a"}]}]} | $.stages[0].steps[0].type | missing required field ("touchpoint" or "moment")
            step of unknown type      | {"title": "T", "stages": [{"id": "s", "name": "S", "steps": [{"type": "event"}]}]} | $.stages[0].steps[0].type | unknown step type "event" (expected "touchpoint" or "moment")
            step not an object        | {"title": "T", "stages": [{"id": "s", "name": "S", "steps": [1]}]} | $.stages[0].steps[0] | expected an object (a touchpoint or a moment), got the number 1
            touchpoint without channel | {"title": "T", "stages": [{"id": "s", "name": "S", "steps": [{"type": "touchpoint", "id": "a", "name": "A"}]}]} | $.stages[0].steps[0].channel | missing required field of a touchpoint
            channel field on a moment | {"title": "T", "stages": [{"id": "s", "name": "S", "steps": [{"type": "moment", "id": "a", "name": "A", "channel": "web"}]}]} | $.stages[0].steps[0].channel | unknown field "channel" in a moment (expected one of: type, id, name, personas, emotion, actions, thoughts, pains, events, position)
            path without steps        | {"title": "T", "paths": [{"persona": "p", "name": "P"}]} | $.paths[0].steps | missing required field of a path
            flow without steps        | {"title": "T", "flows": [{"volume": 3}]} | $.flows[0].steps | missing required field of a flow
            flow volume fractional    | {"title": "T", "flows": [{"steps": ["a", "b"], "volume": 2.5}]} | $.flows[0].volume | expected an integer, got the number 2.5
            unknown flow kind         | {"title": "T", "flows": [{"steps": ["a", "b"], "kind": "jump"}]} | $.flows[0].kind | unknown value "jump" (expected one of: next, return, handoff, recovery)
            suppression without reason | {"title": "T", "suppressions": [{"code": "x.y"}]} | $.suppressions[0].reason | missing required field of a suppression
            """)
    void names_the_json_path_of_a_bad_field(String behaviour, String json, String path, String detail) {
        JourneyJsonException e = failure(json);
        assertThat(e.jsonPath()).isEqualTo(path);
        assertThat(e.getMessage()).isEqualTo(path + ": " + detail);
    }

    @Test
    void reports_json_syntax_errors_with_line_column_and_path() {
        JourneyJsonException e = failure("{\"title\": \"T\",\n \"stages\": [{\"id\": \"s\",, }]}");
        assertThat(e.jsonPath()).isEqualTo("$.stages[0].id");
        assertThat(e.getMessage()).startsWith("$.stages[0].id: not valid JSON at line 2, column 24: Unexpected character (','");
    }

    @Test
    void rejects_duplicate_fields() {
        JourneyJsonException e = failure("{\"title\": \"T\", \"title\": \"U\"}");
        assertThat(e.getMessage()).startsWith("$.title: not valid JSON at line 1, column 23: Duplicate field 'title'");
    }

    @Test
    void rejects_trailing_content_and_empty_input() {
        assertThat(failure("{\"title\": \"T\"} {}").getMessage())
                .startsWith("$: not valid JSON at line 1, column 16: Trailing token");
        assertThat(failure("").getMessage()).isEqualTo("$: expected a JSON object of a journey map, got no JSON value");
        assertThat(failure("  \n ").getMessage()).isEqualTo("$: expected a JSON object of a journey map, got no JSON value");
    }

    @Test
    void deep_nesting_is_an_error_not_a_stack_overflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(failure(deep).getMessage()).isEqualTo("$: not valid JSON: the JSON is nested too deeply "
                + "(1001; at most 1000)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            as the title                 | {"title": %s}
            in an unknown field          | {"title": "T", "colour": %s}
            in an attribute              | {"title": "T", "personas": [{"id": "p", "name": "P", "attributes": {"a": %s}}]}
            in a step before its type    | {"title": "T", "stages": [{"id": "s", "name": "S", "steps": [{"id": "a", "name": %s, "type": "moment"}]}]}
            in steps before the stage id | {"title": "T", "stages": [{"name": "S", "steps": %s, "id": "s"}]}
            """)
    void deep_nesting_anywhere_is_an_error_not_a_stack_overflow(String where, String template) {
        for (String open : new String[] {"[", "{\"a\": "}) {
            String close = open.equals("[") ? "]" : "}";
            String deep = open.repeat(100_000) + "1" + close.repeat(100_000);
            JourneyJsonException e = failure(template.formatted(deep));
            assertThat(e.getMessage()).contains("not valid JSON").contains("the JSON is nested too deeply (1001; at most 1000)");
        }
    }

    @Test
    void reads_fields_in_any_order() {
        JourneyMap written = JourneyJson.read(withStep(", \"emotion\": 1"));
        JourneyMap shuffled = JourneyJson.read("""
                {"stages": [{"steps": [
                   {"channel": "web", "name": "A", "id": "a", "type": "touchpoint"},
                   {"emotion": 1, "type": "touchpoint", "channel": "web", "name": "B", "id": "b"}],
                  "name": "S", "id": "s"}],
                 "channels": [{"name": "Web", "id": "web"}], "title": "T"}
                """);
        assertThat(shuffled).isEqualTo(written);
        assertThat(JourneyJson.write(shuffled)).isEqualTo(JourneyJson.write(written));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            touchpoint field on a late moment | {"title": "T", "stages": [{"id": "s", "name": "S", "steps": [{"id": "a", "channel": "web", "type": "moment"}]}]} | $.stages[0].steps[0].channel | unknown field "channel" in a moment (expected one of: type, id, name, personas, emotion, actions, thoughts, pains, events, position)
            unknown field before the type     | {"title": "T", "stages": [{"id": "s", "name": "S", "steps": [{"colour": "red", "type": "moment"}]}]} | $.stages[0].steps[0].colour | unknown field "colour" in a moment (expected one of: type, id, name, personas, emotion, actions, thoughts, pains, events, position)
            type checked before the rest       | {"title": "T", "stages": [{"id": "s", "name": "S", "steps": [{"emotion": "x", "type": 3}]}]} | $.stages[0].steps[0].type | expected a string ("touchpoint" or "moment"), got the number 3
            late type unknown                  | {"title": "T", "stages": [{"id": "s", "name": "S", "steps": [{"id": "a", "type": "event"}]}]} | $.stages[0].steps[0].type | unknown step type "event" (expected "touchpoint" or "moment")
            integer out of range, late type    | {"title": "T", "stages": [{"id": "s", "name": "S", "steps": [{"emotion": 3000000000, "id": "a", "name": "A", "type": "moment"}]}]} | $.stages[0].steps[0].emotion | integer 3000000000 is out of range (-2147483648..2147483647)
            fraction in a late step            | {"title": "T", "stages": [{"id": "s", "name": "S", "steps": [{"emotion": 1.50, "id": "a", "name": "A", "type": "moment"}]}]} | $.stages[0].steps[0].emotion | expected an integer, got the number 1.5
            steps before a missing stage id    | {"title": "T", "stages": [{"name": "S", "steps": [{"type": "event"}]}]} | $.stages[0].id | missing required field of a stage
            error in steps before the id       | {"title": "T", "stages": [{"steps": [{"type": "moment", "id": "a"}], "id": "s", "name": "S"}]} | $.stages[0].steps[0].name | missing required field of a moment
            steps before the id not an array   | {"title": "T", "stages": [{"steps": {}, "id": "s", "name": "S"}]} | $.stages[0].steps | expected an array, got an object
            first error in the text            | {"kind": "as-is", "version": 2} | $.kind | unknown value "as-is" (expected one of: current-state, future-state, day-in-the-life, service-blueprint)
            unknown field before a bad value   | {"version": 2, "title": 1} | $.version | unknown field "version" in a journey map (expected one of: title, kind, objective, timeline, emotionScale, personas, channels, stages, paths, flows, suppressions, position)
            missing field at its object's end  | {"channels": [{"id": "c"}], "kind": "as-is"} | $.channels[0].name | missing required field of a channel
            integer written with an exponent   | {"title": "T", "emotionScale": {"low": -2E0, "high": 2}} | $.emotionScale.low | expected an integer, got the number -2.0
            """)
    void reports_the_first_error_in_the_text_whatever_the_field_order(String behaviour, String json, String path,
                                                                      String detail) {
        JourneyJsonException e = failure(json);
        assertThat(e.jsonPath()).isEqualTo(path);
        assertThat(e.getMessage()).isEqualTo(path + ": " + detail);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            syntax error after a wrong type   | {"title": 1, "kind": }                    | $.kind: not valid JSON at line 1, column 22: Unexpected character ('}'
            duplicate after a wrong type      | {"title": 1, "kind": "a", "kind": "b"}    | $.kind: not valid JSON at line 1, column 33: Duplicate field 'kind'
            trailing token after a wrong type | {"title": 1} []                           | $: not valid JSON at line 1, column 14: Trailing token (of type START_ARRAY) found after the journey map
            end of text after an unknown field | {"title": "T", "colour": [1, 2           | $.colour[1]: not valid JSON at line 1, column 31: Unexpected end-of-input
            """)
    void a_syntax_error_anywhere_wins_over_a_shape_error(String behaviour, String json, String message) {
        JourneyJsonException e = failure(json);
        assertThat(e.getMessage()).startsWith(message);
        assertThat(e.getCause()).isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }

    @Test
    void rejects_duplicate_fields_in_steps_read_late_and_in_attributes() {
        assertThat(failure("{\"title\": \"T\", \"stages\": [{\"id\": \"s\", \"name\": \"S\", \"steps\": "
                + "[{\"id\": \"a\", \"id\": \"b\", \"type\": \"moment\"}]}]}").getMessage())
                .startsWith("$.stages[0].steps[0].id: not valid JSON at line 1, column 78: Duplicate field 'id'");
        assertThat(failure("{\"title\": \"T\", \"personas\": [{\"id\": \"p\", \"name\": \"P\", "
                + "\"attributes\": {\"a\": \"1\", \"a\": \"2\"}}]}").getMessage())
                .startsWith("$.personas[0].attributes.a: not valid JSON at line 1, column 82: Duplicate field 'a'");
    }

    @Test
    void reads_a_reader_to_its_end_and_leaves_it_open() throws IOException {
        boolean[] closed = {false};
        StringReader text = new StringReader("{\"title\": \"T\"}\n\n");
        Reader in = new java.io.FilterReader(text) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertThat(JourneyJson.read(in).title()).isEqualTo("T");
        assertThat(closed[0]).isFalse();
        assertThat(text.read()).isEqualTo(-1);
        assertThat(failure("{\"title\": \"T\"} x").getMessage()).startsWith("$: not valid JSON at line 1, column 17: Unrecognized token 'x'");
    }

    @Test
    void an_invalid_map_carries_the_validation_problems_and_message() {
        String json = withStep(", \"emotion\": 7, \"questions\": [{\"text\": \"q\", \"answeredBy\": \"nope\"}]")
                .replace("\"channel\": \"web\"}", "\"channel\": \"fax\"}");
        JourneyJsonException e = failure(json);
        assertThat(e.jsonPath()).isEqualTo("$.stages[0].steps[0].channel");
        assertThat(e.validation()).isPresent();
        assertThat(e.getMessage()).isEqualTo("""
                journey 'T' is not valid: 3 problems
                  - $.stages[0].steps[0].channel: touchpoint 'a' refers to unknown channel 'fax'
                  - $.stages[0].steps[1].emotion: touchpoint 'b' has emotion 7 outside the scale -2..2
                  - $.stages[0].steps[1]: touchpoint 'b' has a question answered by unknown touchpoint 'nope'""");
        assertThat(e.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.UNKNOWN_REFERENCE,
                Problem.Kind.EMOTION_OUT_OF_SCALE, Problem.Kind.UNKNOWN_REFERENCE);
        assertThat(e.getCause()).isInstanceOf(JourneyValidationException.class);
    }

    @Test
    void validation_problems_name_the_positions_read() {
        JourneyJsonException e = failure("""
                {"title": "T", "stages": [{"id": "Bad Id", "name": "S",
                  "position": {"file": "m.journey", "line": 3, "column": 5}}]}""");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.position()).contains(new SourcePosition("m.journey", 3, 5));
            assertThat(p.toString()).startsWith("m.journey:3:5: stage id 'Bad Id' is not a valid id");
        });
    }

    @Test
    void null_arguments_are_named() {
        assertThatThrownBy(() -> JourneyJson.write(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("map must not be null");
        assertThatThrownBy(() -> JourneyJson.write(JsonFixtures.everyField(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("out must not be null");
        assertThatThrownBy(() -> JourneyJson.read((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("json must not be null");
        assertThatThrownBy(() -> JourneyJson.read((Reader) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("in must not be null");
    }

    @Test
    void positions_are_kept_but_not_part_of_equality() {
        JourneyMap plain = JourneyMaps.journey("T").build();
        JourneyMap placed = JourneyJson.read("{\"title\": \"T\", \"position\": {\"file\": \"a\", \"line\": 2, \"column\": 3}}");
        assertThat(placed).isEqualTo(plain);
        assertThat(placed.position()).isEqualTo(Optional.of(new SourcePosition("a", 2, 3)));
    }

    @Test
    void model_errors_name_the_json_path_of_their_element() {
        JourneyJsonException e = failure("""
                {"title": " ", "personas": [{"id": "ann", "name": "Ann"}, {"id": "ann", "name": "Ann B",
                  "preferredChannels": ["fax"]}], "channels": [{"id": "Web", "name": "Web"}],
                 "paths": [{"persona": "bob", "name": "P", "steps": []}],
                 "flows": [{"steps": ["x", "y"], "volume": -1}],
                 "suppressions": [{"code": "", "reason": "r"}]}""");
        assertThat(e.jsonPath()).isEqualTo("$.title");
        assertThat(e.getMessage()).isEqualTo("""
                journey ' ' is not valid: 10 problems
                  - $.title: journey has an empty title
                  - $.personas[1].id: duplicate id 'ann': persona 'ann' has the id of persona 'ann'
                  - $.channels[0].id: channel id 'Web' is not a valid id (expected lower-case words joined by '-' or '_', like 'live-chat')
                  - $.personas[1].preferredChannels: persona 'ann' prefers unknown channel 'fax'
                  - $.paths[0].persona: path 'P' refers to unknown persona 'bob'
                  - $.paths[0].steps: path 'P' of persona 'bob' has no steps; a path needs two or more
                  - $.flows[0].steps: flow 'x -> y' refers to unknown step 'x'
                  - $.flows[0].steps: flow 'x -> y' refers to unknown step 'y'
                  - $.flows[0].volume: flow 'x -> y' has a negative volume -1
                  - $.suppressions[0].code: a suppression has an empty code: name the finding to suppress, like coverage.no-feedback""");
    }

    @Test
    void reads_json_after_a_byte_order_mark_like_a_journey_file() throws IOException {
        assertThat(JourneyJson.read("\uFEFF{\"title\": \"T\"}").title()).isEqualTo("T");
        assertThat(JourneyJson.read(new StringReader("\uFEFF{\"title\": \"T\"}")).title()).isEqualTo("T");
        assertThat(failure("\uFEFF\uFEFF{\"title\": \"T\"}").getMessage()).startsWith("$: not valid JSON at line 1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"title": NaN}                | $.title: not valid JSON at line 1, column 14: 'NaN' is not a JSON value (numbers must be finite)
            {"title": "T" /* c */}        | $.title: not valid JSON at line 1, column 15: comments are not allowed in JSON
            {"title": "T", "title": "U"}  | $.title: not valid JSON at line 1, column 23: Duplicate field 'title'
            """)
    void json_errors_speak_the_users_language(String json, String message) {
        assertThat(failure(json).getMessage()).isEqualTo(message).doesNotContain("`").doesNotContain("Feature")
                .doesNotContain("ALLOW_").doesNotContain("StreamReadConstraints");
    }

    @Test
    void a_control_character_in_a_string_is_told_how_to_escape() {
        assertThat(failure("{\"title\": \"a\tb\"}").getMessage()).isEqualTo("$.title: not valid JSON at line 1, "
                + "column 13: a control character (code 9) in a string: write it escaped, as \\n, \\t or \\u00XX");
    }

    @Test
    void a_number_too_long_names_the_limit_in_words() {
        String json = "{\"title\": \"T\", \"flows\": [{\"steps\": [], \"volume\": " + "9".repeat(1001) + "}]}";
        assertThat(failure(json).getMessage()).contains("a number has too many digits (1001; at most 1000)")
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    void a_control_character_between_values_is_told_without_jacksons_setting() {
        assertThat(failure("{\u001E\"title\": \"T\"}").getMessage()).isEqualTo("$: not valid JSON at line 1, column 3: "
                + "a control character (code 30) between JSON values: only spaces, tabs and line breaks may be there");
        assertThat(failure("{\"title\": +1}").getMessage()).isEqualTo("$.title: not valid JSON at line 1, column 12: "
                + "Unexpected character ('+' (code 43)) in numeric value: JSON spec does not allow numbers to have plus signs");
    }
}
