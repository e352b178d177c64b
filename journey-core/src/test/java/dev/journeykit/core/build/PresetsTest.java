package dev.journeykit.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresetsTest {

    @Test
    void the_standard_channels_have_their_kinds() {
        Map<String, ChannelKind> kinds = new LinkedHashMap<>();
        Channels.standard().forEach(c -> kinds.put(c.id(), c.kind()));
        assertThat(kinds).containsExactly(
                Map.entry("web", ChannelKind.SELF_SERVICE),
                Map.entry("live-chat", ChannelKind.ASSISTED),
                Map.entry("phone", ChannelKind.VOICE),
                Map.entry("ivr", ChannelKind.AUTOMATED),
                Map.entry("chatbot", ChannelKind.AUTOMATED),
                Map.entry("email", ChannelKind.MESSAGING),
                Map.entry("sms", ChannelKind.MESSAGING),
                Map.entry("social", ChannelKind.SOCIAL),
                Map.entry("in-app", ChannelKind.SELF_SERVICE),
                Map.entry("in-store", ChannelKind.IN_PERSON),
                Map.entry("knowledge-base", ChannelKind.SELF_SERVICE),
                Map.entry("search-ad", ChannelKind.MEDIA),
                Map.entry("review-site", ChannelKind.SOCIAL));
        assertThat(Channels.standard()).allMatch(c -> JourneyMap.isValidId(c.id()) && !c.name().isBlank());
        assertThatThrownBy(() -> Channels.standard().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_map_with_every_standard_channel_is_valid() {
        JourneyMap map = JourneyMaps.journey("All").channels(Channels.standard()).build();
        assertThat(map.channels()).extracting(Channel::id).hasSize(13).doesNotHaveDuplicates();
    }

    @Test
    void the_classic_stages() {
        assertThat(Stages.CLASSIC).extracting(Stages.Preset::id)
                .containsExactly("awareness", "consideration", "decision", "retention", "advocacy");
        assertThat(Stages.CLASSIC).extracting(Stages.Preset::name)
                .containsExactly("Awareness", "Consideration", "Decision", "Retention", "Advocacy");
    }

    @Test
    void the_contact_center_stages() {
        assertThat(Stages.CONTACT_CENTER).extracting(Stages.Preset::id)
                .containsExactly("awareness", "consideration", "conversion", "service", "advocacy");
    }

    @Test
    void preset_stages_are_filled_by_id_later() {
        JourneyMap map = JourneyMaps.journey("Preset")
                .channels(Channels.PHONE)
                .stages(Stages.CONTACT_CENTER)
                .stage("service", s -> s.touchpoint("call", "Calls").via(Channels.PHONE))
                .stage("service", s -> s.touchpoint("callback", "Gets a callback").via("phone").byBrand())
                .build();
        assertThat(map.stages()).extracting(Stage::id)
                .containsExactly("awareness", "consideration", "conversion", "service", "advocacy");
        assertThat(map.stage("service").orElseThrow().steps()).extracting(Step::id).containsExactly("call", "callback");
        assertThat(map.touchpoint("callback").orElseThrow().isBrandInitiated()).isTrue();
        assertThatThrownBy(() -> JourneyMaps.journey("P").stage("decision", s -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage 'decision' was not added yet: add it with stage(id, name, ...) first");
    }

    @Test
    void a_persona_attribute_is_set_once() {
        assertThatThrownBy(() -> JourneyMaps.journey("P").persona("p", "P", p -> p.attribute("age", "1").attribute("age", "2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("persona 'p' already has attribute 'age'");
    }
}
