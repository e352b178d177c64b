package dev.journeykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.dsl.internal.Dsl;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Decoding a map's bytes reads valid UTF-8 leniently and once, and falls back to the strict
 * decoder only for a text with U+FFFD: whatever the bytes, the text is the strict decoder's, and
 * bytes it rejects are reported.
 */
class DecodeProperties {

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> text = Arbitraries.strings().withChars("ab \n\"é😀\uFFFD\u0000").ofMaxLength(40)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> broken = text.flatMap(b -> Arbitraries.integers().between(0, b.length)
                .flatMap(at -> Arbitraries.bytes().map(x -> {
                    byte[] out = new byte[b.length + 1];
                    System.arraycopy(b, 0, out, 0, at);
                    out[at] = x;
                    System.arraycopy(b, at, out, at + 1, b.length - at);
                    return out;
                })));
        return Arbitraries.oneOf(text, broken, Arbitraries.bytes().array(byte[].class).ofMaxSize(40));
    }

    @Property(tries = 500)
    void decoding_gives_the_strict_decoders_text_or_reports_the_bad_byte(@ForAll("bytes") byte[] bytes) {
        String strict;
        try {
            strict = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            assertThatThrownBy(() -> Dsl.decode("d.journey", bytes)).isInstanceOf(JourneyDslException.class)
                    .hasMessageContaining("invalid UTF-8: byte 0x");
            return;
        }
        assertThat(Dsl.decode("d.journey", bytes)).isEqualTo(strict);
    }
}
