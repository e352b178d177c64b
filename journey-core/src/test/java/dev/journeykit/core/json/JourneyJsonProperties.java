package dev.journeykit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.testing.JourneyArbitraries;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JourneyJsonProperties {

    @Provide
    Arbitrary<JourneyMap> maps() {
        return JourneyArbitraries.maps();
    }

    @Property(tries = 200)
    void reading_what_was_written_gives_an_equal_map(@ForAll("maps") JourneyMap map) {
        String json = JourneyJson.write(map);
        JourneyMap read = JourneyJson.read(json);
        assertThat(read).isEqualTo(map);
        assertThat(JourneyJson.write(read)).isEqualTo(json);
    }

    @Property(tries = 100)
    void writing_is_deterministic_and_the_same_through_every_entry(@ForAll("maps") JourneyMap map)
            throws IOException {
        String json = JourneyJson.write(map);
        StringWriter out = new StringWriter();
        JourneyJson.write(map, out);
        assertThat(out.toString()).isEqualTo(json).isEqualTo(JourneyJson.write(map));
        assertThat(json).doesNotContain("\r").endsWith("}\n");
        assertThat(JourneyJson.read(new StringReader(json))).isEqualTo(map);
    }
}
