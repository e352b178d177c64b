package dev.journeykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.testing.JourneyArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any map written as Mermaid reads back with its stages, steps, scores and actors. */
class MermaidRoundTripProperties {

    @Provide
    Arbitrary<JourneyMap> maps() {
        return JourneyArbitraries.maps();
    }

    @Property(tries = 200)
    void a_written_map_reads_back_with_the_same_shape(@ForAll("maps") JourneyMap map) {
        String text = MermaidJourney.write(map).text();
        JourneyMap back = MermaidJourney.read("generated.mmd", text).map();
        assertThat(back.stages()).hasSameSizeAs(map.stages());
        for (int s = 0; s < map.stages().size(); s++) {
            List<Step> steps = map.stages().get(s).steps();
            Stage read = back.stages().get(s);
            assertThat(read.steps()).hasSameSizeAs(steps);
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                int score = step.emotion().isPresent() ? MermaidJourney.score(step.emotion().getAsInt(), map.emotionScale()) : 3;
                assertThat(read.steps().get(i).emotion().getAsInt()).isEqualTo(score - 3);
                assertThat(read.steps().get(i).personas()).hasSameSizeAs(step.personas());
            }
        }
        assertThat(MermaidJourney.write(back).text()).as("written again").isEqualTo(text);
    }
}
