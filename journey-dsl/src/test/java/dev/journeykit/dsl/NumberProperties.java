package dev.journeykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MetricUnit;
import dev.journeykit.core.model.MetricValue;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The lexer reads numbers without {@code Double.parseDouble} when they are short: the value must
 * be the very double that {@code parseDouble} (and, for durations, exact decimal arithmetic) gives.
 */
class NumberProperties {

    private static MetricValue metric(String value) {
        JourneyMap map = JourneyDsl.parse("n.journey", "journey \"N\" {\n    channel web \"Web\"\n"
                + "    stage s \"S\" {\n        touchpoint t \"T\" via web {\n            metric m " + value
                + "\n        }\n    }\n}\n");
        return map.touchpoints().get(0).metrics().get(0).value();
    }

    /** Digits with an optional fraction and sign: {@code 0}, {@code -12.5}, {@code 000123.4560}, up to 20 digits. */
    @Provide
    Arbitrary<String> decimals() {
        Arbitrary<String> whole = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(8);
        return Combinators.combine(Arbitraries.of("", "-"), whole, fraction)
                .as((sign, w, f) -> sign + w + (f.isEmpty() ? "" : "." + f));
    }

    @Property(tries = 2000)
    void a_number_is_read_exactly_as_parse_double_reads_it(@ForAll("decimals") String number) {
        MetricValue value = metric(number);

        assertThat(value.unit()).isEqualTo(MetricUnit.NUMBER);
        assertThat(value.value()).isEqualTo(Double.parseDouble(number) + 0.0);
    }

    @Property(tries = 1000)
    void a_percentage_is_read_exactly_as_parse_double_reads_it(@ForAll("decimals") String number) {
        assertThat(metric(number + "%").value()).isEqualTo(Double.parseDouble(number) + 0.0);
    }

    @Property(tries = 1000)
    void a_duration_is_the_exact_sum_of_its_parts_rounded_once(@ForAll("decimals") String days,
                                                             @ForAll("decimals") String seconds) {
        String d = days.replace("-", "");
        String s = seconds.replace("-", "");
        BigDecimal exact = new BigDecimal(d).multiply(BigDecimal.valueOf(86_400)).add(new BigDecimal(s));

        assertThat(metric(d + "d" + s + "s").value()).isEqualTo(exact.doubleValue());
        assertThat(metric("-" + d + "d3m").value())
                .isEqualTo(new BigDecimal(d).multiply(BigDecimal.valueOf(86_400)).add(BigDecimal.valueOf(180)).negate().doubleValue() + 0.0);
    }

    @Property(tries = 500)
    void seconds_alone_are_read_exactly_as_parse_double_reads_them(@ForAll("decimals") String number) {
        assertThat(metric(number + "s").value()).isEqualTo(Double.parseDouble(number) + 0.0);
    }
}
