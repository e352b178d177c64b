package dev.journeykit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.testing.JourneyArbitraries;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    @Property(tries = 200)
    void the_order_of_object_members_does_not_matter(@ForAll("maps") JourneyMap map, @ForAll Random random)
            throws IOException {
        String json = JourneyJson.write(map);
        JsonNode shuffled = shuffle(MAPPER.readTree(json), random);
        JourneyMap read = JourneyJson.read(MAPPER.writeValueAsString(shuffled));
        assertThat(read).isEqualTo(map);
        assertThat(JourneyJson.write(read)).isEqualTo(json);
    }

    /**
     * A copy of the tree with the members of every object in a random order; arrays and the
     * members of {@code attributes} (whose order is the map's) keep theirs.
     */
    private static JsonNode shuffle(JsonNode node, Random random) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            java.util.Collections.shuffle(names, random);
            ObjectNode copy = MAPPER.createObjectNode();
            for (String name : names) {
                JsonNode value = node.get(name);
                copy.set(name, name.equals("attributes") ? value : shuffle(value, random));
            }
            return copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = MAPPER.createArrayNode();
            node.forEach(item -> copy.add(shuffle(item, random)));
            return copy;
        }
        return node;
    }

    @Property(tries = 150)
    void reading_damaged_json_gives_a_map_or_a_json_exception(@ForAll("maps") JourneyMap map,
                                                               @ForAll Random random) throws IOException {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(JourneyJson.write(map));
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            damage(tree, random);
        }
        String text = MAPPER.writeValueAsString(tree);
        if (random.nextInt(3) == 0) {
            int at = random.nextInt(text.length());
            String noises = "{}[]\",:0-\\ ax";
            String noise = String.valueOf(noises.charAt(random.nextInt(noises.length())));
            text = random.nextBoolean() ? text.substring(0, at) + noise + text.substring(at)
                    : text.substring(0, at) + text.substring(at + 1);
        }
        try {
            JourneyJson.read(text);
        } catch (JourneyJsonException e) {
            assertThat(e.jsonPath()).startsWith("$");
            if (e.validation().isEmpty()) {
                assertThat(e.getMessage()).startsWith(e.jsonPath() + ": ");
            } else {
                assertThat(e.problems()).isNotEmpty();
            }
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Removes, retypes or adds a field somewhere in the tree, or empties an array. */
    private static void damage(JsonNode root, Random random) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(root, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        String name = names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
        switch (random.nextInt(8)) {
            case 0 -> target.remove(name);
            case 1 -> target.put(name, random.nextInt(2) == 0 ? 1.5 : 3_000_000_000L);
            case 2 -> target.put(name, "?");
            case 3 -> target.putNull(name);
            case 4 -> target.putArray(name).add(7);
            case 5 -> target.putObject(name);
            case 6 -> target.put("unexpected", true);
            default -> target.put(name, -1);
        }
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.forEach(child -> collect(child, objects));
    }
}
