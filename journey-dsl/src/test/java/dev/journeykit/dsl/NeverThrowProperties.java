package dev.journeykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.internal.Dsl;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever the input, parsing ends in a map or a {@link JourneyDslException} with 1 to 50
 * diagnostics, each rendering its line and carets: never another exception.
 */
class NeverThrowProperties {

    /** A map with a statement of every kind (ImportCheckProperties exports it to mutate its JSON). */
    static final String VALID = """
            journey "Checkout" {
                kind service-blueprint
                objective "Sell"
                emotion-scale -3..3
                persona amber "Amber" {
                    goal "Frizz-free hair"
                    prefers web, chat
                    attribute age "32"
                }
                channel web "Website" kind self-service
                channel chat "Chat" kind assisted
                stage decide "Decide" {
                    goal "Buys"
                    touchpoint page "Product page" via web by brand for amber {
                        emotion 2; action "Reads"
                        question "Silk?" answered-by faq
                        pain "Price" severity high
                        metric conversion 2.1% target 3% higher-is-better
                        metric aht 6m30s target 5m
                        fallout "Leaves" recovered-by faq
                        frontstage "Agent"
                    }
                    touchpoint faq "FAQ" via chat { feedback csat }
                    moment think "Thinks" for amber { emotion -1 }
                }
                path amber "Happy" {
                    page -> faq ->
                    think
                }
                flow page -> faq volume 12 kind handoff
                suppress coverage.no-feedback on decide because "Later"
            }
            """;

    private static final List<String> TOKENS = List.of("journey", "persona", "channel", "stage", "touchpoint",
            "moment", "path", "flow", "suppress", "kind", "via", "by", "for", "emotion", "metric", "target",
            "volume", "because", "on", "goal", "pain", "severity", "high", "web", "amber", "a", "b", "x-y",
            "\"text\"", "\"unterminated", "\"esc\\q\"", "{", "}", "{", "}", ",", ";", "->", "..", "-2", "3.5", "71%",
            "6m30s", "1x", "#c", "//c", "\n", "\n", " ", "\t", "\r\n", "@", "\u0000", "é", "😀", "\"\\u{110000}\"");

    static void parsesOrReports(String text) {
        try {
            JourneyMap map = JourneyDsl.parse("p.journey", text);
            assertThat(map).isNotNull();
            assertThat(JourneyDsl.parse("p.journey", JourneyDsl.format(map))).isEqualTo(map);
        } catch (JourneyDslException e) {
            assertThat(e.diagnostics()).isNotEmpty().hasSizeLessThanOrEqualTo(50);
            for (Diagnostic d : e.diagnostics()) {
                assertThat(d.render()).startsWith("p.journey:" + d.position().line() + ":").contains("^");
            }
        }
    }

    @Property(tries = 300)
    void random_bytes_end_in_a_map_or_diagnostics(@ForAll @Size(max = 400) byte[] bytes) {
        try {
            parsesOrReports(Dsl.decode("p.journey", bytes));
        } catch (JourneyDslException e) {
            assertThat(e.diagnostics()).hasSize(1);
            assertThat(e.diagnostics().get(0).message()).startsWith("invalid UTF-8: byte 0x");
        }
    }

    @Property(tries = 300)
    void random_strings_end_in_a_map_or_diagnostics(@ForAll @Size(max = 300) String text) {
        parsesOrReports(text);
    }

    @Provide
    Arbitrary<String> tokenSoups() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(80)
                .map(tokens -> String.join(" ", tokens));
    }

    @Property(tries = 500)
    void token_soups_end_in_a_map_or_diagnostics(@ForAll("tokenSoups") String text) {
        parsesOrReports(text);
    }

    @Provide
    Arbitrary<String> journeySoups() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(60)
                .map(tokens -> "journey \"x\" {\n" + String.join(" ", tokens) + "\n}\n");
    }

    @Property(tries = 500)
    void token_soups_inside_a_journey_end_in_a_map_or_diagnostics(@ForAll("journeySoups") String text) {
        parsesOrReports(text);
    }

    @Provide
    Arbitrary<String> mutants() {
        int n = VALID.length();
        Arbitrary<int[]> edit = Arbitraries.integers().between(0, 2).flatMap(kind ->
                Arbitraries.integers().between(0, n - 1).flatMap(at ->
                        Arbitraries.integers().between(1, 12).map(len -> new int[] {kind, at, len})));
        return edit.list().ofMinSize(1).ofMaxSize(6).map(edits -> {
            String text = VALID;
            for (int[] e : edits) {
                int at = Math.min(e[1], text.length() - 1);
                int end = Math.min(text.length(), at + e[2]);
                text = switch (e[0]) {
                    case 0 -> text.substring(0, at) + text.substring(end);                       // delete
                    case 1 -> text.substring(0, end) + text.substring(at, end) + text.substring(end); // duplicate
                    default -> swap(text, at, end);                                              // swap
                };
                if (text.isEmpty()) {
                    text = " ";
                }
            }
            return text;
        });
    }

    private static String swap(String text, int at, int end) {
        int other = (at * 7 + end * 13) % text.length();
        char[] chars = text.toCharArray();
        char c = chars[at];
        chars[at] = chars[other];
        chars[other] = c;
        return new String(chars);
    }

    @Property(tries = 1000)
    void mutated_valid_files_end_in_a_map_or_diagnostics(@ForAll("mutants") String text) {
        parsesOrReports(text);
    }

    @Property(tries = 1)
    void the_unmutated_file_is_valid() {
        JourneyMap map = JourneyDsl.parse("valid.journey", VALID);
        assertThat(map.paths().get(0).steps()).containsExactly("page", "faq", "think");
        assertThat(map.emotionScale().high()).isEqualTo(3);
        assertThat(VALID.getBytes(StandardCharsets.UTF_8)).isNotEmpty();
    }
}
