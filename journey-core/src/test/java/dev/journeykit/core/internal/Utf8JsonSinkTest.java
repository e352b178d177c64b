package dev.journeykit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class Utf8JsonSinkTest {

    /** Text of ASCII, two- and three-byte chars, pairs and lone surrogates of either half. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange('\u0000', '\u00ff').withCharRange('\u0100', '\u07ff')
                .withCharRange('\u0800', '\uffff').withCharRange('\ud800', '\udfff').ofMaxLength(300)
                .injectDuplicates(0.1);
    }

    @Property(tries = 1000)
    void its_bytes_are_those_of_the_escaped_text_however_the_text_is_cut_into_writes(
            @ForAll("texts") String text, @ForAll long seed) {
        byte[] expected = (SafeText.jsonSurrogates(text) + "\n").getBytes(StandardCharsets.UTF_8);
        Random random = new Random(seed);
        Utf8JsonSink sink = new Utf8JsonSink(random.nextInt(40));
        for (int i = 0; i < text.length(); ) {
            int n = Math.min(text.length() - i, random.nextInt(9));
            switch (random.nextInt(3)) {
                case 0 -> sink.write(text.toCharArray(), i, n);
                case 1 -> sink.write(text, i, n);
                default -> {
                    n = 1;
                    sink.write(text.charAt(i));
                }
            }
            i += n;
        }
        assertThat(sink.finish()).isEqualTo(expected);
        assertThat(sink.finish()).as("finishing again").isEqualTo(expected);
    }

    @Test
    void writes_pairs_as_four_bytes_and_lone_halves_as_escapes_even_across_writes() {
        Utf8JsonSink sink = new Utf8JsonSink(0);
        sink.write("\"a\u00e9\u20ac\ud83d");
        sink.write("\ude00 \ud83d");
        sink.write("x\ude00\"");
        sink.write("\ud800");
        assertThat(new String(sink.finish(), StandardCharsets.UTF_8))
                .isEqualTo("\"a\u00e9\u20ac\ud83d\ude00 \\uD83Dx\\uDE00\"\\uD800\n");
        assertThatThrownBy(() -> sink.write("more")).isInstanceOf(IllegalStateException.class)
                .hasMessage("the sink is finished");
    }
}
