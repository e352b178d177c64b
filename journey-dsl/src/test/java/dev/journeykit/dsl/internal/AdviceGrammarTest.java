package dev.journeykit.dsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.model.Element;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.testing.JourneyArbitraries;
import dev.journeykit.dsl.JourneyDsl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/**
 * Advice names only what the language allows at that place: every statement keyword of the
 * parser's block words that a finding's advice (the text after its last ": ") names must be a
 * statement of the block of the finding's first subject (a touchpoint, a moment, a stage, a
 * persona; the journey for none), of the journey (top-level statements go anywhere), of the
 * stage around a step, or of a touchpoint when the advice says the touchpoint is where it goes.
 * Ids and texts from the map (quoted) are not read as words.
 */
class AdviceGrammarTest {

    /** Block words that advice uses as plain English ("support the customer", "need not repeat"). */
    private static final Set<String> ENGLISH = Set.of("support", "need", "goal", "action", "thought", "kind",
            "description", "'}'");

    private static final Set<String> STATEMENTS = statements();

    private static Set<String> statements() {
        Set<String> all = new TreeSet<>();
        Stream.of(Parser.JOURNEY_WORDS, Parser.PERSONA_WORDS, Parser.STAGE_WORDS, Parser.TOUCHPOINT_WORDS,
                Parser.MOMENT_WORDS).forEach(all::addAll);
        all.removeAll(ENGLISH);
        return all;
    }

    /** The statements of the advice that the grammar does not allow where it points, empty when fine. */
    static List<String> misplaced(JourneyMap map, Finding finding) {
        String message = finding.message();
        String advice = message.substring(message.lastIndexOf(": ") + 2).toLowerCase(Locale.ROOT);
        String words = advice.replaceAll("'[^']*'", "ID").replaceAll("\"(\\\\.|[^\"\\\\])*\"", "TEXT");
        String place = finding.subjects().isEmpty() ? "journey"
                : map.element(finding.subjects().get(0)).map(Element::kindName).orElse("journey");
        List<String> allowed = new ArrayList<>(Parser.JOURNEY_WORDS);
        switch (place) {
            case "touchpoint" -> {
                allowed.addAll(Parser.TOUCHPOINT_WORDS);
                allowed.addAll(Parser.STAGE_WORDS);
            }
            case "moment" -> {
                allowed.addAll(Parser.MOMENT_WORDS);
                allowed.addAll(Parser.STAGE_WORDS);
            }
            case "stage" -> allowed.addAll(Parser.STAGE_WORDS);
            case "persona" -> allowed.addAll(Parser.PERSONA_WORDS);
            default -> { }
        }
        if (names(words, "touchpoint")) {
            allowed.addAll(Parser.TOUCHPOINT_WORDS);
        }
        List<String> wrong = new ArrayList<>();
        for (String statement : STATEMENTS) {
            if (names(words, statement) && !allowed.contains(statement)) {
                wrong.add(finding.code() + " on " + place + " '" + String.join(",", finding.subjects())
                        + "' names '" + statement + "': " + advice);
            }
        }
        return wrong;
    }

    /** Whether {@code text} names {@code word} as a word, singular or plural. */
    private static boolean names(String text, String word) {
        String stem = Pattern.quote(word.endsWith("y") ? word.substring(0, word.length() - 1) : word);
        String plural = word.endsWith("y") ? "(y|ies)" : "s?";
        return Pattern.compile("(?<![\\w-])" + stem + plural + "(?![\\w-])").matcher(text).find();
    }

    private static List<String> misplacedIn(JourneyMap map) {
        var report = Analyzers.defaults().analyze(map);
        List<String> wrong = new ArrayList<>();
        report.findings().forEach(f -> wrong.addAll(misplaced(map, f)));
        report.suppressed().forEach(s -> wrong.addAll(misplaced(map, s.finding())));
        return wrong;
    }

    private static List<JourneyMap> corpus() throws IOException {
        List<JourneyMap> maps = new ArrayList<>();
        maps.add(JourneyDsl.parse(Path.of("src/test/resources/valid/every-code.journey")));
        maps.add(JourneyDsl.parse(Path.of("src/test/resources/valid/pillowcase.journey")));
        try (Stream<Path> files = Files.list(Path.of("../examples/maps"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".journey")).sorted().toList()) {
                maps.add(JourneyDsl.parse(file));
            }
        }
        return maps;
    }

    @Test
    void the_corpus_raises_every_code_of_the_catalog_so_every_advice_is_read() throws IOException {
        Set<String> raised = new LinkedHashSet<>();
        for (JourneyMap map : corpus()) {
            var report = Analyzers.defaults().analyze(map);
            report.findings().forEach(f -> raised.add(f.code()));
            report.suppressed().forEach(s -> raised.add(s.finding().code()));
        }
        // the observed.* codes come from an event log, which analyzing a map does not read
        assertThat(raised).containsAll(Stream.of(Rule.values()).filter(r -> !r.isObserved()).map(Rule::code).toList());
    }

    @Test
    void no_advice_of_the_corpus_names_a_statement_the_grammar_forbids_where_it_points() throws IOException {
        for (JourneyMap map : corpus()) {
            assertThat(misplacedIn(map)).as(map.title()).isEmpty();
        }
    }

    @Test
    void the_check_catches_an_opportunity_advised_on_a_moment() throws IOException {
        JourneyMap map = JourneyDsl.parse(Path.of("src/test/resources/valid/every-code.journey"));
        Finding old = new Finding("friction.low-point", Rule.LOW_POINT.defaultSeverity(), "moment 'car' is at the "
                + "bottom of the emotion scale (-2): find what hurts here and record an opportunity to ease it",
                List.of("car", "browse"), Optional.empty());
        assertThat(misplaced(map, old)).containsExactly("friction.low-point on moment 'car,browse' names "
                + "'opportunity': find what hurts here and record an opportunity to ease it");
    }

    @Provide
    Arbitrary<JourneyMap> maps() {
        return JourneyArbitraries.maps();
    }

    @Property(tries = 200)
    void no_advice_names_a_statement_the_grammar_forbids_where_it_points(@ForAll("maps") JourneyMap map) {
        assertThat(misplacedIn(map)).isEmpty();
    }
}
