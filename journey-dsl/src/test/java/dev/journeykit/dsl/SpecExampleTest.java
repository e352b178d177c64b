package dev.journeykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.model.Direction;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.PainSeverity;
import dev.journeykit.core.model.SourcePosition;
import dev.journeykit.core.model.Touchpoint;
import dev.journeykit.core.model.TransitionKind;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example of the language spec parses into the map it describes. */
class SpecExampleTest {

    static final Path EXAMPLE = Path.of("src/test/resources/valid/pillowcase.journey");

    @Test
    void parses_the_spec_example_into_the_map_it_describes() throws IOException {
        JourneyMap map = JourneyDsl.parse(EXAMPLE);

        assertThat(map.title()).isEqualTo("Satin pillowcase, first purchase");
        assertThat(map.objective()).contains("Turn first-time buyers into repeat buyers");
        assertThat(map.personas()).hasSize(1);
        assertThat(map.personas().get(0).preferredChannels()).containsExactly("chat", "sms", "social");
        assertThat(map.personas().get(0).attributes()).containsEntry("age", "32");
        assertThat(map.channels()).extracting(c -> c.id())
                .containsExactly("podcast", "web", "chat", "sms", "phone", "social", "email");
        assertThat(map.stages()).extracting(s -> s.id())
                .containsExactly("awareness", "consideration", "decision", "retention", "advocacy");
        Touchpoint faq = map.touchpoint("faq").orElseThrow();
        assertThat(faq.emotion()).hasValue(-1);
        assertThat(faq.pains().get(0).severity()).isEqualTo(PainSeverity.HIGH);
        assertThat(faq.owner()).contains("E-commerce team");
        Touchpoint chat = map.touchpoint("delivery-chat").orElseThrow();
        assertThat(chat.metrics().get(1).value()).isEqualTo(MetricValue.seconds(45));
        assertThat(chat.metrics().get(1).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(map.touchpoint("support-call").orElseThrow().metrics().get(0).value())
                .isEqualTo(MetricValue.seconds(390));
        assertThat(map.paths().get(0).steps()).containsExactly("podcast-review", "product-page", "faq",
                "product-page", "checkout", "delivery-chat", "nurture-email", "review");
        assertThat(map.flows().get(1).kind()).isEqualTo(TransitionKind.RETURN);
        assertThat(map.flows().get(0).volume()).hasValue(120);
        assertThat(map.suppressions().get(0).on()).contains("awareness");
    }

    @Test
    void every_element_carries_the_position_of_its_statement() throws IOException {
        JourneyMap map = JourneyDsl.parse(EXAMPLE);
        String file = EXAMPLE.toString();

        assertThat(map.position()).contains(new SourcePosition(file, 1, 1));
        assertThat(map.personas().get(0).position()).contains(new SourcePosition(file, 7, 5));
        assertThat(map.channels().get(0).position()).contains(new SourcePosition(file, 15, 5));
        assertThat(map.stage("awareness").orElseThrow().position()).contains(new SourcePosition(file, 23, 5));
        assertThat(map.touchpoint("podcast-review").orElseThrow().position()).contains(new SourcePosition(file, 25, 9));
        Touchpoint faq = map.touchpoint("faq").orElseThrow();
        assertThat(faq.pains().get(0).position()).contains(new SourcePosition(file, 39, 13));
        assertThat(map.touchpoint("product-page").orElseThrow().questions().get(0).position())
                .contains(new SourcePosition(file, 34, 13));
        assertThat(map.touchpoint("delivery-chat").orElseThrow().metrics().get(1).position())
                .contains(new SourcePosition(file, 54, 13));
        assertThat(map.touchpoint("support-call").orElseThrow().fallouts().get(0).position())
                .contains(new SourcePosition(file, 66, 13));
        assertThat(map.paths().get(0).position()).contains(new SourcePosition(file, 76, 5));
        assertThat(map.flows().get(0).position()).contains(new SourcePosition(file, 81, 5));
        assertThat(map.suppressions().get(0).position()).contains(new SourcePosition(file, 84, 5));
    }

    @Test
    void the_canonical_text_of_the_example_parses_back_to_the_same_map() throws IOException {
        JourneyMap map = JourneyDsl.parse(EXAMPLE);
        String text = JourneyDsl.format(map);

        JourneyMap again = JourneyDsl.parse("canonical.journey", text);
        assertThat(again).isEqualTo(map);
        assertThat(JourneyDsl.format(again)).isEqualTo(text);
    }
}
