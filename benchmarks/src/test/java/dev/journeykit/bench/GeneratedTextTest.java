package dev.journeykit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.JourneyDsl;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The generator's own .journey writer against the real parser and formatter. */
class GeneratedTextTest {

    @Test
    void parsing_the_generated_text_gives_the_generated_map() {
        JourneyMap map = JourneyGenerator.generate(300);
        assertThat(JourneyDsl.parse("synthetic-300.journey", JourneyText.write(map))).isEqualTo(map);
    }

    @Test
    void the_formatter_and_the_generator_text_describe_the_same_map() {
        JourneyMap map = JourneyGenerator.generate(120);
        assertThat(JourneyDsl.parse("formatted.journey", JourneyDsl.format(map))).isEqualTo(map);
    }

    @Property(tries = 30)
    void text_of_any_small_generated_map_parses_back_to_it(
            @ForAll @IntRange(min = 1, max = 60) int n, @ForAll long seed) {
        JourneyMap map = JourneyGenerator.generate(n, seed);
        assertThat(JourneyDsl.parse("synthetic.journey", JourneyText.write(map))).isEqualTo(map);
    }
}
