package dev.journeykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.testing.JourneyArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The canonical text is a faithful, stable form of every valid map. */
class RoundTripProperties {

    @Provide
    Arbitrary<JourneyMap> maps() {
        return JourneyArbitraries.maps();
    }

    @Property(tries = 200)
    void parsing_the_canonical_text_gives_an_equal_map(@ForAll("maps") JourneyMap map) {
        String text = JourneyDsl.format(map);

        assertThat(JourneyDsl.parse("generated.journey", text)).isEqualTo(map);
    }

    @Property(tries = 200)
    void formatting_is_idempotent(@ForAll("maps") JourneyMap map) {
        String text = JourneyDsl.format(map);

        assertThat(JourneyDsl.format(JourneyDsl.parse("generated.journey", text))).isEqualTo(text);
    }

    @Property(tries = 100)
    void reformatting_canonical_text_changes_nothing(@ForAll("maps") JourneyMap map) {
        String text = JourneyDsl.format(map);

        assertThat(JourneyDsl.reformat("generated.journey", text)).isEqualTo(text);
    }

    @Property(tries = 100)
    void formatting_is_deterministic(@ForAll("maps") JourneyMap map) {
        assertThat(JourneyDsl.format(map)).isEqualTo(JourneyDsl.format(map));
    }
}
