package dev.journeykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.json.JourneyJson;
import dev.journeykit.core.json.JourneyJsonException;
import dev.journeykit.core.model.JourneyMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

/**
 * What {@code journey import} accepts, {@code journey check} accepts: a JSON map that reads
 * without error formats to {@code .journey} text that parses back to the same map and analyzes
 * without throwing; and {@code export} then {@code import} gives the same map. Checked over JSON
 * mutated at its values with the edge cases that once split the two readers (a volume of 10^18,
 * an empty suppression code, blank names, lone surrogates, control characters, numbers at the
 * limits of their types).
 */
class ImportCheckProperties {

    private static final String EXPORTED = JourneyJson.write(JourneyDsl.parse("p.journey", NeverThrowProperties.VALID));

    /** A JSON value after a field name or in an array: a string, a number, true or false. */
    private static final Pattern VALUE = Pattern.compile("(?<=[:\\[,] )(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|true|false)");

    private static final List<String> EDGES = List.of("\"\"", "\" \"", "\"\\t\"", "\"\\u0000\"", "\"\\uD800\"",
            "\"\\uDC00x\"", "\"a\\nb\"", "\"a\\r\\nb\"", "\"\\u202E\"", "\"\\u0085\"", "\"x\"", "\"web\"", "\"chat\"",
            "\"amber\"", "\"page\"", "\"faq\"", "\"think\"", "\"decide\"", "\"a\\\"b\"", "\"\\\\\"", "\"}\"", "\"{\"",
            "\"#\"", "\"//\"", "\"->\"", "\"journey\"", "\"kind\"", "\"on\"", "\"because\"", "\"a b\"", "\"-\"",
            "\"coverage.no-feedback\"", "\"Coverage.x\"", "\"x.\"", "\"1\"", "\"\\uFEFF\"", "\"\\uD83D\\uDE00\"",
            "\"\\u00e9\"", "\"touchpoint\"", "\"moment\"", "\"percent\"", "\"seconds\"", "\"nps\"",
            "0", "-0", "1", "-1", "2", "-3", "3", "4", "12", "100", "2147483647", "-2147483648", "2147483648",
            "999999999999999999", "1000000000000000000", "9223372036854775807", "-9223372036854775808",
            "0.5", "-0.5", "1e308", "1e-308", "4.9e-324", "123456789.123456789", "1E2", "true", "false");

    @Provide
    Arbitrary<List<Tuple.Tuple2<Integer, Integer>>> mutations() {
        int values = count(EXPORTED);
        Arbitrary<Tuple.Tuple2<Integer, Integer>> one = Combinators.combine(
                Arbitraries.integers().between(0, values - 1),
                Arbitraries.integers().between(0, EDGES.size() - 1)).as(Tuple::of);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 500)
    void what_import_accepts_check_accepts(@ForAll("mutations") List<Tuple.Tuple2<Integer, Integer>> mutations) {
        String json = EXPORTED;
        for (Tuple.Tuple2<Integer, Integer> m : mutations) {
            json = replace(json, m.get1(), EDGES.get(m.get2()));
        }
        importAgrees(json);
    }

    @org.junit.jupiter.api.Test
    void volumes_up_to_the_largest_long_are_imported_and_checked_alike() {
        for (String volume : List.of("999999999999999999", "1000000000000000000", "9223372036854775807")) {
            importAgrees(EXPORTED.replace("\"volume\": 12", "\"volume\": " + volume));
        }
        assertThat(EXPORTED).contains("\"volume\": 12");
    }

    @org.junit.jupiter.api.Test
    void an_empty_suppression_code_is_rejected_by_import_too() {
        String json = EXPORTED.replace("\"code\": \"coverage.no-feedback\"", "\"code\": \"\"");
        assertThat(json).isNotEqualTo(EXPORTED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JourneyJson.read(json))
                .hasMessageContaining("$.suppressions[0].code: a suppression has an empty code");
    }

    private static void importAgrees(String json) {
        JourneyMap imported;
        try {
            imported = JourneyJson.read(json);
        } catch (JourneyJsonException e) {
            assertThat(e.getMessage()).isNotBlank().startsWith(e.validation().isPresent() ? "journey '" : "$");
            return;
        }
        agrees(imported);
    }

    @Property(tries = 300)
    void export_then_import_gives_the_same_map_and_check_accepts_it(
            @ForAll @Size(max = 3) List<@net.jqwik.api.constraints.StringLength(max = 6) String> names) {
        StringBuilder text = new StringBuilder("journey \"T\" {\n    channel web \"Web\"\n    stage s \"S\" {\n");
        for (int i = 0; i < names.size(); i++) {
            text.append("        touchpoint t").append(i).append(" \"").append(escape(names.get(i)))
                    .append("\" via web\n");
        }
        text.append("    }\n}\n");
        JourneyMap map;
        try {
            map = JourneyDsl.parse("p.journey", text.toString());
        } catch (JourneyDslException e) {
            return; // a blank name: not a map
        }
        JourneyMap imported = JourneyJson.read(JourneyJson.write(map));
        assertThat(imported).isEqualTo(map);
        agrees(imported);
    }

    /** The map formats to text that parses back to it, and analyzes without throwing. */
    private static void agrees(JourneyMap imported) {
        String text = JourneyDsl.format(imported);
        JourneyMap checked;
        try {
            checked = JourneyDsl.parse("p.journey", text);
        } catch (JourneyDslException e) {
            throw new AssertionError("import accepted a map that check rejects:\n" + e.getMessage() + "\n" + text, e);
        }
        assertThat(checked).isEqualTo(imported);
        assertThat(Analyzers.defaults().analyze(checked)).isNotNull();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || Character.isSurrogate((char) c) && c <= 0xFFFF) {
                out.append("\\u{").append(Integer.toHexString(c)).append('}');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static int count(String json) {
        Matcher m = VALUE.matcher(json);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String replace(String json, int index, String value) {
        Matcher m = VALUE.matcher(json);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        int[] span = spans.get(index % spans.size());
        return json.substring(0, span[0]) + value + json.substring(span[1]);
    }
}
