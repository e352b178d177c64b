package dev.journeykit.core.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.journeykit.core.internal.PrettyJson;
import dev.journeykit.core.observe.NonLinear;
import dev.journeykit.core.observe.Observation;
import dev.journeykit.core.observe.TransitionObservation;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The observe report lays out its transitions itself and hands them to the generator as raw text
 * ({@link ObservedReports#transitions}): that text must be the generator's own, byte for byte, at
 * any depth, for any ids (escapes, non-ASCII, lone surrogates) and numbers (NaN included), and
 * however it is cut into chunks.
 */
class RawTransitionsTest {

    @Property(tries = 300)
    void theRawTransitionsAreWhatTheGeneratorWrites(@ForAll("transitions") @Size(max = 40) List<TransitionObservation> transitions,
                                                    @ForAll @IntRange(min = 0, max = 4) int depth) throws IOException {
        assertThat(document(transitions, depth, true)).isEqualTo(document(transitions, depth, false));
    }

    @Test
    void thousandsOfTransitionsGoInSeveralChunksAndStillMatch() throws IOException {
        List<TransitionObservation> many = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(new TransitionObservation("step-" + i % 17, "step-\"" + i % 5 + "\u00e9", i * 31L, i, i % 3 == 0,
                    i / 1000.0, i % 7 == 0 ? Double.NaN : i * 1.5));
        }
        String raw = document(many, 1, true);
        assertThat(raw.length()).isGreaterThan(3 << 16); // more than one chunk of raw text
        assertThat(raw).isEqualTo(document(many, 1, false));
        assertThat(raw).contains("\"medianSeconds\": 2.999,\n", "\"p90Seconds\": \"NaN\"\n", "\"to\": \"step-\\\"4\u00e9\",\n");
    }

    @Test
    void noTransitionsIsAnEmptyArray() throws IOException {
        assertThat(document(List.of(), 1, true)).isEqualTo("{\n  \"a\": 1,\n  \"transitions\": [],\n  \"after\": true\n}");
    }

    /** A document with the transitions at the given depth, written raw or through the generator call by call. */
    private static String document(List<TransitionObservation> transitions, int depth, boolean raw) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = PrettyJson.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("a", 1);
            for (int d = 1; d < depth; d++) {
                g.writeObjectFieldStart("level" + d);
            }
            g.writeFieldName("transitions");
            if (raw) {
                ObservedReports.transitions(g, observation(transitions));
            } else {
                g.writeStartArray();
                for (TransitionObservation t : transitions) {
                    g.writeStartObject();
                    g.writeStringField("from", t.from());
                    g.writeStringField("to", t.to());
                    g.writeNumberField("count", t.count());
                    g.writeNumberField("customers", t.customers());
                    g.writeBooleanField("designed", t.designed());
                    g.writeNumberField("medianSeconds", t.medianSeconds());
                    g.writeNumberField("p90Seconds", t.p90Seconds());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeBooleanField("after", true);
            for (int d = 1; d < depth; d++) {
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        return out.toString();
    }

    private static Observation observation(List<TransitionObservation> transitions) {
        return new Observation(0, List.of(), List.of(), transitions, new NonLinear(0, 0, 0), List.of(), List.of(),
                OptionalDouble.empty());
    }

    @Provide
    Arbitrary<List<TransitionObservation>> transitions() {
        Arbitrary<String> ids = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(8), // escapes, non-ASCII, lone surrogates
                Arbitraries.of("a\"b", "back\\slash", "tab\tnew\nline", "\u0000\u001f", "caf\u00e9", "\ud83d\ude00", "\ud800"));
        Arbitrary<Double> seconds = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 1L << 44).map(ms -> ms / 1000.0),
                Arbitraries.doubles(),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 1e7, 1e-3, 9999999.999));
        Arbitrary<TransitionObservation> one = Combinators.combine(ids, ids, Arbitraries.longs(), Arbitraries.longs().greaterOrEqual(0),
                Arbitraries.of(true, false), seconds, seconds).as(TransitionObservation::new);
        return one.list();
    }
}
