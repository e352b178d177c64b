package dev.journeykit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PercentTest {

    @Provide
    Arbitrary<Double> shares() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-2, 2),
                // ties and near-ties of the second decimal of the percentage
                Arbitraries.integers().between(-100_000, 100_000).map(i -> (i + 0.5) / 10_000.0),
                Arbitraries.integers().between(0, 10_000).map(i -> i / 3.0 / 10_000.0),
                Arbitraries.doubles(),
                Arbitraries.of(0.0, -0.0, -0.0004, 0.00049999, 0.0005, Double.NaN, Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 1e-300, 0.125, 0.00125));
    }

    @Property(tries = 3000)
    void writes_what_the_formatter_writes(@ForAll("shares") double share) {
        assertThat(Percent.of(share)).isEqualTo(String.format(Locale.ROOT, "%.1f %%", share * 100));
    }

    @Test
    void examples() {
        assertThat(Percent.of(0.41666)).isEqualTo("41.7 %");
        assertThat(Percent.of(1)).isEqualTo("100.0 %");
        assertThat(Percent.of(0.00049)).isEqualTo("0.0 %");
        assertThat(Percent.of(-0.0001)).isEqualTo("-0.0 %");
    }
}
